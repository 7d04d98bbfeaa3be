package org.cairnpmo.engine.schedule;

/**
 * Whose conventions the dates follow where the products differ and neither is wrong.
 *
 * <ul>
 *   <li>{@link #MS_PROJECT}: the successors of a task planned as late as possible follow its late
 *       dates, so they move with it; a lag is counted on the successor's calendar.
 *   <li>{@link #PRIMAVERA}: an as-late-as-possible activity is delayed by its free float only, so
 *       its successors keep their dates, and its early dates are the delayed ones, as Primavera P6
 *       schedules and stores them.
 * </ul>
 */
public enum Rules {
  MS_PROJECT,
  PRIMAVERA
}

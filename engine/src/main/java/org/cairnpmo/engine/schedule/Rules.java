package org.cairnpmo.engine.schedule;

/**
 * Whose conventions the dates follow where the products differ and neither is wrong.
 *
 * <ul>
 *   <li>{@link #MS_PROJECT}: the successors of a task planned as late as possible follow its late
 *       dates, so they move with it.
 *   <li>{@link #PRIMAVERA}: the successors of an as-late-as-possible activity follow its early
 *       dates, as Primavera P6 schedules them.
 * </ul>
 */
public enum Rules {
  MS_PROJECT,
  PRIMAVERA
}

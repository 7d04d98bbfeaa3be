package org.cairnpmo.control.domain;

import java.time.LocalDate;

/**
 * A project's cadence with the number of delivered reports for periods that are already due: what
 * the database tells the overdue list, so that only projects that fall short are looked at closer.
 */
public record CadenceDelivery(
    long projectId, Cadence cadence, LocalDate startsOn, int dueDays, long delivered) {

  public ReportSchedule schedule() {
    return new ReportSchedule(cadence, startsOn, dueDays);
  }

  /** How many of the cadence's periods are due before {@code today}: arithmetic, no loop. */
  public long duePeriods(LocalDate today) {
    // Period i is due before today when its last day is before today - dueDays.
    LocalDate lastEnd = today.minusDays(dueDays + 1L);
    LocalDate anchor = cadence.anchor(startsOn);
    long index = cadence.indexOf(anchor, lastEnd);
    if (index < 0) {
      return 0;
    }
    return cadence.end(anchor, index).equals(lastEnd) ? index + 1 : index;
  }

  /** Whether some due period may lack its report (fewer delivered reports than due periods). */
  public boolean fallsShort(LocalDate today) {
    return delivered < duePeriods(today);
  }
}

package org.cairnpmo.control.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.LastChange;
import org.cairnpmo.platform.LastChanged;
import org.cairnpmo.platform.history.KeepsHistory;

/** How often a project reports, from which day, and how long after a period its report is due. */
@KeepsHistory("reporting-cadence")
@Entity
@Table(name = "ctl_reporting_cadence")
@Getter
public class ReportingCadence extends GeneratedId implements LastChanged, VersionChecked {

  private long projectId;

  @Enumerated(EnumType.STRING)
  private Cadence cadence;

  private LocalDate startsOn;
  private int dueDays;

  @Version private long version;

  @Embedded private LastChange lastChange;

  protected ReportingCadence() {}

  public static ReportingCadence set(
      long projectId, CadenceData data, LocalDate today, String by, Instant now) {
    ReportingCadence c = new ReportingCadence();
    c.projectId = projectId;
    c.change(data, today, by, now);
    return c;
  }

  void change(CadenceData data, LocalDate today, String by, Instant now) {
    cadence = data.cadence();
    LocalDate start = data.startsOn();
    if (start == null) {
      start = cadence == Cadence.MONTHLY ? today : today.with(java.time.DayOfWeek.MONDAY);
    }
    startsOn = cadence.anchor(start);
    dueDays = data.dueDaysOrDefault();
    lastChange = LastChange.by(by, now);
  }

  public ReportSchedule schedule() {
    return new ReportSchedule(cadence, startsOn, dueDays);
  }

  public long getVersion() {
    return version;
  }

  @Override
  public LastChange lastChange() {
    return lastChange;
  }
}

package org.cairnpmo.control.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;

/** A key milestone of a project: baseline, forecast and, once reached, completion date. */
@Entity
@KeepsHistory("milestone")
@Table(name = "ctl_milestone")
public class Milestone extends EditableRecord implements VersionChecked {

  @Getter private long projectId;
  private String name;
  private LocalDate baselineDate;
  @Getter private LocalDate forecastDate;
  private LocalDate completedDate;

  protected Milestone() {}

  public static Milestone plan(long projectId, MilestoneData data, String by, Instant now) {
    Milestone m = new Milestone();
    m.projectId = projectId;
    m.stampCreated(by, now);
    m.write(data, by, now);
    return m;
  }

  void revise(MilestoneData data, String by, Instant now) {
    write(data, by, now);
  }

  /** Marks it reached on {@code day}; the forecast stays as it was for the record. */
  void complete(LocalDate day, String by, Instant now) {
    completedDate = day;
    stampChanged(by, now);
  }

  /** Moves the forecast of an open milestone; false when completed or already there. */
  boolean forecastTo(LocalDate day, String by, Instant now) {
    if (completedDate != null || day.equals(forecastDate)) {
      return false;
    }
    forecastDate = day;
    stampChanged(by, now);
    return true;
  }

  private void write(MilestoneData data, String by, Instant now) {
    name = data.name().strip();
    baselineDate = data.baselineDate();
    forecastDate = data.forecastOrBaseline();
    completedDate = data.completedDate();
    stampChanged(by, now);
  }

  public MilestoneView view() {
    return new MilestoneView(
        getId(), projectId, name, baselineDate, forecastDate, completedDate, getVersion());
  }
}

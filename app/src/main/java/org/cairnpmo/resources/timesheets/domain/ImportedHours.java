package org.cairnpmo.resources.timesheets.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/**
 * One line of hours an imported project brought along in its archive bundle: who booked them (as
 * the bundle named them, not linked to a person of this Cairn's pool), which week, on what, each
 * day's hours, and how far the week went (submitted, approved by whom and when). Read-only: the
 * week it was part of belongs to the Cairn it came from, so it is never a timesheet here, and its
 * labour cost came along as the budget's actual costs.
 */
@Entity
@Table(name = "res_imported_hours")
@Getter(AccessLevel.PACKAGE)
class ImportedHours extends GeneratedId {

  private long projectId;
  private int position;
  private Long originalId;
  private String personUsername;
  private String personName;
  private LocalDate weekStart;
  private String task;
  private String activity;
  private Long requestOriginalId;

  private BigDecimal mon;
  private BigDecimal tue;
  private BigDecimal wed;
  private BigDecimal thu;
  private BigDecimal fri;
  private BigDecimal sat;
  private BigDecimal sun;

  @Enumerated(EnumType.STRING)
  private TimesheetStatus status;

  private Instant submittedAt;
  private String approvedBy;
  private Instant approvedAt;

  protected ImportedHours() {}

  /** The week, person and status of a line; its target and hours follow. */
  record Week(
      Long originalId,
      String personUsername,
      String personName,
      LocalDate weekStart,
      TimesheetStatus status,
      Instant submittedAt,
      String approvedBy,
      Instant approvedAt) {}

  ImportedHours(
      long projectId,
      int position,
      Week week,
      String task,
      String activity,
      Long requestOriginalId,
      List<BigDecimal> hours) {
    this.projectId = projectId;
    this.position = position;
    this.originalId = week.originalId();
    this.personUsername = week.personUsername();
    this.personName = week.personName();
    this.weekStart = week.weekStart();
    this.status = week.status();
    this.submittedAt = week.submittedAt();
    this.approvedBy = week.approvedBy();
    this.approvedAt = week.approvedAt();
    this.task = task;
    this.activity = activity;
    this.requestOriginalId = requestOriginalId;
    this.mon = hours.get(0);
    this.tue = hours.get(1);
    this.wed = hours.get(2);
    this.thu = hours.get(3);
    this.fri = hours.get(4);
    this.sat = hours.get(5);
    this.sun = hours.get(6);
  }

  List<BigDecimal> hours() {
    return List.of(mon, tue, wed, thu, fri, sat, sun);
  }
}

package org.cairnpmo.control.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/**
 * The record that the manager was reminded of an overdue report period (at most one per period).
 */
@Entity
@Table(name = "ctl_report_reminder")
@Getter
public class ReportReminder extends GeneratedId {

  private long projectId;
  private LocalDate periodStart;

  @Getter(AccessLevel.NONE)
  private LocalDate dueDate;

  private String recipient;
  private Instant sentAt;

  protected ReportReminder() {}

  ReportReminder(
      long projectId, LocalDate periodStart, LocalDate dueDate, String recipient, Instant sentAt) {
    this.projectId = projectId;
    this.periodStart = periodStart;
    this.dueDate = dueDate;
    this.recipient = recipient;
    this.sentAt = sentAt;
  }
}

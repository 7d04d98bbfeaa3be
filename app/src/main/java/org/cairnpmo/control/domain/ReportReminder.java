package org.cairnpmo.control.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.cairnpmo.platform.GeneratedId;

/**
 * The record that the manager was reminded of an overdue report period (at most one per period).
 */
@Entity
@Table(name = "ctl_report_reminder")
public class ReportReminder extends GeneratedId {

  private long projectId;
  private LocalDate periodStart;
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

  public long getProjectId() {
    return projectId;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public String getRecipient() {
    return recipient;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}

package org.cairnpmo.resources.timesheets.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.cairnpmo.platform.AggregateRoot;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.history.NotInHistory;
import org.cairnpmo.resources.TimesheetApproved;
import org.hibernate.annotations.BatchSize;

/**
 * One person's week. Only a draft changes; submitting hands it to the approvers, who approve it
 * (locked for good, its labour cost announced) or return it to the person with a reason. Who may
 * take a step is the service's to check.
 */
@KeepsHistory("timesheet")
@Entity
@Table(name = "res_timesheet")
@Getter
public class Timesheet extends AggregateRoot<Timesheet> {

  private long personId;
  private LocalDate weekStart;

  @Enumerated(EnumType.STRING)
  private TimesheetStatus status = TimesheetStatus.DRAFT;

  private String returnReason;
  private Instant submittedAt;
  private Instant decidedAt;
  private String decidedBy;
  @NotInHistory private Instant createdAt;
  @NotInHistory private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "res_timesheet_line", joinColumns = @JoinColumn(name = "timesheet_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  private List<TimesheetLine> lines = new ArrayList<>();

  @Version private long version;

  protected Timesheet() {}

  Timesheet(long personId, LocalDate weekStart, Instant at) {
    this.personId = personId;
    this.weekStart = weekStart;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Replaces every line of a draft. */
  void replaceLines(List<TimesheetLine> checked, Instant at) {
    requireDraft("change");
    lines.clear();
    lines.addAll(checked);
    this.updatedAt = at;
  }

  /** Adds the lines of another week without their hours, leaving out those already here. */
  int copyLinesOf(Timesheet previous, Instant at) {
    requireDraft("copy lines into");
    int added = 0;
    for (TimesheetLine line : previous.lines) {
      TimesheetLine empty = line.withoutHours();
      boolean present =
          lines.stream()
              .anyMatch(
                  l ->
                      l.projectId() == empty.projectId()
                          && java.util.Objects.equals(l.requestId(), empty.requestId())
                          && java.util.Objects.equals(l.taskId(), empty.taskId())
                          && java.util.Objects.equals(l.activity(), empty.activity()));
      if (!present) {
        lines.add(empty);
        added++;
      }
    }
    this.updatedAt = at;
    return added;
  }

  void submit(Instant at) {
    requireDraft("submit");
    if (total().signum() == 0) {
      throw new BusinessRuleException(
          "timesheet-empty", "A week without hours cannot be submitted.");
    }
    this.status = TimesheetStatus.SUBMITTED;
    this.returnReason = null;
    this.submittedAt = at;
    this.updatedAt = at;
  }

  /** Approves a submitted week, which locks it, and announces its labour cost. */
  void approve(String by, Instant at, List<TimesheetApproved> costs) {
    requireSubmitted("approve");
    this.status = TimesheetStatus.APPROVED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.updatedAt = at;
    costs.forEach(this::registerEvent);
  }

  /** Sends a submitted week back to its person as a draft, saying why. */
  void returnToPerson(String reason, String by, Instant at) {
    requireSubmitted("return");
    this.status = TimesheetStatus.DRAFT;
    this.returnReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
    this.updatedAt = at;
  }

  public LocalDate weekEnd() {
    return weekStart.plusDays(6);
  }

  public BigDecimal total() {
    return lines.stream().map(TimesheetLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean isLocked() {
    return status == TimesheetStatus.APPROVED;
  }

  private void requireDraft(String what) {
    if (status == TimesheetStatus.APPROVED) {
      throw locked(what);
    }
    if (status != TimesheetStatus.DRAFT) {
      throw new BusinessRuleException(
          "timesheet-submitted",
          "Cannot "
              + what
              + " the week of "
              + weekStart
              + ": it is submitted and waits for approval.");
    }
  }

  private void requireSubmitted(String what) {
    if (status == TimesheetStatus.APPROVED) {
      throw locked(what);
    }
    if (status != TimesheetStatus.SUBMITTED) {
      throw new BusinessRuleException(
          "timesheet-status",
          "Cannot " + what + " the week of " + weekStart + ": it is not submitted.");
    }
  }

  private BusinessRuleException locked(String what) {
    return new BusinessRuleException(
        "timesheet-locked",
        "Cannot " + what + " the week of " + weekStart + ": it is approved and locked.");
  }
}

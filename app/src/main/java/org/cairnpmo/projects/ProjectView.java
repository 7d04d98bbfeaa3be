package org.cairnpmo.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.PastRecords;
import org.cairnpmo.platform.Versioned;

/** A project as the caller may see it, with names resolved and what the caller may do. */
public record ProjectView(
    long id,
    String code,
    String name,
    String description,
    Long departmentId,
    String departmentName,
    Long sponsorId,
    String sponsorName,
    Long managerId,
    String managerName,
    ProjectCategory category,
    Priority priority,
    ProjectStatus status,
    Set<ProjectStatus> allowedNextStatuses,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal budgetAmount,
    String budgetCurrency,
    boolean confidential,
    List<MemberView> members,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable,
    LocalDate finishedOn,
    ProposalOrigin origin)
    implements Versioned.Entry {

  /** How long after a project finished its actual costs are still booked: invoices come late. */
  public static final int LATE_COST_DAYS = 90;

  /** Closed or cancelled: its plans, RAID log and reports are kept as they were. */
  public boolean isFinished() {
    return status.isFinal();
  }

  /**
   * The last day an actual cost of this project may be dated: {@value #LATE_COST_DAYS} days after
   * it finished; none while it runs.
   */
  public LocalDate lastCostDate() {
    if (!isFinished()) {
      return null;
    }
    // Every finished project has its day since the migration that added it; the last change of
    // its record is the same day for any other.
    LocalDate finished =
        finishedOn != null || updatedAt == null
            ? finishedOn
            : LocalDate.ofInstant(updatedAt, java.time.ZoneId.systemDefault());
    return finished == null ? null : finished.plusDays(LATE_COST_DAYS);
  }

  /**
   * Refuses (409) a change to the project's planning data (budget, milestones, new RAID entries,
   * cadence, status reports, gates, ...) once the project is closed or cancelled: every module asks
   * here, so a finished project refuses the same things everywhere, in the same words.
   */
  public void requirePlanningOpen() {
    requireChangeable();
    if (isFinished()) {
      throw new BusinessRuleException("project-final", finishedMessage());
    }
  }

  /** Refuses (409) an actual cost dated after {@link #lastCostDate()} of a finished project. */
  public void requireCostDateAccepted(LocalDate costDate) {
    LocalDate last = lastCostDate();
    if (last != null && costDate != null && costDate.isAfter(last)) {
      throw new BusinessRuleException(
          "project-final",
          "Project "
              + code
              + " is "
              + status.label().toLowerCase(Locale.ROOT)
              + ": it accepts only actual costs dated on or before "
              + last
              + " ("
              + LATE_COST_DAYS
              + " days after it finished). Book this cost on a running project.");
    }
  }

  /**
   * Closed through its closure (or by the PMO in the register): frozen. Every module refuses any
   * change to its records, late costs and RAID closures included, until the PMO reopens it. A
   * cancelled project is finished but not frozen: it keeps what {@link #finishedMessage()} says.
   */
  public boolean isFrozen() {
    return status == ProjectStatus.CLOSED;
  }

  /**
   * Refuses (409, {@value #FROZEN}) any change to a record of a closed project: every module's
   * write path asks here or through {@link ProjectsApi#requireChangeable(long)}.
   */
  public void requireChangeable() {
    if (isFrozen() && !PastRecords.recording()) {
      throw new ProjectFrozenException(frozenMessage());
    }
  }

  /** The problem code of a change refused because the project is closed. */
  public static final String FROZEN = "project-frozen";

  /** Why a closed project refuses a change, in words for the pages and the API. */
  public String frozenMessage() {
    return frozenMessage(code, name, finishedOn);
  }

  /** As {@link #frozenMessage()}, for the register's own record. */
  public static String frozenMessage(String code, String name, LocalDate finishedOn) {
    return "Project "
        + code
        + " ("
        + name
        + ") was closed"
        + (finishedOn == null ? "" : " on " + finishedOn)
        + " and is read only: nothing of it can be changed. Only the PMO can reopen it, from its"
        + " closure page.";
  }

  /** The banner of a frozen project's pages: "Closed on 2026-11-30 — read only". */
  public String frozenBanner() {
    return "Closed" + (finishedOn == null ? "" : " on " + finishedOn) + " \u2014 read only";
  }

  /** What a finished project still accepts, in words for the pages and the API. */
  public String finishedMessage() {
    if (isFrozen()) {
      return frozenMessage();
    }
    return "Project "
        + code
        + " is "
        + status.label().toLowerCase(Locale.ROOT)
        + (finishedOn == null ? "" : " since " + finishedOn)
        + ": its budget, milestones, reports, cadence, gates and RAID log are kept as they were."
        + " It still accepts actual costs dated on or before "
        + lastCostDate()
        + ", and open RAID entries can be closed.";
  }

  /** A person on the project. */
  public record MemberView(long userId, String name, MembershipRole role) {}
}

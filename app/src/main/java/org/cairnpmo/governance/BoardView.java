package org.cairnpmo.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.governance.domain.GateDecision;

/**
 * The governance board's agenda: reviews waiting for a decision, conditions past their due date,
 * and the decisions of the last {@link #RECENT_DAYS} days; only projects the viewer may see.
 */
public record BoardView(
    List<PendingReview> pending, List<OverdueCondition> overdue, List<RecentDecision> recent) {

  public static final int RECENT_DAYS = 30;

  /**
   * A requested review without a decision yet. {@code viewerMayDecide}: the viewer may act on it
   * now, by recording the decision or, as one of its approvers, by voting.
   */
  public record PendingReview(
      long projectId,
      String projectCode,
      String projectName,
      long gateId,
      String phaseName,
      String gateName,
      long reviewId,
      Instant requestedAt,
      String requestedBy,
      long waitingDays,
      int criteriaMet,
      int criteriaTotal,
      int deliverablesProvided,
      int deliverablesTotal,
      boolean viewerMayDecide) {}

  /** A condition not met by its due date. */
  public record OverdueCondition(
      long projectId,
      String projectCode,
      String projectName,
      long gateId,
      String gateName,
      long conditionId,
      String description,
      long ownerId,
      String ownerName,
      LocalDate dueDate,
      long daysOverdue) {}

  /** A decision recorded in the last days. */
  public record RecentDecision(
      long projectId,
      String projectCode,
      String projectName,
      long gateId,
      String gateName,
      long reviewId,
      GateDecision decision,
      String rationale,
      Instant decidedAt,
      String decidedBy,
      int conditions) {}
}

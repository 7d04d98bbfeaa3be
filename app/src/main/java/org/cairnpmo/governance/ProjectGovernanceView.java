package org.cairnpmo.governance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.GatePassage;
import org.cairnpmo.governance.domain.GateStatus;
import org.cairnpmo.governance.domain.LifecycleView.Person;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.VoteRule;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.projects.ProjectStatus;

/**
 * A project on its lifecycle, as the caller may see it: its phases and gates, the current gate's
 * checklist, every review and decision, and what the caller may do.
 */
public record ProjectGovernanceView(
    @Schema(
            description =
                "The project's placement on its lifecycle: the record whose history is kind"
                    + " project-lifecycle")
        long placementId,
    long projectId,
    String projectCode,
    String projectName,
    ProjectStatus projectStatus,
    Long managerId,
    String managerName,
    Long tierId,
    String tierName,
    long lifecycleId,
    String lifecycleName,
    int lifecycleRevision,
    RiskLevel riskLevel,
    LifecycleStatus status,
    Long currentGateId,
    List<GateView> gates,
    long version,
    Instant placedAt,
    String placedBy,
    Permissions can)
    implements Versioned {

  /** One phase of the project and the gate at its end. */
  public record GateView(
      long id,
      int position,
      String phaseName,
      String phaseDescription,
      String gateName,
      GateStatus status,
      @Schema(
              description =
                  "How the gate was passed on record (before Cairn, or at the approval of the"
                      + " proposal), with no review; null unless it was")
          GatePassage passage,
      boolean current,
      List<CheckView> checklist,
      List<DeliverableView> deliverables,
      List<Person> reviewers,
      Set<Role> reviewerRoles,
      Long openReviewId,
      List<ReviewView> reviews) {

    public long criteriaMet() {
      return checklist.stream().filter(CheckView::checked).count();
    }

    public long deliverablesProvided() {
      return deliverables.stream().filter(DeliverableView::provided).count();
    }
  }

  /** A criterion of a gate and whether the manager ticked it. */
  public record CheckView(int index, String label, boolean checked, String note) {}

  /** A required deliverable and where it is, once provided. */
  public record DeliverableView(int index, String label, boolean provided, String reference) {}

  /** A review: the request and, once recorded, the decision. */
  public record ReviewView(
      long id,
      Instant requestedAt,
      String requestedBy,
      String requestNote,
      int criteriaMet,
      int criteriaTotal,
      int deliverablesProvided,
      int deliverablesTotal,
      GateDecision decision,
      String rationale,
      Instant decidedAt,
      String decidedBy,
      String decidedAs,
      List<ConditionView> conditions,
      @Schema(
              description =
                  "How the approvers' votes decide the review; null when they do not vote")
          VoteRule voteRule,
      @Schema(description = "The named approvers and their votes, in the order they were named")
          List<VoteView> votes) {

    public boolean decided() {
      return decision != null;
    }
  }

  /** An approver of a review and, once cast, the vote. */
  public record VoteView(
      long approverId,
      String approverName,
      GateDecision decision,
      String comment,
      Instant votedAt) {}

  /** A condition of a GO_WITH_CONDITIONS decision. */
  public record ConditionView(
      long id,
      String description,
      long ownerId,
      String ownerName,
      LocalDate dueDate,
      boolean met,
      Instant metAt,
      String metBy,
      String metNote,
      boolean overdue,
      boolean canMarkMet) {}

  /** What the caller may do now. */
  public record Permissions(
      boolean editChecklist,
      boolean requestReview,
      boolean decide,
      boolean manage,
      @Schema(description = "You are an approver of the open review and have not voted yet")
          boolean vote) {}

  public GateView currentGate() {
    return gates.stream().filter(GateView::current).findFirst().orElse(null);
  }

  /** A review of any of the project's gates, by its id. */
  public Optional<ReviewView> review(long reviewId) {
    return gates.stream()
        .flatMap(g -> g.reviews().stream())
        .filter(r -> r.id() == reviewId)
        .findFirst();
  }

  /** A condition of any of the project's decisions, by its id. */
  public Optional<ConditionView> condition(long conditionId) {
    return gates.stream()
        .flatMap(g -> g.reviews().stream())
        .flatMap(r -> r.conditions().stream())
        .filter(c -> c.id() == conditionId)
        .findFirst();
  }
}

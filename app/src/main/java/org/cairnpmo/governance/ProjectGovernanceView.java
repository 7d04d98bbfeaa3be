package org.cairnpmo.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.GateStatus;
import org.cairnpmo.governance.domain.LifecycleView.Person;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.identity.Role;
import org.cairnpmo.projects.ProjectStatus;

/**
 * A project on its lifecycle, as the caller may see it: its phases and gates, the current gate's
 * checklist, every review and decision, and what the caller may do.
 */
public record ProjectGovernanceView(
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
    Permissions can) {

  /** One phase of the project and the gate at its end. */
  public record GateView(
      long id,
      int position,
      String phaseName,
      String phaseDescription,
      String gateName,
      GateStatus status,
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
      List<ConditionView> conditions) {

    public boolean decided() {
      return decision != null;
    }
  }

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
      boolean editChecklist, boolean requestReview, boolean decide, boolean manage) {}

  public GateView currentGate() {
    return gates.stream().filter(GateView::current).findFirst().orElse(null);
  }
}

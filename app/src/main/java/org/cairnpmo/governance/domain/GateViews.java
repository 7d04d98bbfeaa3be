package org.cairnpmo.governance.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.governance.LifecycleStatus;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.governance.ProjectGovernanceView.CheckView;
import org.cairnpmo.governance.ProjectGovernanceView.ConditionView;
import org.cairnpmo.governance.ProjectGovernanceView.DeliverableView;
import org.cairnpmo.governance.ProjectGovernanceView.GateView;
import org.cairnpmo.governance.ProjectGovernanceView.ReviewView;
import org.cairnpmo.governance.ProjectGovernanceView.VoteView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;

/**
 * How a project's lifecycle is shown: its gates with their checklists, deliverables and reviews,
 * the names of the people involved, and what the viewer may do now.
 */
@Component
record GateViews(
    LifecycleRepository lifecycles, TierRepository tiers, IdentityApi identity, Clock clock) {

  static String name(Map<Long, UserSummary> names, Long id, String fallback) {
    UserSummary user = id == null ? null : names.get(id);
    return user == null ? fallback : user.displayName();
  }

  ProjectGovernanceView view(ProjectLifecycle pl, ProjectView project, CurrentUser viewer) {
    Lifecycle lifecycle = lifecycles.findById(pl.getLifecycleId()).orElse(null);
    Tier tier = pl.getTierId() == null ? null : tiers.findById(pl.getTierId()).orElse(null);
    LocalDate today = LocalDate.ofInstant(clock.instant(), Gate.ZONE);
    Set<Long> people = new HashSet<>();
    for (Gate g : pl.getGates()) {
      people.addAll(g.getReviewerUserIds());
      for (GateReview r : g.getReviews()) {
        people.add(r.getRequestedById());
        if (r.getDecidedById() != null) people.add(r.getDecidedById());
        r.getConditions().forEach(c -> people.add(c.getOwnerId()));
        r.getVotes().forEach(v -> people.add(v.approverId()));
      }
    }
    Map<Long, UserSummary> names = identity.usersByIds(people);
    boolean active = pl.getStatus() == LifecycleStatus.ACTIVE && !project.status().isFinal();
    boolean prepares = active && ProjectAccess.canEdit(viewer, project.managerId());
    Gate current = pl.currentGate().orElse(null);
    List<GateView> gates = new ArrayList<>();
    for (Gate g : pl.getGates()) {
      boolean isCurrent = g == current;
      List<CheckView> checks = new ArrayList<>();
      List<GateCheck> checklist = g.getChecklist();
      for (int i = 0; i < checklist.size(); i++) {
        GateCheck c = checklist.get(i);
        checks.add(new CheckView(i, c.label(), c.checked(), c.note()));
      }
      List<DeliverableView> deliverables = new ArrayList<>();
      List<GateDeliverable> required = g.getDeliverables();
      for (int i = 0; i < required.size(); i++) {
        GateDeliverable d = required.get(i);
        deliverables.add(new DeliverableView(i, d.label(), d.provided(), d.reference()));
      }
      List<ReviewView> reviewViews =
          g.getReviews().stream().map(r -> reviewView(r, names, viewer, project, today)).toList();
      gates.add(
          new GateView(
              g.getId(),
              g.getPosition(),
              g.getPhaseName(),
              g.getPhaseDescription(),
              g.getGateName(),
              g.getStatus(),
              g.getPassage(),
              isCurrent,
              checks,
              deliverables,
              MethodologyService.people(g.getReviewerUserIds(), names),
              g.getReviewerRoles(),
              g.openReview().map(GateReview::getId).orElse(null),
              reviewViews));
    }
    boolean open = current != null && ProjectLifecycle.isOpenForWork(current.getStatus());
    boolean decides =
        active
            && current != null
            && current.getStatus() == GateStatus.REVIEW_REQUESTED
            && current.openReview().map(r -> current.mayDecide(r, viewer)).orElse(false);
    boolean votes =
        active
            && current != null
            && current.openReview().map(r -> r.awaitsVoteOf(viewer.id())).orElse(false);
    return new ProjectGovernanceView(
        pl.getId(),
        project.id(),
        project.code(),
        project.name(),
        project.status(),
        project.managerId(),
        project.managerName(),
        pl.getTierId(),
        tier == null ? null : tier.getName(),
        pl.getLifecycleId(),
        lifecycle == null ? "#" + pl.getLifecycleId() : lifecycle.getName(),
        lifecycle == null ? 0 : lifecycle.getRevision(),
        pl.getRiskLevel(),
        pl.getStatus(),
        current == null ? null : current.getId(),
        gates,
        pl.getVersion(),
        pl.getPlacedAt(),
        pl.getPlacedBy(),
        new ProjectGovernanceView.Permissions(
            prepares && open,
            prepares && open,
            decides,
            MethodologyService.mayManage(viewer),
            votes));
  }

  private static ReviewView reviewView(
      GateReview r,
      Map<Long, UserSummary> names,
      CurrentUser viewer,
      ProjectView project,
      LocalDate today) {
    return new ReviewView(
        r.getId(),
        r.getRequestedAt(),
        name(names, r.getRequestedById(), r.getRequestedBy()),
        r.getRequestNote(),
        r.getCriteriaMet(),
        r.getCriteriaTotal(),
        r.getDeliverablesProvided(),
        r.getDeliverablesTotal(),
        r.getDecision(),
        r.getRationale(),
        r.getDecidedAt(),
        r.getDecidedById() == null ? null : name(names, r.getDecidedById(), r.getDecidedBy()),
        r.getDecidedAs(),
        r.getConditions().stream()
            .map(
                c ->
                    new ConditionView(
                        c.getId(),
                        c.getDescription(),
                        c.getOwnerId(),
                        name(names, c.getOwnerId(), "#" + c.getOwnerId()),
                        c.getDueDate(),
                        c.isMet(),
                        c.getMetAt(),
                        c.getMetBy(),
                        c.getMetNote(),
                        c.isOverdue(today),
                        !c.isMet() && c.mayBeMarkedMetBy(viewer, project.managerId())))
            .toList(),
        r.getVoteRule(),
        r.getVotes().stream()
            .map(
                v ->
                    new VoteView(
                        v.approverId(),
                        name(names, v.approverId(), "#" + v.approverId()),
                        v.decision(),
                        v.comment(),
                        v.votedAt()))
            .toList());
  }
}

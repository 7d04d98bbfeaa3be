package org.cairnpmo.governance.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance board's agenda: reviews waiting for a decision, conditions past their due date,
 * and the decisions of the last {@value BoardView#RECENT_DAYS} days, of the projects the viewer may
 * see and that are still open.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GateBoard {

  private final GateReviewRepository reviews;
  private final GateConditionRepository conditions;
  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final Clock clock;

  @Transactional(readOnly = true)
  public BoardView board(CurrentUser viewer) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, Gate.ZONE);
    List<GateReview> pending = reviews.findPending();
    List<GateCondition> overdue = conditions.findOverdue(today);
    List<GateReview> recent =
        reviews.findDecidedSince(now.minus(Duration.ofDays(BoardView.RECENT_DAYS)));
    Set<Long> projectIds = new HashSet<>();
    pending.forEach(r -> projectIds.add(projectOf(r)));
    overdue.forEach(c -> projectIds.add(projectOf(c.getReview())));
    recent.forEach(r -> projectIds.add(projectOf(r)));
    Map<Long, ProjectView> visible = projects.visibleProjects(projectIds, viewer);
    Set<Long> people = new HashSet<>();
    pending.forEach(r -> people.add(r.getRequestedById()));
    overdue.forEach(c -> people.add(c.getOwnerId()));
    recent.forEach(r -> people.add(r.getDecidedById()));
    Map<Long, UserSummary> names = identity.usersByIds(people);

    List<BoardView.PendingReview> pendingRows = new ArrayList<>();
    for (GateReview r : pending) {
      ProjectView p = visible.get(projectOf(r));
      if (p == null || p.status().isFinal()) continue; // closed or cancelled: nothing to decide
      Gate g = r.getGate();
      pendingRows.add(
          new BoardView.PendingReview(
              p.id(),
              p.code(),
              p.name(),
              g.getId(),
              g.getPhaseName(),
              g.getGateName(),
              r.getId(),
              r.getRequestedAt(),
              GateViews.name(names, r.getRequestedById(), r.getRequestedBy()),
              Math.max(0, ChronoUnit.DAYS.between(r.getRequestedAt(), now)),
              r.getCriteriaMet(),
              r.getCriteriaTotal(),
              r.getDeliverablesProvided(),
              r.getDeliverablesTotal(),
              g.mayDecide(r, viewer) || r.awaitsVoteOf(viewer.id())));
    }
    List<BoardView.OverdueCondition> overdueRows = new ArrayList<>();
    for (GateCondition c : overdue) {
      ProjectView p = visible.get(projectOf(c.getReview()));
      if (p == null || p.status().isFinal()) continue;
      Gate g = c.getReview().getGate();
      overdueRows.add(
          new BoardView.OverdueCondition(
              p.id(),
              p.code(),
              p.name(),
              g.getId(),
              g.getGateName(),
              c.getId(),
              c.getDescription(),
              c.getOwnerId(),
              GateViews.name(names, c.getOwnerId(), "#" + c.getOwnerId()),
              c.getDueDate(),
              ChronoUnit.DAYS.between(c.getDueDate(), today)));
    }
    List<BoardView.RecentDecision> recentRows = new ArrayList<>();
    for (GateReview r : recent) {
      ProjectView p = visible.get(projectOf(r));
      if (p == null) continue;
      Gate g = r.getGate();
      recentRows.add(
          new BoardView.RecentDecision(
              p.id(),
              p.code(),
              p.name(),
              g.getId(),
              g.getGateName(),
              r.getId(),
              r.getDecision(),
              r.getRationale(),
              r.getDecidedAt(),
              GateViews.name(names, r.getDecidedById(), r.getDecidedBy()),
              r.getConditions().size()));
    }
    return new BoardView(pendingRows, overdueRows, recentRows);
  }

  private static long projectOf(GateReview review) {
    return review.getGate().getProjectLifecycle().getProjectId();
  }
}

package org.cairnpmo.practices.maturity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The improvement actions that follow a closed assessment: added and kept by the PMO, read by
 * everyone signed in.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImprovementActionService {

  /** The earliest due first. */
  public static final Sort ORDER = Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("id"));

  private final ImprovementActionRepository actions;
  private final AssessmentService assessments;
  private final IdentityApi identity;
  private final Clock clock;

  @Transactional(readOnly = true)
  public Page<ActionView> actions(long assessmentId, Pageable pageable) {
    assessments.find(assessmentId);
    Page<ImprovementAction> page = actions.findByAssessmentId(assessmentId, pageable);
    Map<Long, UserSummary> owners =
        identity.usersByIds(page.getContent().stream().map(ImprovementAction::getOwnerId).toList());
    return page.map(a -> view(a, owners));
  }

  @Transactional(readOnly = true)
  public List<ActionView> allOf(long assessmentId) {
    List<ImprovementAction> list = actions.findByAssessmentIdOrderByDueDateAscIdAsc(assessmentId);
    Map<Long, UserSummary> owners =
        identity.usersByIds(list.stream().map(ImprovementAction::getOwnerId).toList());
    return list.stream().map(a -> view(a, owners)).toList();
  }

  /** Adds an action to a closed assessment (409 assessment-open before the close). */
  @Transactional
  public ActionView add(long assessmentId, ActionData data, CurrentUser by) {
    MaturityAccess.requireRunner(by);
    Assessment assessment = assessments.find(assessmentId);
    assessment.requireClosed();
    requireOwner(data.ownerId());
    ImprovementAction saved =
        actions.saveAndFlush(
            ImprovementAction.of(assessmentId, data, by.username(), clock.instant()));
    return view(saved);
  }

  @Transactional
  public ActionView revise(
      long assessmentId, long actionId, ActionData data, long expectedVersion, CurrentUser by) {
    MaturityAccess.requireRunner(by);
    ImprovementAction action =
        actions
            .findById(actionId)
            .filter(a -> a.getAssessmentId() == assessmentId)
            .orElseThrow(() -> new NotFoundException("Improvement action", actionId));
    if (action.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "The improvement action " + action.getTitle(), expectedVersion, action.getVersion());
    }
    requireOwner(data.ownerId());
    action.apply(data, by.username(), clock.instant());
    actions.flush();
    return view(action);
  }

  private void requireOwner(Long ownerId) {
    if (identity.user(ownerId).filter(UserSummary::enabled).isEmpty()) {
      throw InvalidInputException.of("ownerId", "Choose an owner who exists and may sign in.");
    }
  }

  private ActionView view(ImprovementAction a) {
    return view(a, identity.usersByIds(List.of(a.getOwnerId())));
  }

  private ActionView view(ImprovementAction a, Map<Long, UserSummary> owners) {
    UserSummary owner = owners.get(a.getOwnerId());
    boolean finished = a.getStatus() == ActionStatus.DONE || a.getStatus() == ActionStatus.DROPPED;
    return new ActionView(
        a.getId(),
        a.getAssessmentId(),
        a.getTitle(),
        a.getArea(),
        a.getOwnerId(),
        owner == null ? "Person " + a.getOwnerId() : owner.displayName(),
        a.getDueDate(),
        a.getStatus(),
        !finished && a.getDueDate().isBefore(LocalDate.now(clock)),
        a.getVersion(),
        a.getUpdatedAt(),
        a.getUpdatedBy());
  }
}

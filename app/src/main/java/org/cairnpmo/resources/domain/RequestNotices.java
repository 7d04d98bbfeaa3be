package org.cairnpmo.resources.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.RequestView;
import org.springframework.stereotype.Component;

/**
 * Whom each step of a resource request concerns, and what they are told. The project side is the
 * project's manager and whoever made the request; the staffing side is the resource managers (the
 * PMO and administrators may staff too, but are not told about every request). Only people who may
 * see the project hear of it, and nobody of their own step.
 *
 * <ul>
 *   <li>requested: the resource managers, to propose someone;
 *   <li>proposed: the project side, to accept or decline;
 *   <li>accepted: the resource managers, to approve;
 *   <li>declined (back to requested): the resource managers, to propose someone else;
 *   <li>approved: the project side and the person booked;
 *   <li>rejected: the project side, with the reason.
 * </ul>
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RequestNotices {

  private final Notices notices;
  private final PoolPersonRepository people;

  /** Tells those concerned about the step just taken on {@code request}; answers whom. */
  Set<Long> stepTaken(
      ResourceRequest request, RequestView view, ProjectView project, CurrentUser by) {
    RequestStep step = request.getHistory().get(request.getHistory().size() - 1);
    String what = project.code() + " · request " + request.getId();
    String asked =
        view.asked()
            + ", "
            + view.hoursPerWeek().stripTrailingZeros().toPlainString()
            + " h/week from "
            + view.firstDay()
            + " to "
            + view.lastDay();
    List<Long> to = new ArrayList<>();
    String subject;
    String body;
    switch (step.toStatus()) {
      case REQUESTED -> {
        to.addAll(notices.holdersOf(Role.RESOURCE_MANAGER));
        if (step.fromStatus() == null) {
          subject = what + ": " + view.asked() + " requested";
          body =
              "%s asks for %s, priority %s. Propose a person."
                  .formatted(
                      by.displayName(), asked, view.priority().label().toLowerCase(Locale.ROOT));
        } else {
          subject = what + ": the person proposed was declined";
          body = "%s declined: %s\nPropose someone else.".formatted(by.displayName(), step.note());
        }
      }
      case PROPOSED -> {
        to.addAll(projectSide(request, project));
        subject = what + ": " + view.proposedPersonName() + " proposed";
        body =
            "%s proposes %s for %s. Accept or decline."
                .formatted(by.displayName(), view.proposedPersonName(), asked);
      }
      case ACCEPTED -> {
        to.addAll(notices.holdersOf(Role.RESOURCE_MANAGER));
        subject = what + ": " + view.proposedPersonName() + " accepted";
        body = by.displayName() + " accepts " + view.proposedPersonName() + ". Approve it.";
      }
      case APPROVED -> {
        to.addAll(projectSide(request, project));
        people
            .findById(request.getProposedPersonId())
            .map(PoolPerson::getUserId)
            .ifPresent(to::add);
        subject = what + ": " + view.proposedPersonName() + " approved";
        body =
            "%s approved %s for %s on %s."
                .formatted(by.displayName(), view.proposedPersonName(), asked, project.name());
      }
      case REJECTED -> {
        to.addAll(projectSide(request, project));
        subject = what + " rejected";
        body = by.displayName() + " rejected the request for " + asked + ": " + step.note();
      }
      default -> throw new IllegalStateException("No step to " + step.toStatus());
    }
    return notices.post(
        to,
        by,
        u -> ProjectAccess.canView(u, project.confidential(), involved(project, u.id())),
        subject,
        body,
        "/projects/" + project.id() + "/requests#request-" + request.getId());
  }

  private static List<Long> projectSide(ResourceRequest request, ProjectView project) {
    List<Long> ids = new ArrayList<>();
    ids.add(project.managerId());
    ids.add(request.getRequestedById());
    return ids;
  }

  private static boolean involved(ProjectView project, long userId) {
    return (project.managerId() != null && project.managerId() == userId)
        || (project.sponsorId() != null && project.sponsorId() == userId)
        || project.members().stream().anyMatch(m -> m.userId() == userId);
  }
}

package org.cairnpmo.control.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.Escalation;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.RaidEntryState;
import org.cairnpmo.control.RiskLevel;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.DisplayNames;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;

/**
 * How RAID entries are shown: each kind's view, with the names of the people and projects it refers
 * to looked up once per batch. Changes when a view gains or loses a field.
 */
@Component
record RaidViews(ControlAccess access, IdentityApi identity, Clock clock) {

  LocalDate today() {
    return Today.on(clock);
  }

  RiskView risk(ProjectView project, Risk r, CurrentUser viewer, Names names) {
    LocalDate today = today();
    Integer residual = r.residualScore();
    return new RiskView(
        r.getId(),
        r.getProjectId(),
        r.getTitle(),
        r.getCause(),
        r.getEvent(),
        r.getEffect(),
        r.getProbability(),
        r.getImpact(),
        r.getScore(),
        r.level(),
        r.getProximityDate(),
        r.getProximity(),
        r.getOwnerId(),
        names.person(r.getOwnerId()),
        r.getStrategy(),
        r.getActions().stream()
            .map(
                a ->
                    new RiskView.ActionView(
                        a.text(),
                        a.ownerId(),
                        names.person(a.ownerId()),
                        a.dueDate(),
                        a.done(),
                        a.isOverdue(today)))
            .toList(),
        r.getResidualProbability(),
        r.getResidualImpact(),
        residual,
        residual == null ? null : RiskLevel.of(residual),
        r.getStatus(),
        r.getIssueId(),
        state(project, r, viewer, names));
  }

  IssueView issue(ProjectView project, Issue i, CurrentUser viewer, Names names) {
    return new IssueView(
        i.getId(),
        i.getProjectId(),
        i.getTitle(),
        i.getDescription(),
        i.getSeverity(),
        i.getOwnerId(),
        names.person(i.getOwnerId()),
        i.getDueDate(),
        i.isOverdue(today()),
        i.getResolution(),
        i.getStatus(),
        i.getRiskId(),
        state(project, i, viewer, names));
  }

  AssumptionView assumption(ProjectView project, Assumption a, CurrentUser viewer, Names names) {
    return new AssumptionView(
        a.getId(),
        a.getProjectId(),
        a.getText(),
        a.getOwnerId(),
        names.person(a.getOwnerId()),
        a.isValidated(),
        names.person(a.getValidatedBy()),
        a.getValidatedOn(),
        state(project, a, viewer, names));
  }

  DecisionView decision(ProjectView project, Decision d, CurrentUser viewer, Names names) {
    return new DecisionView(
        d.getId(),
        d.getProjectId(),
        d.getWhat(),
        d.getWhy(),
        d.getDecidedBy(),
        d.getDecidedOn(),
        d.getAlternatives(),
        d.getOwnerId(),
        names.person(d.getOwnerId()),
        state(project, d, viewer, names));
  }

  DependencyView dependency(ProjectView project, Dependency d, CurrentUser viewer, Names names) {
    Optional<ProjectView> other = names.project(d.getOtherProjectId(), viewer);
    return new DependencyView(
        d.getId(),
        d.getProjectId(),
        d.getDirection(),
        other.map(ProjectView::id).orElse(null),
        other.map(ProjectView::code).orElse(null),
        other.map(ProjectView::name).orElse(null),
        other.isPresent(),
        d.getDescription(),
        d.getNeedBy(),
        d.isOverdue(today()),
        d.getStatus(),
        d.getOwnerId(),
        names.person(d.getOwnerId()),
        state(project, d, viewer, names));
  }

  private static RaidEntryState state(
      ProjectView project, RaidItem item, CurrentUser viewer, Names names) {
    return new RaidEntryState(
        escalation(item, names),
        item.getVersion(),
        item.getCreatedAt(),
        item.getCreatedBy(),
        item.getUpdatedAt(),
        item.getUpdatedBy(),
        editable(project, item, viewer));
  }

  private static boolean editable(ProjectView project, RaidItem item, CurrentUser viewer) {
    return ControlAccess.mayEdit(project, item.getOwnerId(), viewer)
        && !project.isFrozen()
        && (ControlAccess.isOpen(project) || !item.isSettled());
  }

  private static Escalation escalation(RaidItem item, Names names) {
    return item.isEscalated()
        ? new Escalation(
            item.getEscalatedBy(),
            names.person(item.getEscalatedBy()),
            item.getEscalatedAt(),
            item.getEscalationNote())
        : null;
  }

  /** The names of everyone the entries refer to, in one look-up. */
  Names names(Collection<? extends RaidItem> items) {
    Set<Long> ids = new HashSet<>();
    for (RaidItem item : items) {
      ids.add(item.getOwnerId());
      ids.add(item.getEscalatedBy());
      if (item instanceof Risk r) {
        r.getActions().forEach(a -> ids.add(a.ownerId()));
      }
      if (item instanceof Assumption a) {
        ids.add(a.getValidatedBy());
      }
    }
    ids.remove(null);
    return new Names(
        new DisplayNames(ids.isEmpty() ? Map.of() : identity.usersByIds(ids), Map.of()),
        new HashMap<>(),
        access);
  }

  /** People's names and the projects entries refer to, each looked up once per batch. */
  record Names(
      DisplayNames people, Map<Long, Optional<ProjectView>> projects, ControlAccess access) {

    Optional<ProjectView> project(long id, CurrentUser viewer) {
      return projects.computeIfAbsent(id, p -> access.find(p, viewer));
    }

    String person(Long id) {
      return people.person(id);
    }
  }
}

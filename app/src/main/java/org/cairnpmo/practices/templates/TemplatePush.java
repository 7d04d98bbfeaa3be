package org.cairnpmo.practices.templates;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.domain.PracticesAccess;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pushes a newer published template version to the live projects that follow an earlier one: each
 * project is offered the changes between the version it follows and the new one, one by one, and
 * its manager or the PMO accepts or declines each. Pushing is idempotent: a change offered once (or
 * decided) is never offered again. A project follows the new version once every change of it is
 * decided.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TemplatePush {

  private final TemplateLibrary library;
  private final TemplateProjectRepository followers;
  private final TemplateChangeRepository changes;
  private final ChangeApplier applier;
  private final ProjectsApi projects;
  private final Clock clock;

  /** A live project that follows an earlier version of the template, and what a push offers it. */
  public record Candidate(
      long projectId,
      String code,
      String name,
      String managerName,
      long followsId,
      String follows,
      int changes,
      int pending) {}

  /** What a push did to each project: how many changes it newly offered. */
  public record Pushed(long projectId, String code, int offered, boolean followsNow) {}

  /**
   * The live projects {@code viewer} may see that follow an earlier version of the template {@code
   * templateId} (a published one), with the number of changes the push offers each.
   */
  @Transactional(readOnly = true)
  public List<Candidate> candidates(long templateId, CurrentUser viewer) {
    ProjectTemplate target = library.find(templateId);
    TemplateContent content = library.content(target);
    List<TemplateProject> following = followers.findByLineageId(target.getLineageId());
    Map<Long, ProjectView> visible =
        projects.visibleProjects(
            following.stream().map(TemplateProject::getProjectId).toList(), viewer);
    List<Candidate> result = new ArrayList<>();
    for (TemplateProject f : following) {
      ProjectView p = visible.get(f.getProjectId());
      if (p == null || p.status().isFinal() || f.getTemplateId() == target.getId()) {
        continue;
      }
      ProjectTemplate follows = library.find(f.getTemplateId());
      if (follows.getRevision() >= target.getRevision()) {
        continue;
      }
      int count = TemplateDiff.between(library.content(follows), content).size();
      int pending =
          (int)
              changes.findByProjectIdAndTemplateId(p.id(), target.getId()).stream()
                  .filter(c -> c.getStatus() == ChangeStatus.PENDING)
                  .count();
      result.add(
          new Candidate(
              p.id(),
              p.code(),
              p.name(),
              p.managerName(),
              follows.getId(),
              follows.label(),
              count,
              pending));
    }
    result.sort(Comparator.comparing(Candidate::code));
    return result;
  }

  /**
   * Offers the changes of the published template {@code templateId} to each project named (all
   * candidates when the list is empty). Only the PMO and administrators push; a project that is no
   * candidate answers 400 naming it.
   */
  @Transactional
  public List<Pushed> push(long templateId, List<Long> projectIds, CurrentUser by) {
    PracticesAccess.requireMethodWriter(by);
    ProjectTemplate target = library.find(templateId);
    if (target.getStatus() != MethodStatus.PUBLISHED) {
      throw new BusinessRuleException(
          "template-not-published",
          "Only the published version of a template is pushed; " + target.label() + " is not.");
    }
    List<Candidate> candidates = candidates(templateId, by);
    Set<Long> wanted = new HashSet<>(projectIds == null ? List.of() : projectIds);
    Set<Long> known = new HashSet<>();
    candidates.forEach(c -> known.add(c.projectId()));
    for (Long id : wanted) {
      if (id == null || !known.contains(id)) {
        throw InvalidInputException.of(
            "projectIds",
            "Project " + id + " does not follow an earlier version of " + target.label() + ".");
      }
    }
    TemplateContent content = library.content(target);
    Instant now = clock.instant();
    List<Pushed> pushed = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!wanted.isEmpty() && !wanted.contains(c.projectId())) {
        continue;
      }
      Set<String> offered = new HashSet<>();
      for (TemplateChange existing : changes.findByProjectIdOrderByIdAsc(c.projectId())) {
        if (existing.getTemplateId() == target.getId()) {
          offered.add(existing.getKind() + "/" + existing.getItemKey());
        } else {
          existing.supersede(now); // an older push not yet decided: this one replaces it
        }
      }
      int count = 0;
      ProjectTemplate follows = library.find(c.followsId());
      for (TemplateDiff.Change change : TemplateDiff.between(library.content(follows), content)) {
        if (offered.add(change.kind() + "/" + change.key())) {
          changes.save(
              new TemplateChange(c.projectId(), target.getId(), change, by.username(), now));
          count++;
        }
      }
      changes.flush();
      boolean followsNow = followIfDecided(c.projectId(), target.getId());
      pushed.add(new Pushed(c.projectId(), c.code(), count, followsNow));
    }
    return pushed;
  }

  /** The template changes offered to the project, pending first; 404 if viewer may not see it. */
  @Transactional(readOnly = true)
  public List<ChangeView> changes(long projectId, CurrentUser viewer) {
    ProjectView project = projects.requireVisible(projectId, viewer);
    return changes.findByProjectIdOrderByIdAsc(projectId).stream()
        .sorted(Comparator.comparing((TemplateChange c) -> c.getStatus() != ChangeStatus.PENDING))
        .map(c -> view(project, c, viewer))
        .toList();
  }

  /** Whether {@code user} decides the project's template changes: its manager and the PMO. */
  public static boolean mayDecide(ProjectView project, CurrentUser user) {
    return !project.status().isFinal() && ProjectAccess.canEdit(user, project.managerId());
  }

  @Transactional
  public ChangeView accept(long projectId, long changeId, long expectedVersion, CurrentUser by) {
    ProjectView project = projects.requireVisible(projectId, by);
    TemplateChange change = decidable(project, changeId, expectedVersion, by);
    String outcome =
        applier.apply(project, change, library.content(library.find(change.getTemplateId())), by);
    change.accept(outcome, by.username(), clock.instant());
    changes.flush();
    followIfDecided(projectId, change.getTemplateId());
    return view(project, change, by);
  }

  @Transactional
  public ChangeView decline(long projectId, long changeId, long expectedVersion, CurrentUser by) {
    ProjectView project = projects.requireVisible(projectId, by);
    TemplateChange change = decidable(project, changeId, expectedVersion, by);
    change.decline(by.username(), clock.instant());
    changes.flush();
    followIfDecided(projectId, change.getTemplateId());
    return view(project, change, by);
  }

  private TemplateChange decidable(
      ProjectView project, long changeId, long expectedVersion, CurrentUser by) {
    project.requireChangeable();
    TemplateChange change =
        changes
            .findById(changeId)
            .filter(c -> c.getProjectId() == project.id())
            .orElseThrow(() -> new NotFoundException("Template change", changeId));
    if (!mayDecide(project, by)) {
      throw new AccessDeniedException(
          "Only the project's manager and the PMO accept or decline template changes");
    }
    if (change.getVersion() != expectedVersion) {
      throw new StaleVersionException("The change", expectedVersion, change.getVersion());
    }
    return change;
  }

  /** The project follows the version once none of its changes is pending. */
  private boolean followIfDecided(long projectId, long templateId) {
    boolean open =
        changes.findByProjectIdAndTemplateId(projectId, templateId).stream()
            .anyMatch(c -> c.getStatus() == ChangeStatus.PENDING);
    if (open) {
      return false;
    }
    followers.findById(projectId).ifPresent(f -> f.follow(templateId));
    return true;
  }

  private ChangeView view(ProjectView project, TemplateChange c, CurrentUser viewer) {
    return new ChangeView(
        c.getId(),
        c.getProjectId(),
        c.getTemplateId(),
        library.find(c.getTemplateId()).title(),
        c.getKind(),
        c.getItemKey(),
        c.getChangeType(),
        c.getSummary(),
        c.getStatus(),
        c.getStatus() == ChangeStatus.PENDING ? applier.doneNote(project, c, viewer) : null,
        c.getOutcome(),
        c.getOfferedAt(),
        c.getOfferedBy(),
        c.getDecidedAt(),
        c.getDecidedBy(),
        c.getVersion());
  }
}

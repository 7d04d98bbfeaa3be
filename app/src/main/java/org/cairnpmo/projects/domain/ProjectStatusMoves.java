package org.cairnpmo.projects.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status moves made on behalf of another capability rather than by a person editing the project: a
 * gate's KILL decision cancels it, a signed-off closure closes it, the PMO's reopening reopens it,
 * an imported archive bundle closes it last. Each writes its history entries as {@code actor}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectStatusMoves {

  private static final CurrentUser READER =
      new CurrentUser(0, ProjectService.SYSTEM_AUTHOR, "System", java.util.Set.of(Role.ADMIN));

  private final ProjectRepository projects;
  private final ProjectChangeRepository changes;
  private final ProjectViews views;
  private final Clock clock;

  /**
   * Closes a project imported from an archive bundle once every section is in, with a history entry
   * saying where it came from and naming the people this Cairn does not know.
   */
  @Transactional
  public void closeImported(ImportContext context) {
    long id = context.projectId();
    Project project = projects.findById(id).orElseThrow(() -> new NotFoundException("Project", id));
    ProjectStatus oldStatus = project.getStatus();
    Instant now = clock.instant();
    project.closeImported(context.originallyFinished(), context.actor(), now);
    projects.saveAndFlush(project);
    changes.save(
        ProjectChange.of(
            project,
            now,
            context.actor(),
            "Status",
            oldStatus.label(),
            project.getStatus().label()));
    StringBuilder note =
        new StringBuilder("Imported from bundle ").append(context.bundleName()).append('.');
    if (!context.unknownPeople().isEmpty()) {
      note.append(" People not known in this Cairn, named as in the bundle: ");
      note.append(
          String.join(
              ", ",
              context.unknownPeople().entrySet().stream()
                  .map(e -> e.getValue() + " (" + e.getKey() + ")")
                  .toList()));
      note.append('.');
    }
    changes.save(ProjectChange.of(project, now, context.actor(), "Note", null, note.toString()));
  }

  /**
   * Cancels a project on behalf of another capability rather than a person editing it (e.g. a KILL
   * decision at a stage gate): along the allowed transition, with the history entries written by
   * {@code actor}. Returns false, changing nothing, when the project is already final (cancelled,
   * or closed: a closed project stays closed).
   */
  @Transactional
  public boolean cancelBySystem(long id, String actor, String reason) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFoundException("Project", id));
    if (project.getStatus().isFinal()) {
      return false;
    }
    ProjectStatus oldStatus = project.getStatus();
    Instant now = clock.instant();
    project.moveTo(ProjectStatus.CANCELLED, actor, now);
    projects.saveAndFlush(project);
    recordMove(project, now, actor, oldStatus, reason);
    return true;
  }

  /**
   * Closes a project whose closure was signed off by {@code actor}: Active to Closed, finished
   * today, with the history entries; the closure module owns the checklist and the sign-off.
   */
  @Transactional
  public ProjectView closeBySystem(long id, String actor, String note) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFoundException("Project", id));
    ProjectStatus oldStatus = project.getStatus();
    Instant now = clock.instant();
    project.moveTo(ProjectStatus.CLOSED, actor, now);
    projects.saveAndFlush(project);
    recordMove(project, now, actor, oldStatus, note);
    return ProjectViews.view(project, READER, views.names(List.of(project)));
  }

  /** Reopens a closed project on the PMO's decision, the reason kept in its history. */
  @Transactional
  public ProjectView reopenBySystem(long id, String actor, String reason) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFoundException("Project", id));
    ProjectStatus oldStatus = project.getStatus();
    Instant now = clock.instant();
    project.reopen(actor, now);
    projects.saveAndFlush(project);
    recordMove(project, now, actor, oldStatus, reason);
    return ProjectViews.view(project, READER, views.names(List.of(project)));
  }

  private void recordMove(
      Project project, Instant now, String actor, ProjectStatus oldStatus, String reason) {
    changes.save(
        ProjectChange.of(
            project, now, actor, "Status", oldStatus.label(), project.getStatus().label()));
    if (reason != null && !reason.isBlank()) {
      changes.save(ProjectChange.of(project, now, actor, "Reason", null, reason.trim()));
    }
  }
}

package org.cairnpmo.practices.templates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's side of its template: which version it follows, its checklist and documents. As
 * visible as the project; its manager and the PMO tick the items.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectTemplates {

  private final TemplateProjectRepository followers;
  private final ProjectItemRepository items;
  private final TemplateChangeRepository changes;
  private final TemplateLibrary library;
  private final ProjectsApi projects;
  private final Clock clock;

  /**
   * The template a project follows (all null when it was not made from one), how many changes wait
   * for a decision, its checklist and documents, and whether the viewer may decide and tick.
   */
  public record Followed(
      long projectId,
      String projectCode,
      String projectName,
      Long templateId,
      String templateLabel,
      String changeNote,
      int pendingChanges,
      List<ItemView> checklist,
      List<ItemView> documents,
      boolean editable) {}

  /** A checklist item or document of the project; done once ticked. */
  public record ItemView(
      long id,
      ElementKind kind,
      String label,
      String link,
      boolean done,
      String doneBy,
      Instant doneAt,
      long version)
      implements Versioned.Entry {}

  @Transactional(readOnly = true)
  public Followed followed(long projectId, CurrentUser viewer) {
    ProjectView project = projects.requireVisible(projectId, viewer);
    TemplateProject follows = followers.findById(projectId).orElse(null);
    List<ItemView> all =
        items.findByProjectIdOrderByKindAscPositionAscIdAsc(projectId).stream()
            .map(ProjectTemplates::view)
            .toList();
    TemplateView template = follows == null ? null : library.template(follows.getTemplateId());
    int pending =
        (int)
            changes.findByProjectIdOrderByIdAsc(projectId).stream()
                .filter(c -> c.getStatus() == ChangeStatus.PENDING)
                .count();
    return new Followed(
        projectId,
        project.code(),
        project.name(),
        template == null ? null : template.id(),
        template == null ? null : template.label(),
        template == null ? null : template.changeNote(),
        pending,
        all.stream().filter(i -> i.kind() == ElementKind.CHECKLIST).toList(),
        all.stream().filter(i -> i.kind() == ElementKind.DOCUMENT).toList(),
        TemplatePush.mayDecide(project, viewer));
  }

  @Transactional
  public ItemView tick(
      long projectId, long itemId, boolean done, long expectedVersion, CurrentUser by) {
    ProjectView project = projects.requireVisible(projectId, by);
    ProjectItem item =
        items
            .findById(itemId)
            .filter(i -> i.getProjectId() == projectId)
            .orElseThrow(() -> new NotFoundException("Checklist item", itemId));
    project.requireChangeable();
    if (!TemplatePush.mayDecide(project, by)) {
      throw new AccessDeniedException(
          "Only the project's manager and the PMO tick its checklist and documents");
    }
    if (item.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "'" + item.getLabel() + "'", expectedVersion, item.getVersion());
    }
    item.tick(done, by.username(), clock.instant());
    items.flush();
    return view(item);
  }

  private static ItemView view(ProjectItem i) {
    return new ItemView(
        i.getId(),
        i.getKind(),
        i.getLabel(),
        i.getLink(),
        i.done(),
        i.getDoneBy(),
        i.getDoneAt(),
        i.getVersion());
  }
}

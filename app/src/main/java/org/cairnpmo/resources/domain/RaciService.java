package org.cairnpmo.resources.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.RaciData;
import org.cairnpmo.resources.RaciLetter;
import org.cairnpmo.resources.RaciView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each project's RACI matrix. Whoever may see the project reads it; its manager, the PMO and
 * administrators change it while the project is open; a project the caller may not see is "not
 * found", exactly as one that does not exist.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RaciService {

  private final RaciRepository matrices;
  private final PoolPersonRepository people;
  private final JobRoleRepository roles;
  private final ProjectsApi projects;
  private final PlanningApi planning;
  private final Clock clock;

  /** The project if {@code viewer} may see it; "not found" otherwise. */
  public ProjectView project(long projectId, CurrentUser viewer) {
    return projects
        .visibleProject(projectId, viewer)
        .orElseThrow(() -> new NotFoundException("Project", projectId));
  }

  public static boolean mayEdit(ProjectView project, CurrentUser user) {
    return ProjectAccess.canEdit(user, project.managerId()) && !project.isFinished();
  }

  @Transactional(readOnly = true)
  public RaciView view(long projectId, CurrentUser viewer) {
    ProjectView project = project(projectId, viewer);
    return matrices
        .findByProjectId(projectId)
        .map(m -> view(project, m, viewer))
        .orElseGet(
            () ->
                new RaciView(
                    project.id(),
                    project.code(),
                    project.name(),
                    List.of(),
                    List.of(),
                    mayEdit(project, viewer),
                    0,
                    null,
                    null));
  }

  /**
   * The id of the project's matrix, for its history, once one was saved; the caller has already
   * seen the project through {@link #view}.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<Long> matrixId(long projectId) {
    return matrices.findByProjectId(projectId).map(RaciMatrix::getId);
  }

  /** The tasks of the project's plan that a row may refer to, in outline order. */
  @Transactional(readOnly = true)
  public List<TaskView> tasks(long projectId, CurrentUser viewer) {
    project(projectId, viewer);
    return planning.allTasks(projectId, null, viewer);
  }

  @Transactional
  public RaciView save(long projectId, RaciData data, long expectedVersion, CurrentUser editor) {
    ProjectView project = project(projectId, editor);
    if (!ProjectAccess.canEdit(editor, project.managerId())) {
      throw new AccessDeniedException(
          "Only the project's manager, the PMO and administrators change its RACI");
    }
    project.requirePlanningOpen();
    RaciMatrix matrix =
        matrices.findByProjectId(projectId).orElseGet(() -> new RaciMatrix(projectId));
    long current = version(matrix);
    if (current != expectedVersion) {
      throw new StaleVersionException("The RACI of " + project.code(), expectedVersion, current);
    }
    Map<Long, String> taskNames =
        data.rows().stream().anyMatch(r -> r != null && r.taskId() != null)
            ? planning.allTasks(projectId, null, editor).stream()
                .collect(Collectors.toMap(TaskView::id, TaskView::name, (a, b) -> a))
            : Map.of();
    Map<String, String> names = columnNames(data.columns());
    RaciRules.Checked checked =
        RaciRules.check(data, c -> names.get(key(c.personId(), c.roleId())), taskNames);
    matrix.replace(checked, clock.instant(), editor.username());
    RaciMatrix saved = matrices.saveAndFlush(matrix);
    return view(project, saved, editor);
  }

  private RaciView view(ProjectView project, RaciMatrix m, CurrentUser viewer) {
    List<RaciData.Column> refs =
        m.getColumns().stream().map(c -> new RaciData.Column(c.personId(), c.roleId())).toList();
    Map<String, String> names = columnNames(refs);
    List<RaciView.ColumnView> columns =
        m.getColumns().stream()
            .map(
                c ->
                    new RaciView.ColumnView(
                        c.personId(),
                        c.roleId(),
                        Objects.requireNonNullElse(names.get(key(c.personId(), c.roleId())), "?")))
            .toList();
    Map<Long, String> wbs = new HashMap<>();
    if (m.getRows().stream().anyMatch(r -> r.taskId() != null)) {
      planning.allTasks(project.id(), null, viewer).forEach(t -> wbs.put(t.id(), t.wbs()));
    }
    List<RaciView.RowView> rows = new ArrayList<>();
    for (RaciRowEntry r : m.getRows()) {
      rows.add(
          new RaciView.RowView(
              r.label(),
              r.taskId(),
              r.taskId() == null ? null : wbs.get(r.taskId()),
              RaciRules.cells(r, columns.size()),
              !RaciRules.has(r, RaciLetter.R),
              !RaciRules.has(r, RaciLetter.A)));
    }
    return new RaciView(
        project.id(),
        project.code(),
        project.name(),
        columns,
        rows,
        mayEdit(project, viewer),
        version(m),
        m.getUpdatedAt(),
        m.getUpdatedBy());
  }

  /**
   * The version callers see: 0 while the project has no matrix, so that the first save names 0; a
   * stored matrix counts from 1 (its first save is version 0 in the table).
   */
  private static long version(RaciMatrix matrix) {
    return matrix.getId() == null ? 0 : matrix.getVersion() + 1;
  }

  private Map<String, String> columnNames(List<RaciData.Column> columns) {
    List<Long> personIds =
        columns.stream()
            .filter(Objects::nonNull)
            .map(RaciData.Column::personId)
            .filter(Objects::nonNull)
            .toList();
    List<Long> roleIds =
        columns.stream()
            .filter(Objects::nonNull)
            .map(RaciData.Column::roleId)
            .filter(Objects::nonNull)
            .toList();
    Map<String, String> names = new HashMap<>();
    if (!personIds.isEmpty()) {
      people.findAllById(personIds).forEach(p -> names.put(key(p.getId(), null), p.getName()));
    }
    if (!roleIds.isEmpty()) {
      roles.findAllById(roleIds).forEach(r -> names.put(key(null, r.getId()), r.getName()));
    }
    return names;
  }

  private static String key(Long personId, Long roleId) {
    return personId != null ? "p" + personId : "r" + roleId;
  }
}

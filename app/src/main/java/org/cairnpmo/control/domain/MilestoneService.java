package org.cairnpmo.control.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.control.ProjectControlChanged;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ProjectView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's milestones: read by whoever sees the project, planned and moved by its manager, the
 * PMO and administrators (the same people who write its status reports). Every change tells the
 * read models through {@link ProjectControlChanged}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MilestoneService {

  /** Databases limit the parameters of one statement; this many ids go in one IN list. */
  private final MilestoneRepository milestones;

  private final ControlAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  /** Whether {@code user} may plan and change the project's milestones now. */
  public static boolean mayChange(ProjectView project, CurrentUser user) {
    return ControlAccess.mayReport(project, user) && ControlAccess.isOpen(project);
  }

  /** The project's milestones by forecast date. */
  @Transactional(readOnly = true)
  public List<MilestoneView> list(long projectId, CurrentUser viewer) {
    access.project(projectId, viewer);
    return milestones.findByProjectIdOrderByForecastDateAscIdAsc(projectId).stream()
        .map(Milestone::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public MilestoneView get(long projectId, long milestoneId, CurrentUser viewer) {
    access.project(projectId, viewer);
    return find(projectId, milestoneId).view();
  }

  @Transactional
  public MilestoneView create(long projectId, MilestoneData data, CurrentUser editor) {
    requireEditor(projectId, editor);
    check(data);
    Milestone saved =
        milestones.saveAndFlush(
            Milestone.plan(projectId, data, editor.username(), clock.instant()));
    changed(projectId);
    return saved.view();
  }

  @Transactional
  public MilestoneView update(
      long projectId,
      long milestoneId,
      MilestoneData data,
      long expectedVersion,
      CurrentUser editor) {
    requireEditor(projectId, editor);
    check(data);
    Milestone milestone = current(projectId, milestoneId, expectedVersion);
    milestone.revise(data, editor.username(), clock.instant());
    milestones.saveAndFlush(milestone);
    changed(projectId);
    return milestone.view();
  }

  /** Marks the milestone reached on {@code day} (today when not given). */
  @Transactional
  public MilestoneView complete(
      long projectId, long milestoneId, LocalDate day, long expectedVersion, CurrentUser editor) {
    requireEditor(projectId, editor);
    Milestone milestone = current(projectId, milestoneId, expectedVersion);
    LocalDate on = day != null ? day : Today.on(clock);
    if (on.isAfter(Today.on(clock))) {
      throw InvalidInputException.of(
          "completedDate", "A milestone cannot be completed in the future.");
    }
    milestone.complete(on, editor.username(), clock.instant());
    milestones.saveAndFlush(milestone);
    changed(projectId);
    return milestone.view();
  }

  @Transactional
  public void delete(long projectId, long milestoneId, long expectedVersion, CurrentUser editor) {
    requireEditor(projectId, editor);
    Milestone milestone = current(projectId, milestoneId, expectedVersion);
    milestones.delete(milestone);
    milestones.flush();
    changed(projectId);
  }

  /**
   * Moves the forecast of the project's open milestones named in {@code forecasts} (milestone id to
   * date) to that date: the schedule of a plan whose milestones they are linked to. Milestones of
   * another project, completed ones, unknown ids and forecasts already right are left alone, so a
   * plan may keep a link to a milestone deleted since. The caller checked that {@code by} may
   * change the project's plan. Answers how many forecasts moved.
   */
  @Transactional
  public int followSchedule(long projectId, Map<Long, LocalDate> forecasts, String by) {
    int moved = 0;
    for (Milestone milestone : milestones.findByProjectIdOrderByForecastDateAscIdAsc(projectId)) {
      LocalDate forecast = forecasts.get(milestone.getId());
      if (forecast != null && milestone.forecastTo(forecast, by, clock.instant())) {
        moved++;
      }
    }
    if (moved > 0) {
      milestones.flush();
      changed(projectId);
    }
    return moved;
  }

  /**
   * The next open milestone (earliest forecast, then lowest id) of each given project that has one,
   * one query per {@value org.cairnpmo.platform.InLists#SIZE} projects. Visibility is the caller's
   * business.
   */
  @Transactional(readOnly = true)
  public Map<Long, MilestoneView> next(Collection<Long> projectIds) {
    Map<Long, MilestoneView> next = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(projectIds)) {
      for (Milestone m : milestones.findNextOpen(chunk)) {
        next.merge(
            m.getProjectId(),
            m.view(),
            (a, b) -> Comparator.comparingLong(MilestoneView::id).compare(a, b) <= 0 ? a : b);
      }
    }
    return next;
  }

  private void check(MilestoneData data) {
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    if (data.name() == null || data.name().isBlank()) {
      problems.add(new InvalidInputException.FieldProblem("name", "Name the milestone"));
    } else if (data.name().strip().length() > 200) {
      problems.add(new InvalidInputException.FieldProblem("name", "At most 200 characters"));
    }
    if (data.baselineDate() == null) {
      problems.add(
          new InvalidInputException.FieldProblem(
              "baselineDate", "Enter the baseline date (the date agreed)"));
    }
    if (data.completedDate() != null && data.completedDate().isAfter(Today.on(clock))) {
      problems.add(
          new InvalidInputException.FieldProblem(
              "completedDate", "A milestone cannot be completed in the future."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private void requireEditor(long projectId, CurrentUser editor) {
    ControlAccess.requireOpen(access.plannedBy(projectId, editor));
  }

  private Milestone find(long projectId, long milestoneId) {
    return milestones
        .findByIdAndProjectId(milestoneId, projectId)
        .orElseThrow(() -> new NotFoundException("Milestone", milestoneId));
  }

  private Milestone current(long projectId, long milestoneId, long expectedVersion) {
    Milestone milestone = find(projectId, milestoneId);
    milestone.requireVersion(expectedVersion, "Milestone " + milestoneId);
    return milestone;
  }

  private void changed(long projectId) {
    events.publishEvent(new ProjectControlChanged(projectId, "milestone"));
  }
}

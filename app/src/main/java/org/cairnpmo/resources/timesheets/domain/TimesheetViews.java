package org.cairnpmo.resources.timesheets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.domain.PoolPerson;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.springframework.stereotype.Component;

/** A week as one viewer sees it: the lines shown to them, totals, cost where rates are theirs. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TimesheetViews {

  private final ProjectsApi projects;
  private final TimesheetLines timesheetLines;

  /** The names a list of weeks shows, of projects and of tasks, each read once for the list. */
  record Names(Map<Long, ProjectView> projects, Map<Long, String> tasks) {}

  /** The names of what {@code lines} are booked on, as {@code viewer} may see them. */
  Names names(Collection<TimesheetLine> lines, CurrentUser viewer) {
    Set<Long> projectIds = new HashSet<>();
    lines.forEach(l -> projectIds.add(l.projectId()));
    Map<Long, ProjectView> visible =
        projectIds.isEmpty() ? Map.of() : projects.visibleProjects(projectIds, viewer);
    Map<Long, String> taskNames = new HashMap<>();
    lines.stream()
        .filter(l -> l.taskId() != null)
        .map(TimesheetLine::projectId)
        .distinct()
        .forEach(
            pid ->
                timesheetLines
                    .tasksOf(pid, viewer)
                    .forEach(t -> taskNames.put(t.id(), t.wbs() + " " + t.name())));
    return new Names(visible, taskNames);
  }

  TimesheetView view(
      Timesheet sheet, PoolPerson person, CurrentUser viewer, Predicate<TimesheetLine> shown) {
    return view(
        sheet,
        person,
        viewer,
        shown,
        names(sheet.getLines().stream().filter(shown).toList(), viewer));
  }

  TimesheetView view(
      Timesheet sheet,
      PoolPerson person,
      CurrentUser viewer,
      Predicate<TimesheetLine> shown,
      Names names) {
    List<TimesheetLine> lines = sheet.getLines().stream().filter(shown).toList();
    Map<Long, ProjectView> visible = names.projects();
    Map<Long, String> taskNames = names.tasks();
    boolean rates = ResourcesAccess.seesRates(viewer);
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal[] days = new BigDecimal[7];
    java.util.Arrays.fill(days, BigDecimal.ZERO);
    List<TimesheetView.Line> shownLines = new ArrayList<>();
    for (TimesheetLine l : lines) {
      ProjectView p = visible.get(l.projectId());
      String code = p == null ? "Project " + l.projectId() : p.code();
      String taskName = l.taskId() == null ? null : taskNames.get(l.taskId());
      String what =
          l.requestId() != null
              ? "request " + l.requestId()
              : l.taskId() != null
                  ? "task " + (taskName == null ? l.taskId() : taskName)
                  : l.activity();
      String label =
          code
              + " · "
              + what
              + (l.requestId() != null && l.activity() != null ? ": " + l.activity() : "");
      List<BigDecimal> hours = l.hours();
      for (int d = 0; d < 7; d++) {
        days[d] = days[d].add(hours.get(d));
        BigDecimal rate = person.rateOn(sheet.getWeekStart().plusDays(d)).orElse(null);
        if (rate != null) {
          cost = cost.add(hours.get(d).multiply(rate));
        }
      }
      shownLines.add(
          new TimesheetView.Line(
              l.projectId(),
              code,
              p == null ? null : p.name(),
              l.requestId(),
              l.taskId(),
              taskName,
              l.activity(),
              label,
              hours,
              l.total()));
    }
    boolean own = person.getUserId() != null && person.getUserId() == viewer.id();
    boolean draft = sheet.getStatus() == TimesheetStatus.DRAFT;
    boolean submitted = sheet.getStatus() == TimesheetStatus.SUBMITTED;
    boolean decides = !own && submitted;
    boolean whole = lines.size() == sheet.getLines().size();
    BigDecimal total = List.of(days).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return new TimesheetView(
        sheet.getId(),
        person.getId(),
        person.getName(),
        sheet.getWeekStart(),
        sheet.weekEnd(),
        sheet.getStatus(),
        sheet.getReturnReason(),
        sheet.getSubmittedAt(),
        sheet.getDecidedAt(),
        sheet.getDecidedBy(),
        shownLines,
        List.of(days),
        total,
        rates ? cost.setScale(2, RoundingMode.HALF_UP) : null,
        !whole,
        new TimesheetView.Actions(
            own && draft,
            own && draft && sheet.getId() != null && sheet.total().signum() > 0,
            decides && whole && (ResourcesAccess.editsPool(viewer) || !lines.isEmpty()),
            decides),
        sheet.getVersion());
  }
}

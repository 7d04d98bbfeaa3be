package org.cairnpmo.resources.timesheets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.TimesheetApproved;
import org.cairnpmo.resources.domain.PoolPerson;
import org.cairnpmo.resources.domain.ResourceRequest;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly timesheets. A person of the pool keeps their own weeks (only they see and change them); a
 * project's manager sees the submitted and approved weeks booked on their projects, only those
 * lines, and approves a week all of whose lines are on their projects or returns one with a line
 * there; resource managers, the PMO and administrators see, approve and return every week. Nobody
 * approves or returns their own week. A week the caller may not see answers "not found".
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TimesheetService {

  private static final Set<TimesheetStatus> SHARED =
      EnumSet.of(TimesheetStatus.SUBMITTED, TimesheetStatus.APPROVED);
  private static final int MAX_REASON = 1000;

  private final TimesheetRepository sheets;
  private final TimesheetPeople people;
  private final TimesheetRequests requests;
  private final ProjectsApi projects;
  private final PlanningApi planning;
  private final Clock clock;

  // ---------------------------------------------------------------- the person's own weeks

  /** The caller's week: as saved, or an empty draft (no id, version 0) when nothing is saved. */
  @Transactional(readOnly = true)
  public TimesheetView mine(LocalDate week, CurrentUser me) {
    PoolPerson person = personOf(me);
    LocalDate start = TimesheetRules.week(week);
    Timesheet sheet =
        sheets
            .findByPersonIdAndWeekStart(person.getId(), start)
            .orElseGet(() -> new Timesheet(person.getId(), start, clock.instant()));
    return view(sheet, person, me, x -> true);
  }

  /** Saves the caller's week whole, as a draft; the first save names version 0. */
  @Transactional
  public TimesheetView saveMine(
      LocalDate week, TimesheetData data, long expectedVersion, CurrentUser me) {
    PoolPerson person = personOf(me);
    LocalDate start = TimesheetRules.week(week);
    Timesheet sheet = ownWeek(person, start, expectedVersion);
    List<TimesheetRules.Checked> checked =
        TimesheetRules.check(data == null ? null : data.lines(), start);
    sheet.replaceLines(resolve(checked, person, me), clock.instant());
    return view(sheets.saveAndFlush(sheet), person, me, x -> true);
  }

  /** Adds last week's lines, without their hours, to the caller's week. */
  @Transactional
  public TimesheetView copyLastWeek(LocalDate week, long expectedVersion, CurrentUser me) {
    PoolPerson person = personOf(me);
    LocalDate start = TimesheetRules.week(week);
    Timesheet previous =
        sheets
            .findByPersonIdAndWeekStart(person.getId(), start.minusWeeks(1))
            .filter(p -> !p.getLines().isEmpty())
            .orElseThrow(
                () -> InvalidInputException.of("week", "The week before has no lines to copy."));
    Timesheet sheet = ownWeek(person, start, expectedVersion);
    sheet.copyLinesOf(previous, clock.instant());
    return view(sheets.saveAndFlush(sheet), person, me, x -> true);
  }

  /** Hands the caller's week to the approvers. */
  @Transactional
  public TimesheetView submit(long id, long expectedVersion, CurrentUser me) {
    PoolPerson person = personOf(me);
    Timesheet sheet =
        sheets
            .findById(id)
            .filter(s -> s.getPersonId() == person.getId())
            .orElseThrow(() -> new NotFoundException("Timesheet", id));
    requireVersion(sheet, expectedVersion);
    sheet.submit(clock.instant());
    return view(sheets.saveAndFlush(sheet), person, me, x -> true);
  }

  /** What the caller may book hours on: their approved requests and their projects' tasks. */
  @Transactional(readOnly = true)
  public List<LineTarget> targets(CurrentUser me) {
    PoolPerson person = personOf(me);
    List<ResourceRequest> approved = approvedRequests(person);
    Set<Long> projectIds =
        approved.stream().map(ResourceRequest::getProjectId).collect(Collectors.toSet());
    Map<Long, ProjectView> visible =
        projectIds.isEmpty() ? Map.of() : projects.visibleProjects(projectIds, me);
    List<LineTarget> targets = new ArrayList<>();
    for (ResourceRequest r : approved) {
      ProjectView p = visible.get(r.getProjectId());
      if (p != null) {
        targets.add(new LineTarget(LineTarget.requestKey(r.getId()), requestLabel(p, r)));
      }
    }
    for (ProjectView p : visible.values()) {
      targets.add(
          new LineTarget(
              LineTarget.projectKey(p.id()), p.code() + " · " + p.name() + " (an activity)"));
      for (TaskView t : tasksOf(p.id(), me)) {
        if (!t.summary()) {
          targets.add(
              new LineTarget(
                  LineTarget.taskKey(p.id(), t.id()),
                  p.code() + " · task " + t.wbs() + " " + t.name()));
        }
      }
    }
    return targets;
  }

  // ---------------------------------------------------------------- approvers

  @Transactional(readOnly = true)
  public TimesheetView get(long id, CurrentUser viewer) {
    Timesheet sheet = sheets.findById(id).orElseThrow(() -> new NotFoundException("Timesheet", id));
    return seen(sheet, viewer);
  }

  /** The weeks the caller sees, newest first, optionally of one status or one week. */
  @Transactional(readOnly = true)
  public Page<TimesheetView> list(
      TimesheetStatus status, LocalDate week, int page, int size, CurrentUser viewer) {
    Set<TimesheetStatus> statuses =
        status == null ? EnumSet.allOf(TimesheetStatus.class) : EnumSet.of(status);
    long personId = people.findByUserId(viewer.id()).map(PoolPerson::getId).orElse(-1L);
    return page(personId, statuses, week, page, size, viewer);
  }

  /** The submitted weeks that wait for the caller's decision, oldest week first. */
  @Transactional(readOnly = true)
  public Page<TimesheetView> queue(int page, int size, CurrentUser viewer) {
    return page(-1L, EnumSet.of(TimesheetStatus.SUBMITTED), null, page, size, viewer);
  }

  @Transactional
  public TimesheetView approve(long id, long expectedVersion, CurrentUser viewer) {
    Timesheet sheet = sheets.findById(id).orElseThrow(() -> new NotFoundException("Timesheet", id));
    seen(sheet, viewer);
    PoolPerson person = people.findById(sheet.getPersonId()).orElseThrow();
    requireNotOwn(person, viewer);
    if (!ResourcesAccess.editsPool(viewer)) {
      Set<Long> managed = managedProjects(viewer);
      if (!sheet.getLines().stream().allMatch(l -> managed.contains(l.projectId()))) {
        throw new AccessDeniedException(
            "This week has lines on projects you do not manage; a resource manager approves it.");
      }
    }
    requireVersion(sheet, expectedVersion);
    sheet.approve(viewer.displayName(), clock.instant(), labourCosts(sheet, person));
    return view(sheets.saveAndFlush(sheet), person, viewer, visibleLines(viewer));
  }

  @Transactional
  public TimesheetView returnToPerson(
      long id, String reason, long expectedVersion, CurrentUser viewer) {
    Timesheet sheet = sheets.findById(id).orElseThrow(() -> new NotFoundException("Timesheet", id));
    seen(sheet, viewer);
    PoolPerson person = people.findById(sheet.getPersonId()).orElseThrow();
    requireNotOwn(person, viewer);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw InvalidInputException.of("reason", "Say why the week goes back to the person.");
    }
    if (why.length() > MAX_REASON || InputRules.hasControlCharacter(why)) {
      throw InvalidInputException.of(
          "reason",
          why.length() > MAX_REASON
              ? "A reason has at most " + MAX_REASON + " characters."
              : InputRules.CONTROL_CHARACTER_MESSAGE);
    }
    requireVersion(sheet, expectedVersion);
    sheet.returnToPerson(why, viewer.displayName(), clock.instant());
    return view(sheets.saveAndFlush(sheet), person, viewer, visibleLines(viewer));
  }

  // ---------------------------------------------------------------- demo data

  /** Whether any week is saved, so that the demo leaves a database in use alone. */
  @Transactional(readOnly = true)
  public boolean anySaved() {
    return sheets.count() > 0;
  }

  /** The people booked on approved requests, by user, with those requests' ids (for the demo). */
  @Transactional(readOnly = true)
  public Map<Long, List<Long>> bookedUsers() {
    Map<Long, List<Long>> byUser = new TreeMap<>();
    for (ResourceRequest r : requests.findByStatusOrderById(RequestStatus.APPROVED)) {
      people
          .findById(r.getProposedPersonId())
          .filter(p -> p.getUserId() != null)
          .ifPresent(
              p -> byUser.computeIfAbsent(p.getUserId(), u -> new ArrayList<>()).add(r.getId()));
    }
    return byUser;
  }

  // ---------------------------------------------------------------- labour cost

  /**
   * The week's cost per project and month: each day's hours at the person's rate of that day (none
   * before their first rate), announced once per project and month with a stable id.
   */
  static List<TimesheetApproved> labourCosts(Timesheet sheet, PoolPerson person) {
    Map<String, BigDecimal[]> byProjectMonth = new TreeMap<>();
    for (TimesheetLine line : sheet.getLines()) {
      List<BigDecimal> hours = line.hours();
      for (int d = 0; d < 7; d++) {
        LocalDate day = sheet.getWeekStart().plusDays(d);
        BigDecimal h = hours.get(d);
        BigDecimal rate = person.rateOn(day).orElse(null);
        if (h.signum() == 0 || rate == null) {
          continue;
        }
        String key = line.projectId() + "|" + YearMonth.from(day);
        BigDecimal[] sum =
            byProjectMonth.computeIfAbsent(
                key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(h.multiply(rate));
        sum[1] = sum[1].add(h);
      }
    }
    List<TimesheetApproved> events = new ArrayList<>();
    byProjectMonth.forEach(
        (key, sum) -> {
          String[] parts = key.split("\\|");
          long projectId = Long.parseLong(parts[0]);
          BigDecimal amount = sum[0].setScale(2, RoundingMode.HALF_UP);
          if (amount.signum() > 0) {
            events.add(
                new TimesheetApproved(
                    "timesheet-" + sheet.getId() + "-project-" + projectId + "-" + parts[1],
                    projectId,
                    parts[1],
                    amount,
                    sum[1],
                    person.getId(),
                    person.getName(),
                    sheet.getWeekStart()));
          }
        });
    return events;
  }

  // ---------------------------------------------------------------- access

  private PoolPerson personOf(CurrentUser me) {
    return people
        .findByUserId(me.id())
        .orElseThrow(() -> new NotFoundException("Person of the pool for user", me.username()));
  }

  private Timesheet ownWeek(PoolPerson person, LocalDate start, long expectedVersion) {
    Optional<Timesheet> saved = sheets.findByPersonIdAndWeekStart(person.getId(), start);
    if (saved.isEmpty()) {
      if (expectedVersion != 0) {
        throw new StaleVersionException("Timesheet of " + start, expectedVersion, 0);
      }
      return new Timesheet(person.getId(), start, clock.instant());
    }
    requireVersion(saved.get(), expectedVersion);
    return saved.get();
  }

  private static void requireVersion(Timesheet sheet, long expectedVersion) {
    if (sheet.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Timesheet " + sheet.getId(), expectedVersion, sheet.getVersion());
    }
  }

  private static void requireNotOwn(PoolPerson person, CurrentUser viewer) {
    if (person.getUserId() != null && person.getUserId() == viewer.id()) {
      throw new AccessDeniedException("Nobody approves or returns their own timesheet.");
    }
  }

  /** The projects the caller manages among those that shared weeks are booked on. */
  private Set<Long> managedProjects(CurrentUser viewer) {
    List<Long> booked = sheets.bookedProjectIds(SHARED);
    if (booked.isEmpty()) {
      return Set.of();
    }
    return projects.visibleProjects(booked, viewer).values().stream()
        .filter(p -> p.managerId() != null && p.managerId() == viewer.id())
        .map(ProjectView::id)
        .collect(Collectors.toSet());
  }

  private Predicate<TimesheetLine> visibleLines(CurrentUser viewer) {
    if (ResourcesAccess.editsPool(viewer)) {
      return x -> true;
    }
    Set<Long> managed = managedProjects(viewer);
    return l -> managed.contains(l.projectId());
  }

  /** The week as the caller sees it, or "not found" when they may not see it. */
  private TimesheetView seen(Timesheet sheet, CurrentUser viewer) {
    PoolPerson person = people.findById(sheet.getPersonId()).orElseThrow();
    boolean own = person.getUserId() != null && person.getUserId() == viewer.id();
    if (own || ResourcesAccess.editsPool(viewer)) {
      return view(sheet, person, viewer, x -> true);
    }
    Predicate<TimesheetLine> lines = visibleLines(viewer);
    if (!SHARED.contains(sheet.getStatus()) || sheet.getLines().stream().noneMatch(lines)) {
      throw new NotFoundException("Timesheet", sheet.getId());
    }
    return view(sheet, person, viewer, lines);
  }

  private Page<TimesheetView> page(
      long personId,
      Set<TimesheetStatus> statuses,
      LocalDate week,
      int page,
      int size,
      CurrentUser viewer) {
    boolean all = ResourcesAccess.editsPool(viewer);
    Set<Long> managed = all ? Set.of() : managedProjects(viewer);
    Collection<Long> projectIds = managed.isEmpty() ? List.of(-1L) : managed;
    Sort sort =
        statuses.equals(EnumSet.of(TimesheetStatus.SUBMITTED))
            ? Sort.by(Sort.Order.asc("weekStart"), Sort.Order.asc("id"))
            : Sort.by(Sort.Order.desc("weekStart"), Sort.Order.desc("id"));
    Page<Timesheet> found =
        sheets.visible(
            all,
            personId,
            SHARED,
            projectIds,
            statuses,
            week == null,
            week == null ? LocalDate.of(2000, 1, 3) : week,
            Paging.request(page, size, sort));
    Map<Long, PoolPerson> persons =
        people
            .findAllById(found.getContent().stream().map(Timesheet::getPersonId).toList())
            .stream()
            .collect(Collectors.toMap(PoolPerson::getId, p -> p));
    return found.map(
        s -> {
          PoolPerson person = persons.get(s.getPersonId());
          boolean own = person.getUserId() != null && person.getUserId() == viewer.id();
          return view(
              s, person, viewer, own || all ? x -> true : l -> managed.contains(l.projectId()));
        });
  }

  // ---------------------------------------------------------------- lines

  private List<ResourceRequest> approvedRequests(PoolPerson person) {
    return requests.findByProposedPersonIdAndStatusIn(
        person.getId(), EnumSet.of(RequestStatus.APPROVED));
  }

  private List<TaskView> tasksOf(long projectId, CurrentUser me) {
    try {
      return planning.allTasks(projectId, null, me);
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  /** The lines with their targets found, or every line whose target is not the person's. */
  private List<TimesheetLine> resolve(
      List<TimesheetRules.Checked> lines, PoolPerson person, CurrentUser me) {
    Map<Long, ResourceRequest> approved =
        approvedRequests(person).stream().collect(Collectors.toMap(ResourceRequest::getId, r -> r));
    Set<Long> requested =
        approved.values().stream().map(ResourceRequest::getProjectId).collect(Collectors.toSet());
    Map<Long, Optional<ProjectView>> seenProjects = new HashMap<>();
    Map<Long, List<TaskView>> tasks = new HashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    List<TimesheetLine> resolved = new ArrayList<>();
    for (TimesheetRules.Checked line : lines) {
      String at = "lines[" + line.index() + "]";
      String n = "Line " + (line.index() + 1) + ": ";
      if (line.requestId() != null) {
        ResourceRequest r = approved.get(line.requestId());
        if (r == null) {
          problems.add(
              new FieldProblem(
                  at + ".requestId",
                  n + "request " + line.requestId() + " is not an approved request of yours."));
        } else if (line.taskId() != null
            || (line.projectId() != null && line.projectId() != r.getProjectId())) {
          problems.add(
              new FieldProblem(at, n + "book on a request or on a task of a project, not both."));
        } else {
          resolved.add(
              TimesheetLine.of(r.getProjectId(), r.getId(), null, line.activity(), line.hours()));
        }
        continue;
      }
      long projectId = line.projectId();
      Optional<ProjectView> project =
          seenProjects.computeIfAbsent(projectId, id -> projects.visibleProject(id, me));
      if (project.isEmpty()) {
        problems.add(
            new FieldProblem(at + ".projectId", n + "there is no project " + projectId + "."));
        continue;
      }
      ProjectView p = project.get();
      boolean worksOn =
          requested.contains(projectId)
              || (p.managerId() != null && p.managerId() == me.id())
              || p.members().stream().anyMatch(m -> m.userId() == me.id());
      if (!worksOn) {
        problems.add(
            new FieldProblem(
                at + ".projectId", n + "you do not work on project " + p.code() + "."));
        continue;
      }
      if (line.taskId() != null
          && tasks.computeIfAbsent(projectId, id -> tasksOf(id, me)).stream()
              .noneMatch(t -> t.id() == line.taskId())) {
        problems.add(
            new FieldProblem(
                at + ".taskId",
                n + "project " + p.code() + " has no task " + line.taskId() + " in its plan."));
        continue;
      }
      resolved.add(TimesheetLine.of(projectId, null, line.taskId(), line.activity(), line.hours()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return resolved;
  }

  // ---------------------------------------------------------------- views

  private static String requestLabel(ProjectView p, ResourceRequest r) {
    return p.code()
        + " · request "
        + r.getId()
        + " ("
        + r.getHoursPerWeek().stripTrailingZeros().toPlainString()
        + " h/week to "
        + r.getLastDay()
        + ")";
  }

  private TimesheetView view(
      Timesheet sheet, PoolPerson person, CurrentUser viewer, Predicate<TimesheetLine> shown) {
    List<TimesheetLine> lines = sheet.getLines().stream().filter(shown).toList();
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
                tasksOf(pid, viewer).forEach(t -> taskNames.put(t.id(), t.wbs() + " " + t.name())));
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

package org.cairnpmo.resources.timesheets.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
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
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.RequestStatus;
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
  private final TimesheetLines lines;
  private final TimesheetViews views;
  private final TimesheetNotices notices;
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
    return views.view(sheet, person, me, x -> true);
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
    sheet.replaceLines(lines.resolve(checked, start, person, me), clock.instant());
    return views.view(sheets.saveAndFlush(sheet), person, me, x -> true);
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
    return views.view(sheets.saveAndFlush(sheet), person, me, x -> true);
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
    Timesheet saved = sheets.saveAndFlush(sheet);
    notices.submitted(saved, person, me);
    return views.view(saved, person, me, x -> true);
  }

  /** What the caller may book hours on: their approved requests and their projects' tasks. */
  @Transactional(readOnly = true)
  public List<LineTarget> targets(CurrentUser me) {
    return lines.targets(personOf(me), me);
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
    sheet.approve(viewer.displayName(), clock.instant(), TimesheetLabourCosts.of(sheet, person));
    Timesheet saved = sheets.saveAndFlush(sheet);
    notices.approved(saved, person, viewer);
    return views.view(saved, person, viewer, visibleLines(viewer));
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
    Timesheet saved = sheets.saveAndFlush(sheet);
    notices.returned(saved, person, viewer);
    return views.view(saved, person, viewer, visibleLines(viewer));
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
  /**
   * Throws {@link NotFoundException} unless {@code viewer} sees the whole week, every line of it:
   * its person and the pool's editors. An approver who sees only their project's lines does not.
   */
  @Transactional(readOnly = true)
  public void requireWhole(long id, CurrentUser viewer) {
    Timesheet sheet = sheets.findById(id).orElseThrow(() -> new NotFoundException("Timesheet", id));
    PoolPerson person = people.findById(sheet.getPersonId()).orElseThrow();
    boolean own = person.getUserId() != null && person.getUserId() == viewer.id();
    if (!own && !ResourcesAccess.editsPool(viewer)) {
      throw new NotFoundException("Timesheet", id);
    }
  }

  private TimesheetView seen(Timesheet sheet, CurrentUser viewer) {
    PoolPerson person = people.findById(sheet.getPersonId()).orElseThrow();
    boolean own = person.getUserId() != null && person.getUserId() == viewer.id();
    if (own || ResourcesAccess.editsPool(viewer)) {
      return views.view(sheet, person, viewer, x -> true);
    }
    Predicate<TimesheetLine> shown = visibleLines(viewer);
    if (!SHARED.contains(sheet.getStatus()) || sheet.getLines().stream().noneMatch(shown)) {
      throw new NotFoundException("Timesheet", sheet.getId());
    }
    return views.view(sheet, person, viewer, shown);
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
    Map<Long, Predicate<TimesheetLine>> shown = new HashMap<>();
    List<TimesheetLine> shownLines = new ArrayList<>();
    for (Timesheet s : found.getContent()) {
      PoolPerson person = persons.get(s.getPersonId());
      boolean own = person.getUserId() != null && person.getUserId() == viewer.id();
      Predicate<TimesheetLine> lines =
          own || all ? x -> true : l -> managed.contains(l.projectId());
      shown.put(s.getId(), lines);
      s.getLines().stream().filter(lines).forEach(shownLines::add);
    }
    TimesheetViews.Names names = views.names(shownLines, viewer);
    return found.map(
        s -> views.view(s, persons.get(s.getPersonId()), viewer, shown.get(s.getId()), names));
  }
}

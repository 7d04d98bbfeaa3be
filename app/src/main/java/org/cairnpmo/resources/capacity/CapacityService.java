package org.cairnpmo.resources.capacity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.engine.staffing.Absence;
import org.cairnpmo.engine.staffing.Booking;
import org.cairnpmo.engine.staffing.Capacity;
import org.cairnpmo.engine.staffing.CapacityGrid;
import org.cairnpmo.engine.staffing.DateRange;
import org.cairnpmo.engine.staffing.Horizon;
import org.cairnpmo.engine.staffing.PersonCalendar;
import org.cairnpmo.engine.staffing.WorkWeek;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.planning.WorkingPeriod;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.portfolio.PortfolioScenarios;
import org.cairnpmo.portfolio.ScenarioDemand;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.capacity.CapacityData.Demand;
import org.cairnpmo.resources.capacity.CapacityData.Member;
import org.cairnpmo.resources.capacity.CapacityQuery.GroupBy;
import org.cairnpmo.resources.capacity.CapacityQuery.PeriodKind;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity against demand for the whole pool. Capacity per person and day is the engine's ({@link
 * Capacity}): hours per week × part time, shaped by the person's own week or the organization
 * calendar's weekdays, zero on the calendar's holidays, outside the availability period and on
 * absences. Demand is the requests: accepted and approved ones book their person, the others are
 * requested, each spread over the days like a booking of the engine; plan tasks' requirements that
 * no request covers are requested too ({@link PlanLoad}). The requests and tasks of projects the
 * caller may not see still count, merged into one "other commitments" cause per row, so a person's
 * load reads the same to everyone. A what-if adds a selection scenario's proposals per role ({@link
 * ScenarioLoad}).
 */
@Service
public class CapacityService {

  /** Load under this share of capacity puts a person on the bench. */
  static final int BENCH_BELOW_PERCENT = 50;

  /** How the staffing grid names a person of the pool: the prefix of their id. */
  public static final String STAFFING_KEY = "person#";

  /** The engine's calendar for demand that names a role but no person. */
  private static final String ORGANIZATION = "organization";

  /** Rows of roles the what-if's proposals name that the catalog does not know. */
  static final String UNMAPPED = "role:unmapped:";

  private final CapacityReader reader;
  private final PlanningApi planning;
  private final ProjectsApi projects;
  private final OrganizationApi organization;
  private final PortfolioScenarios scenarios;

  CapacityService(
      CapacityReader reader,
      PlanningApi planning,
      ProjectsApi projects,
      OrganizationApi organization,
      PortfolioScenarios scenarios) {
    this.reader = reader;
    this.planning = planning;
    this.projects = projects;
    this.organization = organization;
    this.scenarios = scenarios;
  }

  /** Who may look at capacity: whoever staffs, governs or manages projects. */
  public static boolean seesCapacity(CurrentUser user) {
    return user.hasAnyRole(
        Role.RESOURCE_MANAGER, Role.PMO, Role.ADMIN, Role.EXECUTIVE, Role.PROJECT_MANAGER);
  }

  @Transactional(readOnly = true)
  public CapacityReport report(CapacityQuery query, CurrentUser viewer) {
    return report(query, null, viewer);
  }

  /**
   * The grid with the demand of selection scenario {@code scenarioId}'s proposals added (none when
   * null). A scenario the viewer may not read answers like a missing one.
   *
   * @throws NotFoundException when there is no such scenario for the viewer
   */
  @Transactional(readOnly = true)
  public CapacityReport report(CapacityQuery query, Long scenarioId, CurrentUser viewer) {
    if (!seesCapacity(viewer)) {
      throw new AccessDeniedException(
          "Capacity is for resource managers, project managers, the PMO, executives and"
              + " administrators");
    }
    ScenarioDemand scenario =
        scenarioId == null
            ? null
            : scenarios
                .demand(scenarioId, viewer)
                .orElseThrow(() -> new NotFoundException("Scenario", scenarioId));
    Horizon horizon = query.horizon();
    CapacityData data = reader.read(query.from(), query.to());
    CalendarView calendar = planning.organizationCalendar();
    OrganizationWeek organizationWeek = new OrganizationWeek(calendar);
    double[] week = organizationWeek.days();
    Set<LocalDate> holidays = holidays(calendar, query.from(), query.to());
    List<PersonCalendar> calendars = calendars(data, week, holidays, query);
    calendars.add(
        new PersonCalendar(
            ORGANIZATION,
            workWeek(week, 40),
            100,
            holidays,
            List.of(new DateRange(query.from(), query.to())),
            List.of()));
    CapacityGrid grid = Capacity.compute(horizon, calendars, List.of());

    Map<Long, String> departments = new HashMap<>();
    for (DepartmentSummary d : organization.departments()) {
      departments.put(d.id(), d.name());
    }
    List<Demand> demand = new ArrayList<>(data.requests());
    demand.addAll(
        PlanLoad.uncovered(
            planning.taskDemandBetween(query.from(), query.to()), data, organizationWeek.hours()));
    Set<Long> projectIds = new HashSet<>();
    demand.forEach(r -> projectIds.add(r.projectId()));
    Map<Long, ProjectView> visible =
        projectIds.isEmpty() ? Map.of() : projects.visibleProjects(projectIds, viewer);

    List<CapacityReport.Period> periods = periods(horizon, query);
    CapacityRows.Grouping grouping =
        new CapacityRows.Grouping(
            query,
            data,
            departments,
            grid,
            periods.stream().map(CapacityReport.Period::start).toList(),
            scenario != null);
    Map<Long, Member> byId = new HashMap<>();
    data.people().forEach(m -> byId.put(m.id(), m));
    for (Demand r : demand) {
      LocalDate first = r.firstDay().isBefore(query.from()) ? query.from() : r.firstDay();
      LocalDate last = r.lastDay().isAfter(query.to()) ? query.to() : r.lastDay();
      if (last.isBefore(first)) {
        continue;
      }
      Member person = r.personId() == null ? null : byId.get(r.personId());
      double[] hours =
          grid.demandOf(person == null ? ORGANIZATION : key(person), first, last, r.hoursPerWeek());
      ProjectView project = visible.get(r.projectId());
      grouping.add(r, person, hours, project);
    }
    CapacityReport.WhatIf whatIf =
        scenario == null
            ? null
            : ScenarioLoad.add(
                scenario,
                data,
                organizationWeek,
                query,
                (first, last, hoursPerWeek) ->
                    grid.demandOf(ORGANIZATION, first, last, hoursPerWeek),
                grouping::addScenario);
    return new CapacityReport(
        query.from(),
        query.to(),
        query.weeks(),
        query.groupBy(),
        query.period(),
        periods,
        grouping.rows(),
        grouping.bench(),
        whatIf);
  }

  /** The selection scenarios {@code viewer} may add as a what-if; none for most people. */
  public List<ScenarioDemand.Summary> scenarios(CurrentUser viewer) {
    return scenarios.readable(viewer);
  }

  /**
   * The engine's grid of the whole pool for staffing: {@code weeks} weeks from {@code monday},
   * capacity as on the heat map, and as demand every request that holds a person (proposed,
   * accepted or approved: a person proposed is not free for another request until declined). A
   * person is {@code person#<id>} in the grid and a booking {@code request#<id>}, so the engine's
   * explanations can be given names. Requests still waiting for a person hold nobody.
   */
  @Transactional(readOnly = true)
  public CapacityGrid commitments(LocalDate monday, int weeks) {
    CapacityQuery window = new CapacityQuery(monday, weeks, GroupBy.PERSON, PeriodKind.WEEK);
    CapacityData data = reader.read(window.from(), window.to());
    CalendarView calendar = planning.organizationCalendar();
    double[] week = weekdayHours(calendar);
    Set<LocalDate> holidays = holidays(calendar, window.from(), window.to());
    List<PersonCalendar> calendars = new ArrayList<>(data.people().size());
    for (PersonCalendar c : calendars(data, week, holidays, window)) {
      calendars.add(
          new PersonCalendar(
              STAFFING_KEY + c.personId(),
              c.week(),
              c.partTimePercent(),
              c.holidays(),
              c.availability(),
              c.absences()));
    }
    List<Booking> bookings = new ArrayList<>();
    for (Demand r : data.requests()) {
      if (r.personId() != null && r.status() != RequestStatus.REQUESTED) {
        bookings.add(
            new Booking(
                "request#" + r.id(),
                STAFFING_KEY + r.personId(),
                r.firstDay(),
                r.lastDay(),
                r.hoursPerWeek()));
      }
    }
    return Capacity.compute(window.horizon(), calendars, bookings);
  }

  // ---------------------------------------------------------------- calendars

  /** One calendar per person of the pool, with room for one more. */
  private static List<PersonCalendar> calendars(
      CapacityData data, double[] week, Set<LocalDate> holidays, CapacityQuery window) {
    List<PersonCalendar> calendars = new ArrayList<>(data.people().size() + 1);
    for (Member m : data.people()) {
      calendars.add(calendar(m, week, holidays, window));
    }
    return calendars;
  }

  /** Hours of each weekday in the organization's calendar, Monday first. */
  static double[] weekdayHours(CalendarView calendar) {
    double[] week = new double[7];
    for (WeekdayHours day : calendar.week()) {
      week[day.day().getValue() - 1] = hours(day.hours());
    }
    double total = 0;
    for (double h : week) {
      total += h;
    }
    return total > 0 ? week : new double[] {8, 8, 8, 8, 8, 0, 0};
  }

  private static double hours(List<WorkingPeriod> periods) {
    double sum = 0;
    for (WorkingPeriod p : periods) {
      Duration d =
          p.to().equals(LocalTime.MIDNIGHT)
              ? Duration.between(p.from(), LocalTime.MAX).plusNanos(1)
              : Duration.between(p.from(), p.to());
      sum += Math.max(0, d.toMinutes()) / 60.0;
    }
    return Math.min(24, sum);
  }

  /** The calendar's days without work inside the window. */
  static Set<LocalDate> holidays(CalendarView calendar, LocalDate from, LocalDate to) {
    Set<LocalDate> days = new HashSet<>();
    for (CalendarException e : calendar.exceptions()) {
      if (e.working()) {
        continue;
      }
      LocalDate d = e.firstDay().isBefore(from) ? from : e.firstDay();
      LocalDate last = e.lastDay().isAfter(to) ? to : e.lastDay();
      for (; !d.isAfter(last); d = d.plusDays(1)) {
        days.add(d);
      }
    }
    return days;
  }

  /**
   * The engine's calendar of one person: the week's shape (their own, else the organization's)
   * scaled to their hours per week, part time, availability cut to the window, absences, and the
   * organization's holidays.
   */
  static PersonCalendar calendar(
      Member m, double[] organizationWeek, Set<LocalDate> holidays, CapacityQuery query) {
    double[] shape = ownWeek(m.ownWeek());
    if (shape == null) {
      shape = organizationWeek;
    }
    LocalDate first = max(m.availableFrom(), query.from());
    LocalDate last =
        m.availableUntil() == null || m.availableUntil().isAfter(query.to())
            ? query.to()
            : m.availableUntil();
    boolean works = m.capacityHours() > 0 && !last.isBefore(first);
    // Nobody works outside a range that ends before the window: the engine's way of zero capacity.
    DateRange available =
        works
            ? new DateRange(first, last)
            : new DateRange(query.from().minusYears(1), query.from().minusYears(1));
    List<Absence> absences = new ArrayList<>(m.absences().size());
    for (CapacityData.Days a : m.absences()) {
      absences.add(Absence.wholeDays(a.first(), a.last()));
    }
    return new PersonCalendar(
        key(m),
        workWeek(shape, works ? m.capacityHours() : 40),
        m.partTimePercent(),
        holidays,
        List.of(available),
        absences);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || a.isBefore(b) ? b : a;
  }

  /** A week of {@code weeklyHours} shaped like {@code shape}; no day above 24 hours. */
  private static WorkWeek workWeek(double[] shape, double weeklyHours) {
    double total = 0;
    for (double h : shape) {
      total += h;
    }
    double[] d = new double[7];
    for (int i = 0; i < 7; i++) {
      d[i] = Math.min(24, shape[i] * weeklyHours / total);
    }
    return new WorkWeek(d[0], d[1], d[2], d[3], d[4], d[5], d[6]);
  }

  private static double[] ownWeek(String stored) {
    if (stored == null || stored.isBlank()) {
      return null;
    }
    String[] parts = stored.split(",");
    if (parts.length != 7) {
      return null;
    }
    double[] week = new double[7];
    double total = 0;
    for (int i = 0; i < 7; i++) {
      week[i] = Double.parseDouble(parts[i]);
      total += week[i];
    }
    return total > 0 ? week : null;
  }

  static String key(Member m) {
    return Long.toString(m.id());
  }

  private static List<CapacityReport.Period> periods(Horizon horizon, CapacityQuery query) {
    List<CapacityReport.Period> out = new ArrayList<>(horizon.periods());
    for (int k = 0; k < horizon.periods(); k++) {
      LocalDate start = horizon.periodStart(k);
      LocalDate end = horizon.periodEnd(k);
      String label =
          query.period() == PeriodKind.WEEK
              ? String.format(
                  Locale.ROOT,
                  "W%02d %d",
                  start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                  start.get(IsoFields.WEEK_BASED_YEAR))
              : start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                  + " "
                  + start.getYear();
      out.add(
          new CapacityReport.Period(
              start.isBefore(query.from()) ? query.from() : start,
              end.isAfter(query.to()) ? query.to() : end,
              label));
    }
    return out;
  }

  // ---------------------------------------------------------------- rows

}

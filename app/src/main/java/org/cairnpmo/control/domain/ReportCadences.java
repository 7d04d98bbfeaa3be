package org.cairnpmo.control.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's reporting cadence and the periods it makes: setting it, the period a new report
 * covers, the period one should most likely cover next, and the recent periods.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportCadences {

  private final StatusReportRepository reports;
  private final ReportingCadenceRepository cadences;
  private final ControlAccess access;
  private final Clock clock;

  /** The longest period a report may cover on a project without a cadence. */
  static final int MAX_AD_HOC_DAYS = 92;

  @Transactional(readOnly = true)
  public CadenceView cadence(long projectId, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    return cadenceView(
        project, cadences.findByProjectId(projectId).orElse(null), viewer, Today.on(clock));
  }

  /**
   * Sets or changes a project's cadence. {@code expectedVersion} names the version that was read;
   * it is needed to change an existing cadence and ignored when none is set yet.
   */
  @Transactional
  public CadenceView setCadence(
      long projectId, CadenceData data, Long expectedVersion, CurrentUser editor) {
    ProjectView project = access.openForReports(projectId, editor);
    LocalDate today = Today.on(clock);
    checkCadenceStart(data, project, today);
    Instant now = clock.instant();
    ReportingCadence cadence = cadences.findByProjectId(projectId).orElse(null);
    if (cadence == null) {
      cadence = ReportingCadence.set(projectId, data, today, editor.username(), now);
    } else {
      if (expectedVersion == null) {
        throw InvalidInputException.of(
            "version", "Say which version of the cadence you changed (its ETag or 'version').");
      }
      cadence.requireVersion(expectedVersion, "The reporting cadence of " + project.code());
      cadence.change(data, today, editor.username(), now);
    }
    cadences.saveAndFlush(cadence);
    return cadenceView(project, cadence, editor, today);
  }

  private CadenceView cadenceView(
      ProjectView project, ReportingCadence cadence, CurrentUser viewer, LocalDate today) {
    boolean editable = ControlAccess.mayReport(project, viewer) && ControlAccess.isOpen(project);
    if (cadence == null) {
      return new CadenceView(
          project.id(),
          null,
          null,
          CadenceData.DEFAULT_DUE_DAYS,
          null,
          List.of(),
          null,
          null,
          null,
          editable,
          null);
    }
    ReportSchedule schedule = cadence.schedule();
    Set<LocalDate> delivered =
        reports.findByProjectIdOrderByPeriodStartAsc(project.id()).stream()
            .filter(r -> r.getStatus().isDelivered())
            .map(StatusReport::getPeriodStart)
            .collect(Collectors.toSet());
    List<ReportPeriod> overdue =
        project.status() != ProjectStatus.ACTIVE
            ? List.of()
            : schedule.duePeriodsBefore(today).stream()
                .filter(p -> !delivered.contains(p.start()))
                .toList();
    return new CadenceView(
        project.id(),
        cadence.getCadence(),
        cadence.getStartsOn(),
        cadence.getDueDays(),
        schedule.current(today),
        overdue,
        cadence.getVersion(),
        cadence.getUpdatedAt(),
        cadence.getUpdatedBy(),
        editable,
        cadence.getId());
  }

  /** How far back a cadence may start: every period since then is due, and counted as overdue. */
  static final int CADENCE_YEARS_BACK = 2;

  /** How far ahead a cadence may start: further is a typing mistake, not a plan. */
  static final int CADENCE_YEARS_AHEAD = 1;

  /**
   * A cadence generates a reporting period for every week or month since its start, each of them
   * due and, when missing, overdue: its start is bounded so that one request cannot create
   * thousands of periods (a start in the year 1 made over 100,000).
   */
  static void checkCadenceStart(CadenceData data, ProjectView project, LocalDate today) {
    LocalDate start = data.startsOn();
    if (start == null) {
      return;
    }
    LocalDate earliest = today.minusYears(CADENCE_YEARS_BACK);
    // From the first period of the planned start: a monthly cadence starts on the 1st.
    LocalDate projectStart =
        project.plannedStart() == null || data.cadence() == null
            ? project.plannedStart()
            : data.cadence().anchor(project.plannedStart());
    if (projectStart != null && projectStart.isAfter(earliest)) {
      earliest = projectStart;
    }
    LocalDate latest = today.plusYears(CADENCE_YEARS_AHEAD);
    if (latest.isBefore(earliest)) {
      latest = earliest.plusYears(CADENCE_YEARS_AHEAD);
    }
    if (start.isBefore(earliest) || start.isAfter(latest)) {
      throw InvalidInputException.of(
          "startsOn",
          "Start reporting between "
              + earliest
              + " and "
              + latest
              + ": not before the project's planned start, at most "
              + CADENCE_YEARS_BACK
              + " years back and "
              + CADENCE_YEARS_AHEAD
              + " year ahead.");
    }
  }

  /** The period a new report covers: the cadence's period, or the one given on an ad hoc basis. */
  ReportPeriod periodFor(ProjectView project, StatusReportData data, LocalDate today) {
    if (data.periodStart() == null) {
      throw InvalidInputException.of("periodStart", "Choose the period the report covers.");
    }
    Optional<ReportingCadence> cadence = cadences.findByProjectId(project.id());
    ReportPeriod period;
    if (cadence.isPresent()) {
      ReportSchedule schedule = cadence.get().schedule();
      period =
          schedule
              .periodContaining(data.periodStart())
              .orElseThrow(
                  () ->
                      InvalidInputException.of(
                          "periodStart",
                          "The project reports from "
                              + schedule.anchor()
                              + "; choose a period from then on."));
    } else {
      List<FieldProblem> problems = new ArrayList<>();
      if (data.periodEnd() == null) {
        problems.add(
            new FieldProblem(
                "periodEnd",
                "Enter the period's last day (the project has no reporting cadence yet)."));
      } else if (data.periodEnd().isBefore(data.periodStart())) {
        problems.add(new FieldProblem("periodEnd", "The period cannot end before it starts."));
      } else if (ChronoUnit.DAYS.between(data.periodStart(), data.periodEnd()) >= MAX_AD_HOC_DAYS) {
        problems.add(
            new FieldProblem("periodEnd", "A report covers at most " + MAX_AD_HOC_DAYS + " days."));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      period =
          new ReportPeriod(
              data.periodStart(),
              data.periodEnd(),
              data.periodEnd().plusDays(CadenceData.DEFAULT_DUE_DAYS));
    }
    if (period.start().isAfter(today)) {
      throw InvalidInputException.of("periodStart", "This period has not started yet.");
    }
    return period;
  }

  /**
   * The period a new report should most likely cover: the oldest overdue one without any report,
   * else the latest ended one without a report, else the current one; without a cadence, the last
   * seven days.
   */
  @Transactional(readOnly = true)
  public ReportPeriod suggestedPeriod(long projectId, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    LocalDate today = Today.on(clock);
    Optional<ReportingCadence> cadence = cadences.findByProjectId(project.id());
    if (cadence.isEmpty()) {
      return new ReportPeriod(
          today.minusDays(6), today, today.plusDays(CadenceData.DEFAULT_DUE_DAYS));
    }
    ReportSchedule schedule = cadence.get().schedule();
    Set<LocalDate> reported =
        reports.findByProjectIdOrderByPeriodStartAsc(project.id()).stream()
            .map(StatusReport::getPeriodStart)
            .collect(Collectors.toSet());
    List<ReportPeriod> ended = schedule.endedBy(today);
    return ended.stream()
        .filter(p -> p.isOverdueOn(today) && !reported.contains(p.start()))
        .findFirst()
        .or(
            () -> {
              List<ReportPeriod> open =
                  ended.stream().filter(p -> !reported.contains(p.start())).toList();
              return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
            })
        .orElseGet(() -> schedule.current(today));
  }

  /** The cadence periods of a project from {@code count} periods back up to the current one. */
  @Transactional(readOnly = true)
  public List<ReportPeriod> recentPeriods(long projectId, int count, CurrentUser viewer) {
    access.project(projectId, viewer);
    Optional<ReportingCadence> cadence = cadences.findByProjectId(projectId);
    if (cadence.isEmpty()) {
      return List.of();
    }
    ReportSchedule schedule = cadence.get().schedule();
    LocalDate today = Today.on(clock);
    long current = schedule.cadence().indexOf(schedule.anchor(), today);
    List<ReportPeriod> periods = new ArrayList<>();
    for (long i = current; i >= 0 && i > current - count; i--) {
      periods.add(schedule.period(i));
    }
    return periods;
  }
}

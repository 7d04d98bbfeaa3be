package org.cairnpmo.control.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cairnpmo.control.ProjectControlChanged;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.control.StatusReportView.EventView;
import org.cairnpmo.control.StatusReportView.RatingView;
import org.cairnpmo.control.Trend;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status reporting use cases: a project's cadence, the suggested ratings, writing, submitting and
 * reviewing reports, a project's history with the trend of each rating, and the overdue reports.
 * Only active projects owe reports.
 */
@Service
public class StatusReportService {

  /** The longest period a report may cover on a project without a cadence. */
  static final int MAX_AD_HOC_DAYS = 92;

  private static final ZoneId ZONE = ZoneId.systemDefault();

  private final StatusReportRepository reports;
  private final ReportingCadenceRepository cadences;
  private final ReportReminderRepository reminders;
  private final RatingRuleService rules;
  private final StatusMetricsService metrics;
  private final ControlAccess access;
  private final ApplicationEventPublisher events;

  StatusReportService(
      StatusReportRepository reports,
      ReportingCadenceRepository cadences,
      ReportReminderRepository reminders,
      RatingRuleService rules,
      StatusMetricsService metrics,
      ControlAccess access,
      ApplicationEventPublisher events) {
    this.reports = reports;
    this.cadences = cadences;
    this.reminders = reminders;
    this.rules = rules;
    this.metrics = metrics;
    this.access = access;
    this.events = events;
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  // ---------------------------------------------------------------- cadence

  @Transactional(readOnly = true)
  public CadenceView cadence(long projectId, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    return cadenceView(project, cadences.findByProjectId(projectId).orElse(null), viewer, today());
  }

  /**
   * Sets or changes a project's cadence. {@code expectedVersion} names the version that was read;
   * it is needed to change an existing cadence and ignored when none is set yet.
   */
  @Transactional
  public CadenceView setCadence(
      long projectId, CadenceData data, Long expectedVersion, CurrentUser editor) {
    ProjectView project = access.project(projectId, editor);
    ControlAccess.requireReporter(project, editor);
    ControlAccess.requireOpen(project);
    LocalDate today = today();
    checkCadenceStart(data, project, today);
    Instant now = Instant.now();
    ReportingCadence cadence = cadences.findByProjectId(projectId).orElse(null);
    if (cadence == null) {
      cadence = ReportingCadence.set(projectId, data, today, editor.username(), now);
    } else {
      if (expectedVersion == null) {
        throw InvalidInputException.of(
            "version", "Say which version of the cadence you changed (its ETag or 'version').");
      }
      if (cadence.getVersion() != expectedVersion) {
        throw new StaleVersionException(
            "The reporting cadence of " + project.code(), expectedVersion, cadence.getVersion());
      }
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
          editable);
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
        editable);
  }

  // ---------------------------------------------------------------- suggestions

  @Transactional(readOnly = true)
  public SuggestedRatings suggestions(long projectId, CurrentUser viewer) {
    return suggest(access.project(projectId, viewer), today());
  }

  private SuggestedRatings suggest(ProjectView project, LocalDate today) {
    return rules.suggest(metrics.measure(project, today));
  }

  // ---------------------------------------------------------------- reading

  /** A project's reports, newest period first, each with the trend against the previous one. */
  @Transactional(readOnly = true)
  public Page<StatusReportView> list(
      long projectId, ReportStatus status, int page, int size, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    PageRequest request =
        Paging.request(
            page,
            size,
            org.springframework.data.domain.Sort.by("periodStart")
                .descending()
                .and(org.springframework.data.domain.Sort.by("id").descending()));
    Page<StatusReport> found =
        status == null
            ? reports.findByProjectId(projectId, request)
            : reports.findByProjectIdAndStatus(projectId, status, request);
    if (found.isEmpty()) {
      return found.map(r -> (StatusReportView) null);
    }
    // The trend compares each report with the delivered one before it, which may be on another
    // page or left out by the filter: read the delivered reports from the one before this page's
    // oldest up to its newest.
    List<StatusReport> ascending = new ArrayList<>(found.getContent());
    Collections.reverse(ascending);
    LocalDate oldest = ascending.get(0).getPeriodStart();
    LocalDate newest = ascending.get(ascending.size() - 1).getPeriodStart();
    TreeMap<LocalDate, StatusReport> delivered = new TreeMap<>();
    reports
        .findFirstByProjectIdAndStatusInAndPeriodStartLessThanOrderByPeriodStartDesc(
            projectId, DELIVERED, oldest)
        .ifPresent(r -> delivered.put(r.getPeriodStart(), r));
    reports
        .findByProjectIdAndStatusInAndPeriodStartBetween(projectId, DELIVERED, oldest, newest)
        .forEach(r -> delivered.put(r.getPeriodStart(), r));
    LocalDate today = today();
    Map<Long, StatusReportView> byId = new HashMap<>();
    for (StatusReport report : ascending) {
      Map.Entry<LocalDate, StatusReport> before = delivered.lowerEntry(report.getPeriodStart());
      byId.put(
          report.getId(),
          view(project, report, before == null ? null : before.getValue(), viewer, today));
    }
    return found.map(r -> byId.get(r.getId()));
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

  private static final Set<ReportStatus> DELIVERED =
      EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.REVIEWED);

  @Transactional(readOnly = true)
  public StatusReportView get(long projectId, long reportId, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    return views(project, reports.findByProjectIdOrderByPeriodStartAsc(projectId), viewer, today())
        .stream()
        .filter(r -> r.id() == reportId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Status report", reportId));
  }

  /** The latest submitted or reviewed report of the project, if any. */
  @Transactional(readOnly = true)
  public Optional<StatusReportView> latest(long projectId, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    return views(project, reports.findByProjectIdOrderByPeriodStartAsc(projectId), viewer, today())
        .stream()
        .filter(r -> r.status().isDelivered())
        .findFirst();
  }

  /** Submitted reports waiting for the PMO, oldest submission first (empty for others). */
  @Transactional(readOnly = true)
  public List<StatusReportView> awaitingReview(CurrentUser viewer) {
    return awaitingReview(viewer, Integer.MAX_VALUE);
  }

  /** The {@code limit} oldest submitted reports waiting for the PMO (empty for others). */
  @Transactional(readOnly = true)
  public List<StatusReportView> awaitingReview(CurrentUser viewer, int limit) {
    if (!ControlAccess.mayReview(viewer)) {
      return List.of();
    }
    // Reviewers see every project, so the oldest ones are the ones shown.
    List<StatusReport> shown =
        limit == Integer.MAX_VALUE
            ? reports.findByStatusOrderBySubmittedAtAsc(ReportStatus.SUBMITTED)
            : reports.findByStatusOrderBySubmittedAtAscIdAsc(
                ReportStatus.SUBMITTED, org.springframework.data.domain.Limit.of(limit));
    return viewsOf(shown, viewer).stream()
        .sorted(Comparator.comparing(StatusReportView::submittedAt))
        .toList();
  }

  /** One page of the submitted reports waiting for the PMO, oldest first (empty for others). */
  @Transactional(readOnly = true)
  public Page<StatusReportView> awaitingReview(CurrentUser viewer, int page, int size) {
    PageRequest request =
        Paging.request(
            page, size, org.springframework.data.domain.Sort.by("submittedAt", "id").ascending());
    if (!ControlAccess.mayReview(viewer)) {
      return Page.empty(request);
    }
    Page<StatusReport> found = reports.findByStatus(ReportStatus.SUBMITTED, request);
    return new PageImpl<>(viewsOf(found.getContent(), viewer), request, found.getTotalElements());
  }

  /** How many submitted reports wait for the PMO (0 for others). */
  @Transactional(readOnly = true)
  public long awaitingReviewCount(CurrentUser viewer) {
    return ControlAccess.mayReview(viewer) ? reports.countByStatus(ReportStatus.SUBMITTED) : 0;
  }

  /**
   * The given reports as {@code viewer} may see them (others are left out), each with its trend:
   * only the wanted reports are turned into views, so that their projects' other reports cost
   * nothing but the one query that reads them.
   */
  private List<StatusReportView> viewsOf(List<StatusReport> wanted, CurrentUser viewer) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    Set<Long> projectIds =
        wanted.stream().map(StatusReport::getProjectId).collect(Collectors.toSet());
    Map<Long, List<StatusReport>> byProject =
        reports.findByProjectIdInOrderByPeriodStartAsc(projectIds).stream()
            .collect(Collectors.groupingBy(StatusReport::getProjectId));
    Map<Long, ProjectView> visible = access.visibleProjects(projectIds, viewer);
    List<StatusReportView> result = new ArrayList<>();
    LocalDate today = today();
    for (StatusReport report : wanted) {
      ProjectView project = visible.get(report.getProjectId());
      if (project == null) {
        continue;
      }
      StatusReport previous = null;
      for (StatusReport r : byProject.getOrDefault(report.getProjectId(), List.of())) {
        if (r.getId().equals(report.getId())) {
          break;
        }
        if (r.getStatus().isDelivered()) {
          previous = r;
        }
      }
      result.add(view(project, report, previous, viewer, today));
    }
    return result;
  }

  // ---------------------------------------------------------------- writing

  /** Starts a report (and submits it at once when {@code submit}); all or nothing. */
  @Transactional
  public StatusReportView create(
      long projectId, StatusReportData data, boolean submit, CurrentUser author) {
    ProjectView project = access.project(projectId, author);
    ControlAccess.requireReporter(project, author);
    ControlAccess.requireOpen(project);
    LocalDate today = today();
    ReportPeriod period = periodFor(project, data, today);
    if (reports.existsByProjectIdAndPeriodStart(projectId, period.start())) {
      throw new BusinessRuleException(
          "report-exists",
          "There already is a report for the period starting "
              + period.start()
              + "; open it instead of starting another.");
    }
    Instant now = Instant.now();
    StatusReport report =
        StatusReport.draft(
            projectId, period, data, suggest(project, today), author.username(), now);
    if (submit) {
      report.submit(author.username(), now);
    }
    report = reports.saveAndFlush(report);
    if (submit) {
      reportChanged(projectId);
    }
    return get(projectId, report.getId(), author);
  }

  /** Changes a draft (its period stays) and submits it when {@code submit}; all or nothing. */
  @Transactional
  public StatusReportView update(
      long projectId,
      long reportId,
      StatusReportData data,
      long expectedVersion,
      boolean submit,
      CurrentUser author) {
    ProjectView project = access.project(projectId, author);
    ControlAccess.requireReporter(project, author);
    ControlAccess.requireOpen(project);
    StatusReport report = find(projectId, reportId, expectedVersion);
    Instant now = Instant.now();
    report.revise(data, suggest(project, today()), author.username(), now);
    if (submit) {
      report.submit(author.username(), now);
    }
    reports.saveAndFlush(report);
    if (submit) {
      reportChanged(projectId);
    }
    return get(projectId, reportId, author);
  }

  @Transactional
  public StatusReportView submit(
      long projectId, long reportId, long expectedVersion, CurrentUser author) {
    ProjectView project = access.project(projectId, author);
    ControlAccess.requireReporter(project, author);
    ControlAccess.requireOpen(project);
    StatusReport report = find(projectId, reportId, expectedVersion);
    report.submit(author.username(), Instant.now());
    reports.saveAndFlush(report);
    reportChanged(projectId);
    return get(projectId, reportId, author);
  }

  @Transactional
  public StatusReportView review(
      long projectId, long reportId, ReviewData data, long expectedVersion, CurrentUser reviewer) {
    access.project(projectId, reviewer);
    if (!ControlAccess.mayReview(reviewer)) {
      throw new AccessDeniedException("Only the PMO reviews status reports");
    }
    StatusReport report = find(projectId, reportId, expectedVersion);
    Instant now = Instant.now();
    if (data.outcome() == ReviewData.Outcome.RETURNED) {
      report.returnToDraft(data.comment(), reviewer.username(), now);
    } else {
      report.review(data.comment(), reviewer.username(), now);
    }
    reports.saveAndFlush(report);
    reportChanged(projectId);
    return get(projectId, reportId, reviewer);
  }

  /** Read models (the portfolio dashboard) refresh the project once the change commits. */
  private void reportChanged(long projectId) {
    events.publishEvent(new ProjectControlChanged(projectId, "report"));
  }

  private StatusReport find(long projectId, long reportId, long expectedVersion) {
    StatusReport report =
        reports
            .findByIdAndProjectId(reportId, projectId)
            .orElseThrow(() -> new NotFoundException("Status report", reportId));
    if (report.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Status report " + reportId, expectedVersion, report.getVersion());
    }
    return report;
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
    LocalDate today = today();
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

  // ---------------------------------------------------------------- overdue

  /** Overdue reports of the active projects {@code viewer} may see; of one manager if given. */
  @Transactional(readOnly = true)
  public List<OverdueReport> overdue(CurrentUser viewer, Long managerId) {
    return overdueOf(
        access.visibleProjectIds(viewer, EnumSet.of(ProjectStatus.ACTIVE), managerId),
        viewer,
        today());
  }

  /** Overdue reports of every active project, as on {@code today} (for the reminder job). */
  @Transactional(readOnly = true)
  public List<OverdueReport> overdueEverywhere(LocalDate today) {
    return overdueOf(
        access.visibleProjectIds(ControlAccess.SYSTEM, EnumSet.of(ProjectStatus.ACTIVE)),
        ControlAccess.SYSTEM,
        today);
  }

  /** One page (by due date, then project code) of the overdue reports {@code viewer} may see. */
  @Transactional(readOnly = true)
  public Page<OverdueReport> overduePage(CurrentUser viewer, Long managerId, int page, int size) {
    // Computed from the cadences, not stored: the one list of the module paged in memory.
    return Paging.slice(overdue(viewer, managerId), Paging.request(page, size));
  }

  /**
   * The database counts, per project, the delivered reports of periods already due; only the
   * projects with fewer of them than due periods (usually few) are read in full, with their reports
   * and reminders, to name the missing periods; the rest are known by id alone. Reports written
   * under a cadence cover its periods exactly, which is what makes the count a fair test.
   */
  private List<OverdueReport> overdueOf(Set<Long> projectIds, CurrentUser viewer, LocalDate today) {
    if (projectIds.isEmpty()) {
      return List.of();
    }
    List<CadenceDelivery> shortfalls = new ArrayList<>();
    for (List<Long> chunk : InLists.chunks(projectIds)) {
      for (CadenceDelivery d : cadences.deliveries(chunk, today)) {
        if (d.fallsShort(today)) {
          shortfalls.add(d);
        }
      }
    }
    if (shortfalls.isEmpty()) {
      return List.of();
    }
    List<Long> shortIds = shortfalls.stream().map(CadenceDelivery::projectId).toList();
    // Only the projects that fall short are read in full, for their codes and names.
    Map<Long, ProjectView> projects = access.visibleProjects(shortIds, viewer);
    Map<Long, Map<LocalDate, PeriodStatus>> statuses = new HashMap<>();
    Map<String, Instant> sent = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(shortIds)) {
      for (PeriodStatus s : reports.periodStatuses(chunk)) {
        statuses.computeIfAbsent(s.projectId(), id -> new HashMap<>()).put(s.periodStart(), s);
      }
      for (ReportReminder r : reminders.findByProjectIdIn(chunk)) {
        sent.put(r.getProjectId() + "/" + r.getPeriodStart(), r.getSentAt());
      }
    }
    List<OverdueReport> overdue = new ArrayList<>();
    for (CadenceDelivery cadence : shortfalls) {
      ProjectView project = projects.get(cadence.projectId());
      if (project == null || project.status() != ProjectStatus.ACTIVE) {
        continue;
      }
      Map<LocalDate, PeriodStatus> byPeriod =
          statuses.getOrDefault(project.id(), Collections.emptyMap());
      for (ReportPeriod period : cadence.schedule().duePeriodsBefore(today)) {
        PeriodStatus status = byPeriod.get(period.start());
        if (status != null && status.status().isDelivered()) {
          continue;
        }
        overdue.add(
            new OverdueReport(
                project.id(),
                project.code(),
                project.name(),
                project.managerId(),
                project.managerName(),
                cadence.cadence(),
                period.start(),
                period.end(),
                period.due(),
                ChronoUnit.DAYS.between(period.due(), today),
                status == null ? null : status.reportId(),
                sent.get(project.id() + "/" + period.start())));
      }
    }
    overdue.sort(
        Comparator.comparing(OverdueReport::dueDate).thenComparing(OverdueReport::projectCode));
    return overdue;
  }

  /** The periods under way on the active projects {@code manager} manages that have a cadence. */
  @Transactional(readOnly = true)
  public List<DueReport> currentPeriods(CurrentUser manager) {
    Map<Long, ProjectView> mine =
        access.visibleProjects(manager, EnumSet.of(ProjectStatus.ACTIVE), manager.id());
    LocalDate today = today();
    List<DueReport> due = new ArrayList<>();
    if (mine.isEmpty()) {
      return due;
    }
    // A manager of hundreds of projects costs two queries per thousand projects, not one each.
    Map<Long, ReportingCadence> cadenceOf = new HashMap<>();
    Map<Long, ReportPeriod> periodOf = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(mine.keySet())) {
      for (ReportingCadence cadence : cadences.findByProjectIdIn(chunk)) {
        cadenceOf.put(cadence.getProjectId(), cadence);
        periodOf.put(cadence.getProjectId(), cadence.schedule().current(today));
      }
    }
    if (periodOf.isEmpty()) {
      return due;
    }
    LocalDate earliest =
        periodOf.values().stream().map(ReportPeriod::start).min(Comparator.naturalOrder()).get();
    Map<Long, StatusReport> reportOf = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(periodOf.keySet())) {
      for (StatusReport report :
          reports.findByProjectIdInAndPeriodStartGreaterThanEqual(chunk, earliest)) {
        if (report.getPeriodStart().equals(periodOf.get(report.getProjectId()).start())) {
          reportOf.put(report.getProjectId(), report);
        }
      }
    }
    periodOf.forEach(
        (projectId, period) -> {
          ProjectView project = mine.get(projectId);
          Optional<StatusReport> report = Optional.ofNullable(reportOf.get(projectId));
          due.add(
              new DueReport(
                  project.id(),
                  project.code(),
                  project.name(),
                  cadenceOf.get(projectId).getCadence(),
                  period,
                  report.map(StatusReport::getId).orElse(null),
                  report.map(StatusReport::getStatus).orElse(null)));
        });
    due.sort(
        Comparator.comparing((DueReport d) -> d.period().due())
            .thenComparing(DueReport::projectCode));
    return due;
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
    LocalDate today = today();
    long current = schedule.cadence().indexOf(schedule.anchor(), today);
    List<ReportPeriod> periods = new ArrayList<>();
    for (long i = current; i >= 0 && i > current - count; i--) {
      periods.add(schedule.period(i));
    }
    return periods;
  }

  // ---------------------------------------------------------------- views

  /** Newest first, each rating with its trend against the previous delivered report. */
  private List<StatusReportView> views(
      ProjectView project, List<StatusReport> ascending, CurrentUser viewer, LocalDate today) {
    List<StatusReportView> views = new ArrayList<>();
    StatusReport previous = null;
    for (StatusReport report : ascending) {
      views.add(view(project, report, previous, viewer, today));
      if (report.getStatus().isDelivered()) {
        previous = report;
      }
    }
    Collections.reverse(views);
    return views;
  }

  private StatusReportView view(
      ProjectView project,
      StatusReport r,
      StatusReport previous,
      CurrentUser viewer,
      LocalDate today) {
    List<RatingView> ratings = new ArrayList<>();
    for (RatingDimension dimension : RatingDimension.values()) {
      DimensionRating current = r.rating(dimension);
      Rag before = previous == null ? null : previous.rating(dimension).getRating();
      ratings.add(
          new RatingView(
              dimension,
              current.getRating(),
              current.getSuggested(),
              current.getReason(),
              before,
              Trend.between(before, current.getRating())));
    }
    boolean delivered = r.getStatus().isDelivered();
    boolean late =
        r.getSubmittedAt() != null
            && LocalDate.ofInstant(r.getSubmittedAt(), ZONE).isAfter(r.getDueDate());
    return new StatusReportView(
        r.getId(),
        project.id(),
        project.code(),
        project.name(),
        r.getPeriodStart(),
        r.getPeriodEnd(),
        r.getDueDate(),
        r.getStatus(),
        !delivered && today.isAfter(r.getDueDate()),
        late,
        List.copyOf(ratings),
        r.getSummary(),
        r.getAccomplishments(),
        r.getNextSteps(),
        r.getDecisionsNeeded(),
        r.getSuggestionBasis(),
        r.getSubmittedAt(),
        r.getSubmittedBy(),
        r.getReviewedAt(),
        r.getReviewedBy(),
        r.getReviewComment(),
        r.getEvents().stream()
            .map(e -> new EventView(e.getOccurredAt(), e.getActor(), e.getAction(), e.getComment()))
            .toList(),
        r.getVersion(),
        r.getCreatedAt(),
        r.getCreatedBy(),
        r.getUpdatedAt(),
        r.getUpdatedBy(),
        r.getStatus() == ReportStatus.DRAFT
            && ControlAccess.mayReport(project, viewer)
            && ControlAccess.isOpen(project),
        r.getStatus() == ReportStatus.SUBMITTED && ControlAccess.mayReview(viewer));
  }

  /** The latest delivered report per project among {@code projectIds} (for dashboards). */
  @Transactional(readOnly = true)
  public Map<Long, StatusReportView> latestByProject(
      java.util.Collection<Long> projectIds, CurrentUser viewer) {
    Map<Long, StatusReportView> latest = new LinkedHashMap<>();
    if (projectIds.isEmpty()) {
      return latest;
    }
    Map<Long, List<StatusReport>> byProject =
        reports.findByProjectIdInOrderByPeriodStartAsc(projectIds).stream()
            .collect(Collectors.groupingBy(StatusReport::getProjectId));
    LocalDate today = today();
    for (Long projectId : projectIds) {
      access
          .find(projectId, viewer)
          .flatMap(
              p ->
                  views(p, byProject.getOrDefault(projectId, List.of()), viewer, today).stream()
                      .filter(v -> v.status().isDelivered())
                      .findFirst())
          .ifPresent(v -> latest.put(projectId, v));
    }
    return latest;
  }
}

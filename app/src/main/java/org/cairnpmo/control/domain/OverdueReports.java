package org.cairnpmo.control.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reports are due: the overdue ones (for the pages and the reminder job) and the periods under
 * way on a manager's projects. Computed from the cadences, not stored.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OverdueReports {

  private final StatusReportRepository reports;
  private final ReportingCadenceRepository cadences;
  private final ReportReminderRepository reminders;
  private final ControlAccess access;
  private final Clock clock;

  /** Overdue reports of the active projects {@code viewer} may see; of one manager if given. */
  @Transactional(readOnly = true)
  public List<OverdueReport> overdue(CurrentUser viewer, Long managerId) {
    return overdueOf(
        access.visibleProjectIds(viewer, EnumSet.of(ProjectStatus.ACTIVE), managerId),
        viewer,
        Today.on(clock));
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
    LocalDate today = Today.on(clock);
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
}

package org.cairnpmo.control.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.control.StatusReportView.EventView;
import org.cairnpmo.control.StatusReportView.RatingView;
import org.cairnpmo.control.Trend;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;

/**
 * How status reports are shown: each with its ratings' trends against the previous delivered report
 * of its project, and what the viewer may do with it.
 */
@Component
record ReportViews(StatusReportRepository reports, ControlAccess access, Clock clock) {

  private static final ZoneId ZONE = ZoneId.systemDefault();

  /**
   * The given reports as {@code viewer} may see them (others are left out), each with its trend:
   * only the wanted reports are turned into views, so that their projects' other reports cost
   * nothing but the one query that reads them.
   */
  List<StatusReportView> viewsOf(List<StatusReport> wanted, CurrentUser viewer) {
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
    LocalDate today = Today.on(clock);
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

  /** Newest first, each rating with its trend against the previous delivered report. */
  List<StatusReportView> views(
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

  StatusReportView view(
      ProjectView project,
      StatusReport r,
      StatusReport previous,
      CurrentUser viewer,
      LocalDate today) {
    List<RatingView> ratings = new ArrayList<>();
    for (RatingDimension dimension : RatingDimension.values()) {
      DimensionRating current = r.rating(dimension);
      Rag before = previous == null ? null : previous.rating(dimension).rating();
      ratings.add(
          new RatingView(
              dimension,
              current.rating(),
              current.suggested(),
              current.reason(),
              before,
              Trend.between(before, current.rating())));
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
            .map(e -> new EventView(e.occurredAt(), e.actor(), e.action(), e.comment()))
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
}

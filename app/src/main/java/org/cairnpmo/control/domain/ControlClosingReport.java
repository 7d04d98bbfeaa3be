package org.cairnpmo.control.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.projects.ClosingReport;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Control's parts of a closed project's final report: the milestones planned (baseline) against
 * actual, the last status report's ratings, and the RAID log in counts, with the issues closed as
 * handed over (closed without being resolved: their closing text says to whom) named.
 */
@Component
class ControlClosingReport implements ClosingReport {

  private final ControlApi control;

  ControlClosingReport(ControlApi control) {
    this.control = control;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Part> closingReport(ProjectView project) {
    List<Part> parts = new ArrayList<>();
    List<List<String>> milestones = new ArrayList<>();
    for (MilestoneView m : control.milestones(project.id(), ControlAccess.SYSTEM)) {
      milestones.add(
          List.of(
              m.name(),
              day(m.baselineDate()),
              day(m.forecastDate()),
              day(m.completedDate()),
              m.completedDate() == null || m.baselineDate() == null
                  ? "—"
                  : String.valueOf(
                      java.time.temporal.ChronoUnit.DAYS.between(
                          m.baselineDate(), m.completedDate()))));
    }
    parts.add(
        new Part(
            20,
            "Milestones: planned and actual",
            List.of("Milestone", "Planned", "Forecast", "Actual", "Days late"),
            milestones,
            milestones.isEmpty() ? List.of("The project has no key milestones.") : List.of()));

    List<StatusReportView> reports = control.reports(project.id(), ControlAccess.SYSTEM);
    StatusReportView last =
        reports.stream()
            .max(java.util.Comparator.comparing(StatusReportView::periodEnd))
            .orElse(null);
    if (last == null) {
      parts.add(
          new Part(
              30,
              "Last status report",
              List.of(),
              List.of(),
              List.of("No status report was written.")));
    } else {
      List<List<String>> ratings = new ArrayList<>();
      for (StatusReportView.RatingView r : last.ratings()) {
        ratings.add(
            List.of(
                label(r.dimension().name()),
                r.rating() == null ? "—" : r.rating().name(),
                r.reason() == null ? "" : r.reason()));
      }
      parts.add(
          new Part(
              30,
              "Last status report: " + last.periodStart() + " to " + last.periodEnd(),
              List.of("Dimension", "Rating", "Reason"),
              ratings,
              last.summary() == null ? List.of() : List.of(last.summary())));
    }

    List<RiskView> risks = control.risks(project.id(), ControlAccess.SYSTEM);
    List<IssueView> issues = control.issues(project.id(), ControlAccess.SYSTEM);
    long risksOpen = risks.stream().filter(r -> r.status() == RiskStatus.OPEN).count();
    long issuesOpen = issues.stream().filter(i -> i.status() == IssueStatus.OPEN).count();
    List<IssueView> handedOver =
        issues.stream().filter(i -> i.status() == IssueStatus.CLOSED).toList();
    List<String> notes = new ArrayList<>();
    for (IssueView i : handedOver) {
      notes.add(
          "Handed over: "
              + i.title()
              + (i.resolution() == null || i.resolution().isBlank()
                  ? ""
                  : " (" + i.resolution() + ")"));
    }
    parts.add(
        new Part(
            40,
            "RAID log",
            List.of("Kind", "Logged", "Open", "Closed", "Handed over"),
            List.of(
                List.of(
                    "Risks",
                    String.valueOf(risks.size()),
                    String.valueOf(risksOpen),
                    String.valueOf(risks.size() - risksOpen),
                    "—"),
                List.of(
                    "Issues",
                    String.valueOf(issues.size()),
                    String.valueOf(issuesOpen),
                    String.valueOf(issues.size() - issuesOpen),
                    String.valueOf(handedOver.size())),
                List.of(
                    "Assumptions",
                    String.valueOf(control.assumptions(project.id(), ControlAccess.SYSTEM).size()),
                    "—",
                    "—",
                    "—"),
                List.of(
                    "Decisions",
                    String.valueOf(control.decisions(project.id(), ControlAccess.SYSTEM).size()),
                    "—",
                    "—",
                    "—")),
            notes));
    return parts;
  }

  private static String day(LocalDate day) {
    return day == null ? "—" : day.toString();
  }

  private static String label(String constant) {
    String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}

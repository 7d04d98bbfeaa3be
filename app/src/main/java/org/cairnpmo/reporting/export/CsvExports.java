package org.cairnpmo.reporting.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.EscalatedItem;
import org.cairnpmo.control.Escalation;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RaidListFilter;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The lists people take into a spreadsheet: the project register, a project's RAID log, the
 * portfolio's escalated items and a project's status report history. Each reads through the owning
 * module's public API, so it lists exactly what the caller may see on the matching page.
 */
@Component
public record CsvExports(ProjectsApi projects, ControlApi control) {

  /** Rows fetched per query while walking the register; the register's own page limit. */
  static final int BATCH = 200;

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  /** Every project matching the filter, in the given order, with its latest overall rating. */
  public Csv register(ProjectFilter filter, Sort sort, CurrentUser viewer) {
    Csv csv =
        new Csv(
            "Code",
            "Name",
            "Status",
            "Category",
            "Priority",
            "Department",
            "Manager",
            "Sponsor",
            "Planned start",
            "Planned finish",
            "Budget",
            "Currency",
            "Confidential",
            "Overall rating",
            "Last report period end",
            "Last change (UTC)");
    int page = 0;
    Page<ProjectView> found;
    do {
      found = projects.search(filter, PageRequest.of(page++, BATCH, sort), viewer);
      Map<Long, StatusReportView> latest =
          control.latestReports(found.map(ProjectView::id).getContent(), viewer);
      for (ProjectView p : found) {
        StatusReportView r = latest.get(p.id());
        csv.row(
            p.code(),
            p.name(),
            p.status().label(),
            p.category() == null ? null : p.category().label(),
            p.priority() == null ? null : p.priority().label(),
            p.departmentName(),
            p.managerName(),
            p.sponsorName(),
            p.plannedStart(),
            p.plannedFinish(),
            p.budgetAmount(),
            p.budgetCurrency(),
            p.confidential() ? "Yes" : "No",
            r == null ? null : label(r.overall()),
            r == null ? null : r.periodEnd(),
            instant(p.updatedAt()));
      }
    } while (found.hasNext());
    return csv;
  }

  /** The project's status reports, newest period first, with every rating and its workflow. */
  public Csv reportHistory(long projectId, CurrentUser viewer) {
    return reportHistory(projectId, null, viewer);
  }

  /** The project's reports in {@code status} (all when null), as its list filters them. */
  public Csv reportHistory(long projectId, ReportStatus status, CurrentUser viewer) {
    projects.requireVisible(projectId, viewer);
    Csv csv =
        new Csv(
            "Period start",
            "Period end",
            "Due",
            "Status",
            "Late",
            "Overall",
            "Overall trend",
            "Schedule",
            "Cost",
            "Scope",
            "Resources",
            "Risk",
            "Summary",
            "Accomplishments",
            "Next steps",
            "Decisions needed",
            "Submitted (UTC)",
            "Submitted by",
            "Reviewed (UTC)",
            "Reviewed by",
            "Review comment");
    for (StatusReportView r : control.reports(projectId, status, viewer)) {
      csv.row(
          r.periodStart(),
          r.periodEnd(),
          r.dueDate(),
          r.status().label(),
          r.late() || r.overdue() ? "Yes" : "No",
          label(r.overall()),
          r.overallTrend().label(),
          label(r.rating(RatingDimension.SCHEDULE).rating()),
          label(r.rating(RatingDimension.COST).rating()),
          label(r.rating(RatingDimension.SCOPE).rating()),
          label(r.rating(RatingDimension.RESOURCES).rating()),
          label(r.rating(RatingDimension.RISK).rating()),
          r.summary(),
          r.accomplishments(),
          r.nextSteps(),
          r.decisionsNeeded(),
          instant(r.submittedAt()),
          r.submittedBy(),
          instant(r.reviewedAt()),
          r.reviewedBy(),
          r.reviewComment());
    }
    return csv;
  }

  /** The project's RAID log: one kind with its own columns, or every kind with common columns. */
  public Csv raid(long projectId, RaidKind kind, CurrentUser viewer) {
    return raid(projectId, RaidListFilter.none(kind), viewer);
  }

  /** As {@link #raid(long, RaidKind, CurrentUser)}, with the filters of the kind's list. */
  public Csv raid(long projectId, RaidListFilter filter, CurrentUser viewer) {
    projects.requireVisible(projectId, viewer);
    if (filter.kind() == null) {
      return allKinds(projectId, viewer);
    }
    return switch (filter.kind()) {
      case RISK -> risks(control.risks(projectId, filter, viewer));
      case ISSUE -> issues(control.issues(projectId, filter, viewer));
      case ASSUMPTION -> assumptions(control.assumptions(projectId, filter, viewer));
      case DECISION -> decisions(control.decisions(projectId, viewer));
      case DEPENDENCY -> dependencies(control.dependencies(projectId, filter, viewer));
    };
  }

  /** Items escalated to the portfolio; for those who see the whole portfolio. */
  public Csv escalated(CurrentUser viewer) {
    Csv csv =
        new Csv(
            "Kind",
            "Project code",
            "Project name",
            "Item",
            "Rating",
            "Status",
            "Owner",
            "Escalated by",
            "Escalated (UTC)",
            "Note");
    for (EscalatedItem e : control.escalated(viewer)) {
      csv.row(
          e.kind().label(),
          e.projectCode(),
          e.projectName(),
          e.title(),
          e.rating(),
          e.status(),
          e.ownerName(),
          e.escalatedBy(),
          instant(e.escalatedAt()),
          e.note());
    }
    return csv;
  }

  private Csv allKinds(long projectId, CurrentUser viewer) {
    Csv csv =
        new Csv(
            "Kind", "ID", "Item", "Rating", "Status", "Owner", "Date", "Escalated", "Last change");
    for (RiskView r : control.risks(projectId, viewer)) {
      csv.row(
          RaidKind.RISK.label(),
          r.id(),
          r.title(),
          r.level().label() + " (score " + r.score() + ")",
          r.status().label(),
          r.ownerName(),
          r.proximityDate(),
          escalated(r.escalation()),
          instant(r.updatedAt()));
    }
    for (IssueView i : control.issues(projectId, viewer)) {
      csv.row(
          RaidKind.ISSUE.label(),
          i.id(),
          i.title(),
          i.severity().label(),
          i.status().label(),
          i.ownerName(),
          i.dueDate(),
          escalated(i.escalation()),
          instant(i.updatedAt()));
    }
    for (AssumptionView a : control.assumptions(projectId, viewer)) {
      csv.row(
          RaidKind.ASSUMPTION.label(),
          a.id(),
          a.text(),
          null,
          a.validated() ? "Validated" : "Not validated",
          a.ownerName(),
          a.validatedOn(),
          escalated(a.escalation()),
          instant(a.updatedAt()));
    }
    for (DecisionView d : control.decisions(projectId, viewer)) {
      csv.row(
          RaidKind.DECISION.label(),
          d.id(),
          d.what(),
          null,
          "Decided",
          d.ownerName(),
          d.decidedOn(),
          escalated(d.escalation()),
          instant(d.updatedAt()));
    }
    for (DependencyView d : control.dependencies(projectId, viewer)) {
      csv.row(
          RaidKind.DEPENDENCY.label(),
          d.id(),
          d.description(),
          d.direction().label() + " " + other(d),
          d.status().label(),
          d.ownerName(),
          d.needBy(),
          escalated(d.escalation()),
          instant(d.updatedAt()));
    }
    return csv;
  }

  private static Csv risks(List<RiskView> risks) {
    Csv csv =
        new Csv(
            "ID",
            "Risk",
            "Cause",
            "Event",
            "Effect",
            "Probability (1-5)",
            "Impact (1-5)",
            "Score",
            "Level",
            "Proximity",
            "Proximity date",
            "Owner",
            "Response",
            "Residual score",
            "Status",
            "Escalated",
            "Last change (UTC)");
    for (RiskView r : risks) {
      csv.row(
          r.id(),
          r.title(),
          r.cause(),
          r.event(),
          r.effect(),
          r.probability(),
          r.impact(),
          r.score(),
          r.level().label(),
          r.proximity() == null ? null : r.proximity().label(),
          r.proximityDate(),
          r.ownerName(),
          r.strategy() == null ? null : r.strategy().label(),
          r.residualScore(),
          r.status().label(),
          escalated(r.escalation()),
          instant(r.updatedAt()));
    }
    return csv;
  }

  private static Csv issues(List<IssueView> issues) {
    Csv csv =
        new Csv(
            "ID",
            "Issue",
            "Description",
            "Severity",
            "Owner",
            "Due",
            "Overdue",
            "Status",
            "Resolution",
            "From risk",
            "Escalated",
            "Last change (UTC)");
    for (IssueView i : issues) {
      csv.row(
          i.id(),
          i.title(),
          i.description(),
          i.severity().label(),
          i.ownerName(),
          i.dueDate(),
          i.overdue() ? "Yes" : "No",
          i.status().label(),
          i.resolution(),
          i.riskId(),
          escalated(i.escalation()),
          instant(i.updatedAt()));
    }
    return csv;
  }

  private static Csv assumptions(List<AssumptionView> assumptions) {
    Csv csv =
        new Csv(
            "ID",
            "Assumption",
            "Owner",
            "Validated",
            "Validated by",
            "Validated on",
            "Escalated",
            "Last change (UTC)");
    for (AssumptionView a : assumptions) {
      csv.row(
          a.id(),
          a.text(),
          a.ownerName(),
          a.validated() ? "Yes" : "No",
          a.validatedBy(),
          a.validatedOn(),
          escalated(a.escalation()),
          instant(a.updatedAt()));
    }
    return csv;
  }

  private static Csv decisions(List<DecisionView> decisions) {
    Csv csv =
        new Csv(
            "ID",
            "Decision",
            "Why",
            "Decided by",
            "Decided on",
            "Alternatives",
            "Owner",
            "Escalated",
            "Last change (UTC)");
    for (DecisionView d : decisions) {
      csv.row(
          d.id(),
          d.what(),
          d.why(),
          d.decidedBy(),
          d.decidedOn(),
          d.alternatives(),
          d.ownerName(),
          escalated(d.escalation()),
          instant(d.updatedAt()));
    }
    return csv;
  }

  private static Csv dependencies(List<DependencyView> dependencies) {
    Csv csv =
        new Csv(
            "ID",
            "Direction",
            "Other project",
            "Description",
            "Needed by",
            "Overdue",
            "Status",
            "Owner",
            "Escalated",
            "Last change (UTC)");
    for (DependencyView d : dependencies) {
      csv.row(
          d.id(),
          d.direction().label(),
          other(d),
          d.description(),
          d.needBy(),
          d.overdue() ? "Yes" : "No",
          d.status().label(),
          d.ownerName(),
          escalated(d.escalation()),
          instant(d.updatedAt()));
    }
    return csv;
  }

  private static String other(DependencyView d) {
    if (!d.otherProjectVisible()) {
      return "another project";
    }
    return d.otherProjectCode() + " " + d.otherProjectName();
  }

  private static String escalated(Escalation escalation) {
    return escalation == null
        ? "No"
        : "Yes, by " + escalation.byName() + " on " + INSTANT.format(escalation.at());
  }

  static String label(Rag rag) {
    return rag == null ? "Not rated" : rag.label();
  }

  static String instant(Instant at) {
    return at == null ? null : INSTANT.format(at);
  }
}

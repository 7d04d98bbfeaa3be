package org.cairnpmo.reporting.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.EscalatedItem;
import org.cairnpmo.control.Escalation;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RaidEntryView;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RaidListFilter;
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
    Csv csv = Csv.of(REGISTER, List.of());
    int page = 0;
    Page<ProjectView> found;
    do {
      found = projects.search(filter, PageRequest.of(page++, BATCH, sort), viewer);
      Map<Long, StatusReportView> latest =
          control.latestReports(found.map(ProjectView::id).getContent(), viewer);
      csv.rows(REGISTER, found.map(p -> new Registered(p, latest.get(p.id()))));
    } while (found.hasNext());
    return csv;
  }

  /** A project of the register with its latest report (null: none yet). */
  private record Registered(ProjectView project, StatusReportView latest) {

    Object latest(Function<StatusReportView, ?> value) {
      return latest == null ? null : value.apply(latest);
    }
  }

  private static final List<Column<Registered>> REGISTER =
      List.of(
          Column.of("Code", r -> r.project().code()),
          Column.of("Name", r -> r.project().name()),
          Column.of("Status", r -> r.project().status().label()),
          Column.of(
              "Category",
              r -> r.project().category() == null ? null : r.project().category().label()),
          Column.of(
              "Priority",
              r -> r.project().priority() == null ? null : r.project().priority().label()),
          Column.of("Department", r -> r.project().departmentName()),
          Column.of("Manager", r -> r.project().managerName()),
          Column.of("Sponsor", r -> r.project().sponsorName()),
          Column.of("Planned start", r -> r.project().plannedStart()),
          Column.of("Planned finish", r -> r.project().plannedFinish()),
          Column.of("Budget", r -> r.project().budgetAmount()),
          Column.of("Currency", r -> r.project().budgetCurrency()),
          Column.of("Confidential", r -> yesNo(r.project().confidential())),
          Column.of("Overall rating", r -> r.latest(l -> label(l.overall()))),
          Column.of("Last report period end", r -> r.latest(StatusReportView::periodEnd)),
          Column.of("Last change (UTC)", r -> instant(r.project().updatedAt())));

  /** The project's status reports, newest period first, with every rating and its workflow. */
  public Csv reportHistory(long projectId, CurrentUser viewer) {
    return reportHistory(projectId, null, viewer);
  }

  /** The project's reports in {@code status} (all when null), as its list filters them. */
  public Csv reportHistory(long projectId, ReportStatus status, CurrentUser viewer) {
    projects.requireVisible(projectId, viewer);
    return Csv.of(REPORT_HISTORY, control.reports(projectId, status, viewer));
  }

  private static final List<Column<StatusReportView>> REPORT_HISTORY =
      Column.join(
          List.of(
              Column.of("Period start", StatusReportView::periodStart),
              Column.of("Period end", StatusReportView::periodEnd),
              Column.of("Due", StatusReportView::dueDate),
              Column.of("Status", r -> r.status().label()),
              Column.of("Late", r -> yesNo(r.late() || r.overdue()))),
          Column.ratings(
              (r, dimension) -> label(r.rating(dimension).rating()), r -> r.overallTrend().label()),
          List.of(
              Column.of("Summary", StatusReportView::summary),
              Column.of("Accomplishments", StatusReportView::accomplishments),
              Column.of("Next steps", StatusReportView::nextSteps),
              Column.of("Decisions needed", StatusReportView::decisionsNeeded),
              Column.of("Submitted (UTC)", r -> instant(r.submittedAt())),
              Column.of("Submitted by", StatusReportView::submittedBy),
              Column.of("Reviewed (UTC)", r -> instant(r.reviewedAt())),
              Column.of("Reviewed by", StatusReportView::reviewedBy),
              Column.of("Review comment", StatusReportView::reviewComment)));

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
      case RISK -> Csv.of(RISKS, control.risks(projectId, filter, viewer));
      case ISSUE -> Csv.of(ISSUES, control.issues(projectId, filter, viewer));
      case ASSUMPTION -> Csv.of(ASSUMPTIONS, control.assumptions(projectId, filter, viewer));
      case DECISION -> Csv.of(DECISIONS, control.decisions(projectId, viewer));
      case DEPENDENCY -> Csv.of(DEPENDENCIES, control.dependencies(projectId, filter, viewer));
    };
  }

  /** Items escalated to the portfolio; for those who see the whole portfolio. */
  public List<EscalatedItem> escalatedItems(CurrentUser viewer) {
    return control.escalated(viewer);
  }

  /** The escalated items as a CSV file, once the caller has noted which projects they cover. */
  public Csv escalated(List<EscalatedItem> items) {
    return Csv.of(ESCALATED, items);
  }

  private static final List<Column<EscalatedItem>> ESCALATED =
      List.of(
          Column.of("Kind", e -> e.kind().label()),
          Column.of("Project code", EscalatedItem::projectCode),
          Column.of("Project name", EscalatedItem::projectName),
          Column.of("Item", EscalatedItem::title),
          Column.of("Rating", EscalatedItem::rating),
          Column.of("Status", EscalatedItem::status),
          Column.of("Owner", EscalatedItem::ownerName),
          Column.of("Escalated by", EscalatedItem::escalatedBy),
          Column.of("Escalated (UTC)", e -> instant(e.escalatedAt())),
          Column.of("Note", EscalatedItem::note));

  private Csv allKinds(long projectId, CurrentUser viewer) {
    List<Common> rows = new ArrayList<>();
    for (RiskView r : control.risks(projectId, viewer)) {
      String rating = r.level().label() + " (score " + r.score() + ")";
      rows.add(
          new Common(RaidKind.RISK, r, r.title(), rating, r.status().label(), r.proximityDate()));
    }
    for (IssueView i : control.issues(projectId, viewer)) {
      rows.add(
          new Common(
              RaidKind.ISSUE, i, i.title(), i.severity().label(), i.status().label(), i.dueDate()));
    }
    for (AssumptionView a : control.assumptions(projectId, viewer)) {
      String validated = a.validated() ? "Validated" : "Not validated";
      rows.add(new Common(RaidKind.ASSUMPTION, a, a.text(), null, validated, a.validatedOn()));
    }
    for (DecisionView d : control.decisions(projectId, viewer)) {
      rows.add(new Common(RaidKind.DECISION, d, d.what(), null, "Decided", d.decidedOn()));
    }
    for (DependencyView d : control.dependencies(projectId, viewer)) {
      String rating = d.direction().label() + " " + other(d);
      rows.add(
          new Common(
              RaidKind.DEPENDENCY, d, d.description(), rating, d.status().label(), d.needBy()));
    }
    return Csv.of(ALL_KINDS, rows);
  }

  /**
   * An entry of any kind in the columns every kind has: what the kind calls its item, its rating,
   * its status and its date.
   */
  private record Common(
      RaidKind kind,
      RaidEntryView entry,
      String item,
      String rating,
      String status,
      LocalDate date) {}

  private static final List<Column<Common>> ALL_KINDS =
      List.of(
          Column.of("Kind", c -> c.kind().label()),
          Column.of("ID", c -> c.entry().id()),
          Column.of("Item", Common::item),
          Column.of("Rating", Common::rating),
          Column.of("Status", Common::status),
          Column.of("Owner", c -> c.entry().ownerName()),
          Column.of("Date", Common::date),
          Column.of("Escalated", c -> escalated(c.entry().escalation())),
          Column.of("Last change", c -> instant(c.entry().updatedAt())));

  private static final List<Column<RiskView>> RISKS =
      entry(
          Column.join(
              RaidColumns.assessment(" (1-5)"),
              List.of(
                  Column.of("Proximity", r -> r.proximity() == null ? null : r.proximity().label()),
                  Column.of("Proximity date", RiskView::proximityDate),
                  Column.of("Owner", RiskView::ownerName),
                  RaidColumns.RESPONSE,
                  Column.of("Residual score", RiskView::residualScore),
                  Column.of("Status", r -> r.status().label()))));

  private static final List<Column<IssueView>> ISSUES =
      entry(
          Column.join(
              RaidColumns.ISSUE,
              List.of(
                  Column.of("Overdue", i -> yesNo(i.overdue())),
                  Column.of("Status", i -> i.status().label()),
                  Column.of("Resolution", IssueView::resolution),
                  Column.of("From risk", IssueView::riskId))));

  private static final List<Column<AssumptionView>> ASSUMPTIONS =
      entry(
          List.of(
              Column.of("Assumption", AssumptionView::text),
              Column.of("Owner", AssumptionView::ownerName),
              Column.of("Validated", a -> yesNo(a.validated())),
              Column.of("Validated by", AssumptionView::validatedBy),
              Column.of("Validated on", AssumptionView::validatedOn)));

  private static final List<Column<DecisionView>> DECISIONS =
      entry(
          List.of(
              Column.of("Decision", DecisionView::what),
              Column.of("Why", DecisionView::why),
              Column.of("Decided by", DecisionView::decidedBy),
              Column.of("Decided on", DecisionView::decidedOn),
              Column.of("Alternatives", DecisionView::alternatives),
              Column.of("Owner", DecisionView::ownerName)));

  private static final List<Column<DependencyView>> DEPENDENCIES =
      entry(
          List.of(
              Column.of("Direction", d -> d.direction().label()),
              Column.of("Other project", CsvExports::other),
              Column.of("Description", DependencyView::description),
              Column.of("Needed by", DependencyView::needBy),
              Column.of("Overdue", d -> yesNo(d.overdue())),
              Column.of("Status", d -> d.status().label()),
              Column.of("Owner", DependencyView::ownerName)));

  /**
   * A kind's own columns between the entry's id and whether and when it was escalated and changed.
   */
  private static <V extends RaidEntryView> List<Column<V>> entry(List<Column<V>> own) {
    return Column.join(
        List.of(Column.of("ID", V::id)),
        own,
        List.of(
            Column.of("Escalated", v -> escalated(v.escalation())),
            Column.of("Last change (UTC)", v -> instant(v.updatedAt()))));
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

  private static String yesNo(boolean yes) {
    return yes ? "Yes" : "No";
  }

  static String label(Rag rag) {
    return rag == null ? "Not rated" : rag.label();
  }

  static String instant(Instant at) {
    return at == null ? null : INSTANT.format(at);
  }
}

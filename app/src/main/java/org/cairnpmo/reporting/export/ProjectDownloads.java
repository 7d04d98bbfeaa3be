package org.cairnpmo.reporting.export;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cairnpmo.control.EscalatedItem;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RaidListFilter;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.reporting.overview.ProjectOverview;
import org.cairnpmo.reporting.overview.ProjectOverviewService;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The project-level downloads as files, the same for the pages' links and the API: each controller
 * only reads its own parameters (the page's names, or the API's) and hands them here.
 */
@Component
record ProjectDownloads(
    ProjectOverviewService overviews,
    ProjectsApi projects,
    StatusReportDocuments documents,
    CsvExports csv) {

  /** The project's status report as PDF or XLSX, as {@code type} says. */
  ResponseEntity<byte[]> statusReport(long projectId, MediaType type, CurrentUser viewer) {
    ProjectOverview o = overviews.overview(projectId, viewer);
    boolean pdf = type.equals(Downloads.PDF);
    projects.recordExport("Status report " + (pdf ? "PDF" : "XLSX"), Set.of(projectId));
    return Attachments.uncached(
        pdf ? documents.pdf(o) : documents.xlsx(o),
        pdf ? Downloads.PDF : Downloads.XLSX,
        StatusReportDocuments.fileName(o.project(), pdf ? "pdf" : "xlsx"));
  }

  /** The register's filters from either list's parameters; a blank search is no search. */
  static ProjectFilter registerFilter(
      String q,
      Collection<ProjectStatus> statuses,
      Long departmentId,
      Long managerId,
      ProjectCategory category,
      Priority priority) {
    return new ProjectFilter(
        q == null || q.isBlank() ? null : q.strip(),
        statuses == null ? Set.of() : Set.copyOf(statuses.stream().filter(s -> s != null).toList()),
        departmentId,
        managerId,
        category,
        priority);
  }

  ResponseEntity<byte[]> register(ProjectFilter filter, Sort sort, CurrentUser viewer) {
    Csv file = csv.register(filter, sort, viewer);
    projects.recordExport("Project register CSV", projects.searchIds(filter, viewer));
    return Downloads.csv(file, "projects.csv");
  }

  ResponseEntity<byte[]> raid(
      long projectId, RaidKind kind, RaidListFilter filter, CurrentUser viewer) {
    String code = code(projectId, viewer);
    projects.recordExport("RAID log CSV", Set.of(projectId));
    return Downloads.csv(
        csv.raid(projectId, filter, viewer),
        "raid-" + code + (kind == null ? "" : "-" + kind.path()) + ".csv");
  }

  /** The project's reports, only those in {@code status} when given. */
  ResponseEntity<byte[]> reportHistory(long projectId, ReportStatus status, CurrentUser viewer) {
    String code = code(projectId, viewer);
    projects.recordExport("Status report history CSV", Set.of(projectId));
    return Downloads.csv(
        csv.reportHistory(projectId, status, viewer), "status-reports-" + code + ".csv");
  }

  /** The items escalated to the portfolio; the audit log names their confidential projects. */
  ResponseEntity<byte[]> escalated(CurrentUser viewer) {
    List<EscalatedItem> items = csv.escalatedItems(viewer);
    projects.recordExport(
        "Escalated items CSV", items.stream().map(EscalatedItem::projectId).toList());
    return Downloads.csv(csv.escalated(items), "escalated-items.csv");
  }

  /** The project's code as a file name may carry it; not found when the viewer may not see it. */
  private String code(long projectId, CurrentUser viewer) {
    return StatusReportDocuments.safe(projects.requireVisible(projectId, viewer).code());
  }
}

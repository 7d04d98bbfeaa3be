package org.cairnpmo.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.CadenceView;
import org.cairnpmo.control.domain.OverdueReport;
import org.cairnpmo.control.domain.OverdueReports;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.control.domain.ReviewData;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.control.domain.SuggestedRatings;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Status reports",
    description =
        "Reporting cadences and status reports with RAG ratings: DRAFT → SUBMITTED → REVIEWED (or"
            + " back to DRAFT). Written by the project's manager or the PMO, reviewed by the PMO.")
@RestController
@RequestMapping("/api/v1")
record StatusReportApiController(
    StatusReportService reports, ReportCadences cadences, OverdueReports dueReports) {

  // ---------------------------------------------------------------- cadence

  @Operation(
      operationId = "getReportingCadence",
      summary =
          "A project's reporting cadence (cadence null: none set), current and overdue periods")
  @GetMapping("/projects/{projectId}/cadence")
  ResponseEntity<CadenceView> cadence(@PathVariable long projectId, CurrentUser user) {
    return withETag(cadences.cadence(projectId, user));
  }

  @Operation(
      operationId = "setReportingCadence",
      summary = "Set or change a project's reporting cadence (manager or PMO)",
      description =
          "Changing an existing cadence needs the version you read, in If-Match or 'version'.")
  @PutMapping("/projects/{projectId}/cadence")
  ResponseEntity<CadenceView> setCadence(
      @PathVariable long projectId,
      IfMatch ifMatch,
      @Valid @RequestBody CadenceData data,
      CurrentUser editor) {
    Long expected = null;
    if (cadences.cadence(projectId, editor).isSet()) {
      expected = ifMatch.expected(data.version());
    }
    return withETag(cadences.setCadence(projectId, data, expected, editor));
  }

  // ---------------------------------------------------------------- reports

  @Operation(
      operationId = "listStatusReports",
      summary = "A project's status reports, newest period first, with the trend of each rating")
  @GetMapping("/projects/{projectId}/status-reports")
  PageResponse<StatusReportView> list(
      @PathVariable long projectId,
      @RequestParam(required = false) ReportStatus status,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser user) {
    return PageResponse.of(reports.list(projectId, status, paging.page(), paging.size(), user));
  }

  @Operation(
      operationId = "suggestedRatings",
      summary = "The ratings the PMO's rules suggest for the project today, with the metrics seen")
  @GetMapping("/projects/{projectId}/status-reports/suggestions")
  SuggestedRatings suggestions(@PathVariable long projectId, CurrentUser user) {
    return reports.suggestions(projectId, user);
  }

  @Operation(
      operationId = "createStatusReport",
      summary = "Start a status report (manager or PMO)",
      description =
          "With submit=true it is submitted at once (all ratings, a summary and a reason for every"
              + " rating that differs from the suggestion are then needed); otherwise it stays a"
              + " draft.")
  @PostMapping("/projects/{projectId}/status-reports")
  ResponseEntity<StatusReportView> create(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "false") boolean submit,
      @Valid @RequestBody StatusReportData data,
      CurrentUser user) {
    return VersionedResponses.created(reports.create(projectId, data, submit, user));
  }

  @Operation(
      operationId = "getStatusReport",
      summary = "One status report; its ETag is its version")
  @GetMapping("/projects/{projectId}/status-reports/{reportId}")
  ResponseEntity<StatusReportView> get(
      @PathVariable long projectId, @PathVariable long reportId, CurrentUser user) {
    return VersionedResponses.ok(reports.get(projectId, reportId, user));
  }

  @Operation(
      operationId = "updateStatusReport",
      summary = "Change a draft (its period stays); submit=true submits it too")
  @PutMapping("/projects/{projectId}/status-reports/{reportId}")
  ResponseEntity<StatusReportView> update(
      @PathVariable long projectId,
      @PathVariable long reportId,
      @RequestParam(defaultValue = "false") boolean submit,
      IfMatch ifMatch,
      @Valid @RequestBody StatusReportData data,
      CurrentUser user) {
    return ifMatch.changed(
        data.version(),
        expected -> reports.update(projectId, reportId, data, expected, submit, user));
  }

  @Operation(
      operationId = "submitStatusReport",
      summary = "Submit a draft for review",
      description = "Name the version you read in If-Match or in the body's 'version'.")
  @PostMapping("/projects/{projectId}/status-reports/{reportId}/submit")
  ResponseEntity<StatusReportView> submit(
      @PathVariable long projectId,
      @PathVariable long reportId,
      IfMatch ifMatch,
      @RequestBody(required = false) VersionData body,
      CurrentUser user) {
    return ifMatch.changed(body, expected -> reports.submit(projectId, reportId, expected, user));
  }

  @Operation(
      operationId = "reviewStatusReport",
      summary = "Review a submitted report (PMO): REVIEWED, or RETURNED to draft with a comment")
  @PostMapping("/projects/{projectId}/status-reports/{reportId}/review")
  ResponseEntity<StatusReportView> review(
      @PathVariable long projectId,
      @PathVariable long reportId,
      IfMatch ifMatch,
      @Valid @RequestBody ReviewData data,
      CurrentUser user) {
    return ifMatch.changed(
        data.version(), expected -> reports.review(projectId, reportId, data, expected, user));
  }

  // ---------------------------------------------------------------- across projects

  @Operation(
      operationId = "overdueStatusReports",
      summary = "Reports that are overdue on the active projects you may see, oldest due first")
  @GetMapping("/status-reports/overdue")
  PageResponse<OverdueReport> overdue(
      @Parameter(description = "Only the projects of this manager") @RequestParam(required = false)
          Long managerId,
      PageQuery paging,
      CurrentUser user) {
    return PageResponse.of(dueReports.overduePage(user, managerId, paging.page(), paging.size()));
  }

  @Operation(
      operationId = "statusReportsAwaitingReview",
      summary = "Submitted reports waiting for the PMO's review (empty unless you review)")
  @GetMapping("/status-reports/awaiting-review")
  List<StatusReportView> awaitingReview(CurrentUser user) {
    return reports.awaitingReview(user);
  }

  /** A project without a cadence has none stored, so no version and no ETag. */
  private static ResponseEntity<CadenceView> withETag(CadenceView view) {
    return VersionedResponses.ok(view, view.version());
  }
}

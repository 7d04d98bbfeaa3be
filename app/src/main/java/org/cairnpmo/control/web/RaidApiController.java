package org.cairnpmo.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyStatus;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.EscalatedItem;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.EscalationData;
import org.cairnpmo.control.domain.HeatMap;
import org.cairnpmo.control.domain.OccurrenceData;
import org.cairnpmo.control.domain.RaidEscalations;
import org.cairnpmo.control.domain.RaidHeatMaps;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.RaidSummary;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The RAID log's lists (each kind with its own filters), a risk's occurrence, escalation and the
 * overviews. Logging, reading and changing one entry is {@link RaidEntryApi}, the same for every
 * kind.
 */
@Tag(name = RaidApiController.TAG, description = RaidApiController.TAG_DESCRIPTION)
@RestController
record RaidApiController(RaidLog raid, RaidEscalations escalations, RaidHeatMaps heatMaps) {

  static final String TAG = "RAID log";
  static final String TAG_DESCRIPTION =
      "Each project's risks, issues, assumptions, decisions and inter-project dependencies."
          + " Members of the project and the PMO log entries; the entry's owner, the project's"
          + " manager and the PMO change them. Updates name the version read (If-Match or"
          + " 'version').";
  static final String BASE = "/api/v1/projects/{projectId}/raid";

  // ---------------------------------------------------------------- lists, a risk's occurrence

  @Operation(operationId = "listRisks", summary = "A project's risks, highest score first")
  @GetMapping(BASE + "/risks")
  PageResponse<RiskView> risks(
      @PathVariable long projectId,
      @RequestParam(required = false) RiskStatus status,
      @Parameter(description = "Only this probability (1-5)") @RequestParam(required = false)
          Integer probability,
      @Parameter(description = "Only this impact (1-5)") @RequestParam(required = false)
          Integer impact,
      PageQuery paging,
      CurrentUser user) {
    return PageResponse.of(
        raid.risks(projectId, status, probability, impact, paging.page(), paging.size(), user));
  }

  @Operation(
      operationId = "riskOccurred",
      summary = "The risk happened: turn it into an issue that links back to it",
      description = "Answers 201 with the new issue. The risk becomes OCCURRED (or CLOSED).")
  @PostMapping(BASE + "/risks/{id}/occurrence")
  ResponseEntity<IssueView> occurred(
      @PathVariable long projectId,
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody OccurrenceData data,
      CurrentUser user) {
    long expected = ifMatch.expected(data.version());
    return VersionedResponses.createdBelow(
        "/api/v1/projects/" + projectId + "/raid/issues",
        raid.riskOccurred(projectId, id, data, expected, user));
  }

  @Operation(operationId = "listIssues", summary = "A project's issues, soonest due first")
  @GetMapping(BASE + "/issues")
  PageResponse<IssueView> issues(
      @PathVariable long projectId,
      @RequestParam(required = false) IssueStatus status,
      @RequestParam(required = false) IssueSeverity severity,
      PageQuery paging,
      CurrentUser user) {
    return PageResponse.of(
        raid.issues(projectId, status, severity, paging.page(), paging.size(), user));
  }

  @Operation(operationId = "listAssumptions", summary = "A project's assumptions, newest first")
  @GetMapping(BASE + "/assumptions")
  PageResponse<AssumptionView> assumptions(
      @PathVariable long projectId,
      @RequestParam(required = false) Boolean validated,
      PageQuery paging,
      CurrentUser user) {
    return PageResponse.of(
        raid.assumptions(projectId, validated, paging.page(), paging.size(), user));
  }

  @Operation(operationId = "listDecisions", summary = "A project's decisions, latest first")
  @GetMapping(BASE + "/decisions")
  PageResponse<DecisionView> decisions(
      @PathVariable long projectId, PageQuery paging, CurrentUser user) {
    return PageResponse.of(raid.decisions(projectId, paging.page(), paging.size(), user));
  }

  @Operation(
      operationId = "listDependencies",
      summary = "A project's dependencies on and from other projects, soonest needed first")
  @GetMapping(BASE + "/dependencies")
  PageResponse<DependencyView> dependencies(
      @PathVariable long projectId,
      @RequestParam(required = false) DependencyStatus status,
      PageQuery paging,
      CurrentUser user) {
    return PageResponse.of(
        raid.dependencies(projectId, status, paging.page(), paging.size(), user));
  }

  // ---------------------------------------------------------------- escalation

  @Operation(
      operationId = "escalateRaidEntry",
      summary =
          "Escalate an entry to the portfolio (kind: risks, issues, assumptions, decisions,"
              + " dependencies)")
  @PostMapping(BASE + "/{kind}/{id}/escalation")
  ResponseEntity<Object> escalate(
      @PathVariable long projectId,
      @PathVariable String kind,
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody(required = false) EscalationData data,
      CurrentUser user) {
    long expected = ifMatch.expected(data == null ? null : data.version());
    return ResponseEntity.ok(escalations.escalate(kind(kind), projectId, id, data, expected, user));
  }

  @Operation(
      operationId = "withdrawRaidEscalation",
      summary = "Take an entry back from the portfolio")
  @DeleteMapping(BASE + "/{kind}/{id}/escalation")
  ResponseEntity<Object> withdraw(
      @PathVariable long projectId,
      @PathVariable String kind,
      @PathVariable long id,
      IfMatch ifMatch,
      CurrentUser user) {
    return ResponseEntity.ok(
        escalations.withdrawEscalation(kind(kind), projectId, id, ifMatch.expected(null), user));
  }

  // ---------------------------------------------------------------- overviews

  @Operation(
      operationId = "projectHeatMap",
      summary = "The project's open risks on the 5×5 probability × impact grid")
  @GetMapping(BASE + "/heatmap")
  HeatMap heatMap(@PathVariable long projectId, CurrentUser user) {
    return heatMaps.heatMap(projectId, user);
  }

  @Operation(operationId = "raidSummary", summary = "The project's RAID log at a glance")
  @GetMapping(BASE + "/summary")
  RaidSummary summary(@PathVariable long projectId, CurrentUser user) {
    return heatMaps.summary(projectId, user);
  }

  @Operation(
      operationId = "portfolioHeatMap",
      summary = "Open risks of every live project you may see on one 5×5 grid")
  @GetMapping("/api/v1/raid/heatmap")
  HeatMap portfolioHeatMap(CurrentUser user) {
    return heatMaps.portfolioHeatMap(user);
  }

  @Operation(
      operationId = "escalatedRaidEntries",
      summary = "Everything escalated to the portfolio, newest first (PMO, executives, admins)")
  @GetMapping("/api/v1/raid/escalated")
  PageResponse<EscalatedItem> escalated(PageQuery paging, CurrentUser user) {
    PageRequest request = paging.request();
    List<EscalatedItem> all = escalations.escalated(user);
    return PageResponse.of(Paging.slice(all, request));
  }

  private static RaidKind kind(String path) {
    return RaidKind.byPath(path).orElseThrow(() -> new NotFoundException("RAID log section", path));
  }
}

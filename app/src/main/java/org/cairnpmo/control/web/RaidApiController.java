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
import org.cairnpmo.control.domain.AssumptionData;
import org.cairnpmo.control.domain.DecisionData;
import org.cairnpmo.control.domain.DependencyData;
import org.cairnpmo.control.domain.EscalationData;
import org.cairnpmo.control.domain.HeatMap;
import org.cairnpmo.control.domain.IssueData;
import org.cairnpmo.control.domain.OccurrenceData;
import org.cairnpmo.control.domain.RaidEscalations;
import org.cairnpmo.control.domain.RaidHeatMaps;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.RaidSummary;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.platform.web.OptimisticLocking;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "RAID log",
    description =
        "Each project's risks, issues, assumptions, decisions and inter-project dependencies."
            + " Members of the project and the PMO log entries; the entry's owner, the project's"
            + " manager and the PMO change them. Updates name the version read (If-Match or"
            + " 'version').")
@RestController
class RaidApiController {

  private static final String BASE = "/api/v1/projects/{projectId}/raid";

  private final RaidLog raid;
  private final RaidEscalations escalations;
  private final RaidHeatMaps heatMaps;

  RaidApiController(RaidLog raid, RaidEscalations escalations, RaidHeatMaps heatMaps) {
    this.raid = raid;
    this.escalations = escalations;
    this.heatMaps = heatMaps;
  }

  // ---------------------------------------------------------------- risks

  @Operation(operationId = "listRisks", summary = "A project's risks, highest score first")
  @GetMapping(BASE + "/risks")
  PageResponse<RiskView> risks(
      @PathVariable long projectId,
      @RequestParam(required = false) RiskStatus status,
      @Parameter(description = "Only this probability (1-5)") @RequestParam(required = false)
          Integer probability,
      @Parameter(description = "Only this impact (1-5)") @RequestParam(required = false)
          Integer impact,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      CurrentUser user) {
    Paging.check(page, size);
    return PageResponse.of(raid.risks(projectId, status, probability, impact, page, size, user));
  }

  @Operation(operationId = "logRisk", summary = "Log a risk")
  @PostMapping(BASE + "/risks")
  ResponseEntity<RiskView> logRisk(
      @PathVariable long projectId, @Valid @RequestBody RiskData data, CurrentUser user) {
    return log(RaidWebKind.RISK, projectId, data, user);
  }

  @Operation(operationId = "getRisk", summary = "One risk; its ETag is its version")
  @GetMapping(BASE + "/risks/{id}")
  ResponseEntity<RiskView> risk(
      @PathVariable long projectId, @PathVariable long id, CurrentUser user) {
    return get(RaidWebKind.RISK, projectId, id, user);
  }

  @Operation(operationId = "updateRisk", summary = "Change a risk (status OPEN or CLOSED)")
  @PutMapping(BASE + "/risks/{id}")
  ResponseEntity<RiskView> updateRisk(
      @PathVariable long projectId,
      @PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody RiskData data,
      CurrentUser user) {
    return update(RaidWebKind.RISK, projectId, id, ifMatch, data, user);
  }

  @Operation(
      operationId = "riskOccurred",
      summary = "The risk happened: turn it into an issue that links back to it",
      description = "Answers 201 with the new issue. The risk becomes OCCURRED (or CLOSED).")
  @PostMapping(BASE + "/risks/{id}/occurrence")
  ResponseEntity<IssueView> occurred(
      @PathVariable long projectId,
      @PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody OccurrenceData data,
      CurrentUser user) {
    long expected = OptimisticLocking.expectedVersion(ifMatch, data.version());
    return VersionedResponses.createdBelow(
        "/api/v1/projects/" + projectId + "/raid/issues",
        raid.riskOccurred(projectId, id, data, expected, user));
  }

  // ---------------------------------------------------------------- issues

  @Operation(operationId = "listIssues", summary = "A project's issues, soonest due first")
  @GetMapping(BASE + "/issues")
  PageResponse<IssueView> issues(
      @PathVariable long projectId,
      @RequestParam(required = false) IssueStatus status,
      @RequestParam(required = false) IssueSeverity severity,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      CurrentUser user) {
    Paging.check(page, size);
    return PageResponse.of(raid.issues(projectId, status, severity, page, size, user));
  }

  @Operation(operationId = "logIssue", summary = "Log an issue")
  @PostMapping(BASE + "/issues")
  ResponseEntity<IssueView> logIssue(
      @PathVariable long projectId, @Valid @RequestBody IssueData data, CurrentUser user) {
    return log(RaidWebKind.ISSUE, projectId, data, user);
  }

  @Operation(operationId = "getIssue", summary = "One issue; its ETag is its version")
  @GetMapping(BASE + "/issues/{id}")
  ResponseEntity<IssueView> issue(
      @PathVariable long projectId, @PathVariable long id, CurrentUser user) {
    return get(RaidWebKind.ISSUE, projectId, id, user);
  }

  @Operation(operationId = "updateIssue", summary = "Change an issue")
  @PutMapping(BASE + "/issues/{id}")
  ResponseEntity<IssueView> updateIssue(
      @PathVariable long projectId,
      @PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody IssueData data,
      CurrentUser user) {
    return update(RaidWebKind.ISSUE, projectId, id, ifMatch, data, user);
  }

  // ---------------------------------------------------------------- assumptions

  @Operation(operationId = "listAssumptions", summary = "A project's assumptions, newest first")
  @GetMapping(BASE + "/assumptions")
  PageResponse<AssumptionView> assumptions(
      @PathVariable long projectId,
      @RequestParam(required = false) Boolean validated,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      CurrentUser user) {
    Paging.check(page, size);
    return PageResponse.of(raid.assumptions(projectId, validated, page, size, user));
  }

  @Operation(operationId = "logAssumption", summary = "Log an assumption")
  @PostMapping(BASE + "/assumptions")
  ResponseEntity<AssumptionView> logAssumption(
      @PathVariable long projectId, @Valid @RequestBody AssumptionData data, CurrentUser user) {
    return log(RaidWebKind.ASSUMPTION, projectId, data, user);
  }

  @Operation(operationId = "getAssumption", summary = "One assumption; its ETag is its version")
  @GetMapping(BASE + "/assumptions/{id}")
  ResponseEntity<AssumptionView> assumption(
      @PathVariable long projectId, @PathVariable long id, CurrentUser user) {
    return get(RaidWebKind.ASSUMPTION, projectId, id, user);
  }

  @Operation(operationId = "updateAssumption", summary = "Change or validate an assumption")
  @PutMapping(BASE + "/assumptions/{id}")
  ResponseEntity<AssumptionView> updateAssumption(
      @PathVariable long projectId,
      @PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody AssumptionData data,
      CurrentUser user) {
    return update(RaidWebKind.ASSUMPTION, projectId, id, ifMatch, data, user);
  }

  // ---------------------------------------------------------------- decisions

  @Operation(operationId = "listDecisions", summary = "A project's decisions, latest first")
  @GetMapping(BASE + "/decisions")
  PageResponse<DecisionView> decisions(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      CurrentUser user) {
    Paging.check(page, size);
    return PageResponse.of(raid.decisions(projectId, page, size, user));
  }

  @Operation(operationId = "logDecision", summary = "Log a decision")
  @PostMapping(BASE + "/decisions")
  ResponseEntity<DecisionView> logDecision(
      @PathVariable long projectId, @Valid @RequestBody DecisionData data, CurrentUser user) {
    return log(RaidWebKind.DECISION, projectId, data, user);
  }

  @Operation(operationId = "getDecision", summary = "One decision; its ETag is its version")
  @GetMapping(BASE + "/decisions/{id}")
  ResponseEntity<DecisionView> decision(
      @PathVariable long projectId, @PathVariable long id, CurrentUser user) {
    return get(RaidWebKind.DECISION, projectId, id, user);
  }

  @Operation(operationId = "updateDecision", summary = "Change a decision")
  @PutMapping(BASE + "/decisions/{id}")
  ResponseEntity<DecisionView> updateDecision(
      @PathVariable long projectId,
      @PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody DecisionData data,
      CurrentUser user) {
    return update(RaidWebKind.DECISION, projectId, id, ifMatch, data, user);
  }

  // ---------------------------------------------------------------- dependencies

  @Operation(
      operationId = "listDependencies",
      summary = "A project's dependencies on and from other projects, soonest needed first")
  @GetMapping(BASE + "/dependencies")
  PageResponse<DependencyView> dependencies(
      @PathVariable long projectId,
      @RequestParam(required = false) DependencyStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      CurrentUser user) {
    Paging.check(page, size);
    return PageResponse.of(raid.dependencies(projectId, status, page, size, user));
  }

  @Operation(
      operationId = "logDependency",
      summary = "Log a dependency on (or from) another project you can see")
  @PostMapping(BASE + "/dependencies")
  ResponseEntity<DependencyView> logDependency(
      @PathVariable long projectId, @Valid @RequestBody DependencyData data, CurrentUser user) {
    return log(RaidWebKind.DEPENDENCY, projectId, data, user);
  }

  @Operation(operationId = "getDependency", summary = "One dependency; its ETag is its version")
  @GetMapping(BASE + "/dependencies/{id}")
  ResponseEntity<DependencyView> dependency(
      @PathVariable long projectId, @PathVariable long id, CurrentUser user) {
    return get(RaidWebKind.DEPENDENCY, projectId, id, user);
  }

  @Operation(operationId = "updateDependency", summary = "Change a dependency")
  @PutMapping(BASE + "/dependencies/{id}")
  ResponseEntity<DependencyView> updateDependency(
      @PathVariable long projectId,
      @PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody DependencyData data,
      CurrentUser user) {
    return update(RaidWebKind.DEPENDENCY, projectId, id, ifMatch, data, user);
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
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody(required = false) EscalationData data,
      CurrentUser user) {
    long expected =
        OptimisticLocking.expectedVersion(ifMatch, data == null ? null : data.version());
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
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    long expected = OptimisticLocking.expectedVersion(ifMatch, null);
    return ResponseEntity.ok(
        escalations.withdrawEscalation(kind(kind), projectId, id, expected, user));
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
  PageResponse<EscalatedItem> escalated(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      CurrentUser user) {
    PageRequest request = Paging.request(page, size);
    List<EscalatedItem> all = escalations.escalated(user);
    return PageResponse.of(Paging.slice(all, request));
  }

  private static RaidKind kind(String path) {
    return RaidKind.byPath(path).orElseThrow(() -> new NotFoundException("RAID log section", path));
  }

  private <V extends Record & Versioned> ResponseEntity<V> get(
      RaidWebKind<?, V> kind, long projectId, long id, CurrentUser viewer) {
    return VersionedResponses.ok(raid.get(kind.type(), projectId, id, viewer));
  }

  private <D extends Record, V extends Record & Versioned.Entry> ResponseEntity<V> log(
      RaidWebKind<D, V> kind, long projectId, D data, CurrentUser author) {
    return VersionedResponses.created(raid.log(kind.type(), projectId, data, author));
  }

  private <D extends Record, V extends Record & Versioned> ResponseEntity<V> update(
      RaidWebKind<D, V> kind, long projectId, long id, String ifMatch, D data, CurrentUser editor) {
    return VersionedResponses.changed(
        ifMatch,
        kind.dataVersion().apply(data),
        expected -> raid.revise(kind.type(), projectId, id, data, expected, editor));
  }
}

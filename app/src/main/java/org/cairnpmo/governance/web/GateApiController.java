package org.cairnpmo.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.governance.ProjectGovernanceView.ReviewView;
import org.cairnpmo.governance.domain.ChecklistData;
import org.cairnpmo.governance.domain.Classification;
import org.cairnpmo.governance.domain.ConditionMetData;
import org.cairnpmo.governance.domain.DecisionData;
import org.cairnpmo.governance.domain.GateBoard;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.ReviewRequestData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.VoteData;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.web.IfMatch;
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
    name = "Governance: stage gates",
    description =
        "Projects on their lifecycles: gate checklists, review requests, decisions (GO,"
            + " GO_WITH_CONDITIONS, HOLD, RECYCLE, KILL) and conditions. A project's gates are"
            + " visible to whoever may see the project; its manager and the PMO prepare them;"
            + " the gate's reviewers, the PMO and executives decide. Decisions are never changed or"
            + " deleted.")
@RestController
@RequestMapping("/api/v1/governance")
record GateApiController(GateService gates, GateBoard board) {

  @Operation(summary = "The board's agenda: pending reviews, overdue conditions, recent decisions")
  @GetMapping("/board")
  BoardView board(CurrentUser by) {
    return board.board(by);
  }

  @Operation(summary = "The projects you may see that are on a lifecycle")
  @GetMapping("/projects")
  List<ProjectGovernanceView> projects(CurrentUser by) {
    return gates.governedProjects(by);
  }

  @Operation(
      summary = "Put a project on a lifecycle",
      description =
          "The project's manager or the PMO. Without tierId the project is classified by its"
              + " budget, planned duration and the given risk; without lifecycleId it follows its"
              + " tier's lifecycle. The lifecycle is frozen from then on. A project already under"
              + " way starts at 'currentPhase' (from 0): the gates before it are recorded as passed"
              + " before Cairn, by you, now, with no review.")
  @PostMapping("/projects")
  ResponseEntity<ProjectGovernanceView> place(
      @Valid @RequestBody PlacementData data, CurrentUser by) {
    ProjectGovernanceView placed = gates.place(data, by);
    return VersionedResponses.created(
        placed, URI.create("/api/v1/governance/projects/" + placed.projectId()), placed.version());
  }

  @Operation(summary = "A project's lifecycle: phases, gates, reviews and decisions")
  @GetMapping("/projects/{projectId}")
  ResponseEntity<ProjectGovernanceView> project(@PathVariable long projectId, CurrentUser by) {
    return VersionedResponses.ok(gates.get(projectId, by));
  }

  @Operation(summary = "Where a project falls by its budget, planned duration and a risk rating")
  @GetMapping("/projects/{projectId}/classification")
  Classification classify(
      @PathVariable long projectId,
      @RequestParam(required = false) RiskLevel risk,
      CurrentUser by) {
    return gates.classify(projectId, risk, by);
  }

  @Operation(
      summary = "Prepare the current gate: tick criteria, mark deliverables as provided",
      description =
          "The project's manager or the PMO. Name the lifecycle's version you edited in If-Match"
              + " (its ETag) or 'version'.")
  @PutMapping("/projects/{projectId}/gates/{gateId}/checklist")
  ResponseEntity<ProjectGovernanceView> checklist(
      @PathVariable long projectId,
      @PathVariable long gateId,
      IfMatch ifMatch,
      @Valid @RequestBody ChecklistData data,
      CurrentUser by) {
    return ifMatch.changed(
        data.version(), expected -> gates.updateChecklist(projectId, gateId, data, expected, by));
  }

  @Operation(
      summary = "Request a review of the current gate",
      description =
          "The project's manager or the PMO. An optional checklist is saved first; If-Match or"
              + " 'version', when given, must be the lifecycle's current version. Name"
              + " 'approverIds' (not yourself) for a board vote, decided by 'voteRule': ALL (GO"
              + " needs every approver's GO, otherwise the gravest vote decides, once all have"
              + " voted) or MAJORITY (the decision more than half of the approvers chose).")
  @PostMapping("/projects/{projectId}/gates/{gateId}/review-requests")
  ResponseEntity<ReviewView> requestReview(
      @PathVariable long projectId,
      @PathVariable long gateId,
      IfMatch ifMatch,
      @Valid @RequestBody ReviewRequestData data,
      CurrentUser by) {
    ReviewRequestData effective = ifMatch.sent() ? data.expecting(ifMatch.expected(null)) : data;
    GateService.Result result = gates.requestReview(projectId, gateId, effective, by);
    return created(result);
  }

  @Operation(
      summary = "Record the decision on the gate's open review",
      description =
          "A reviewer of the gate, the PMO or an executive (not whoever requested the review);"
              + " on a review its approvers vote on, only the PMO, on behalf of the board. The"
              + " rationale is required; GO_WITH_CONDITIONS needs at least one condition. KILL"
              + " cancels the project in the register shortly after.")
  @PostMapping("/projects/{projectId}/gates/{gateId}/decisions")
  ResponseEntity<ReviewView> decide(
      @PathVariable long projectId,
      @PathVariable long gateId,
      @Valid @RequestBody DecisionData data,
      CurrentUser by) {
    return created(gates.decide(projectId, gateId, data, by));
  }

  @Operation(
      summary = "Vote on the gate's open review, as one of its approvers",
      description =
          "Only the approvers the review names, once each: GO, HOLD, RECYCLE or KILL with a"
              + " comment. The gate is decided as soon as the votes satisfy the review's rule; a"
              + " MAJORITY tie stays open until the PMO records the board's decision.")
  @PostMapping("/projects/{projectId}/gates/{gateId}/votes")
  ResponseEntity<ReviewView> vote(
      @PathVariable long projectId,
      @PathVariable long gateId,
      @Valid @RequestBody VoteData data,
      CurrentUser by) {
    return created(gates.vote(projectId, gateId, data, by));
  }

  @Operation(summary = "One review of a project's gate, with its decision once recorded")
  @GetMapping("/projects/{projectId}/reviews/{reviewId}")
  ReviewView review(@PathVariable long projectId, @PathVariable long reviewId, CurrentUser by) {
    return gates
        .get(projectId, by)
        .review(reviewId)
        .orElseThrow(() -> new NotFoundException("Review", reviewId));
  }

  @Operation(
      summary = "Mark a condition as met",
      description =
          "The condition's owner, the project's manager, the gate's reviewers, the PMO or an"
              + " executive.")
  @PostMapping("/projects/{projectId}/conditions/{conditionId}/met")
  ResponseEntity<ProjectGovernanceView> conditionMet(
      @PathVariable long projectId,
      @PathVariable long conditionId,
      @Valid @RequestBody(required = false) ConditionMetData data,
      CurrentUser by) {
    return VersionedResponses.ok(
        gates.markConditionMet(
            projectId, conditionId, data == null ? new ConditionMetData(null) : data, by));
  }

  private static ResponseEntity<ReviewView> created(GateService.Result result) {
    ProjectGovernanceView project = result.project();
    return VersionedResponses.created(
        result.review(),
        URI.create(
            "/api/v1/governance/projects/" + project.projectId() + "/reviews/" + result.reviewId()),
        project.version());
  }
}

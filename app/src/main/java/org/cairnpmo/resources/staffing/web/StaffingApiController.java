package org.cairnpmo.resources.staffing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.platform.web.Problems;
import org.cairnpmo.resources.LearningAsk;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.staffing.domain.Choice;
import org.cairnpmo.resources.staffing.domain.StaffingFilter;
import org.cairnpmo.resources.staffing.domain.StaffingProposal;
import org.cairnpmo.resources.staffing.domain.StaffingService;
import org.cairnpmo.resources.staffing.domain.StaleRequestsException;
import org.cairnpmo.resources.staffing.domain.Suggested;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Staffing",
    description =
        "Who should take the requests waiting for a person (resource managers, the PMO,"
            + " administrators). Suggestions rank the people for one request by fit: 0.4 × skill +"
            + " 0.3 × availability over the request's period + 0.15 × cost + 0.15 × department"
            + " (the project's), each with its reasons. A proposal staffs many requests at once"
            + " with the optimizer, maximizing Σ priority weight × fit (critical 8, high 4,"
            + " medium 2, low 1) without giving anyone more hours in any week than they have"
            + " free after what is proposed, accepted and approved; nothing is saved. Applying"
            + " saves the chosen assignments as proposals of the request workflow, all or none: a"
            + " request changed meanwhile answers 409 'stale-version' naming it in 'stale'."
            + " Requests of projects you may not see answer 404 and are never part of a run."
            + " Both can ask a competency of learning's framework at a least level and a valid"
            + " certification: only the people who meet it take part, suggestions rank the higher"
            + " level first (fit within a level) and 'standing' says where each person stands.")
@RestController
record StaffingApiController(StaffingService staffing) {

  /** The assignments of a proposal to save. */
  record Apply(List<Choice> assignments) {}

  /** What was saved: the requests, each now with its person proposed. */
  record Applied(int saved, List<RequestView> requests) {}

  @Operation(
      operationId = "staffingSuggestions",
      summary = "The people for one request waiting for a person, best fit first, with reasons")
  @GetMapping("/api/v1/resources/requests/{id}/suggestions")
  Suggested suggestions(
      @PathVariable long id,
      @Parameter(description = "How many people, 1 to 100 (default 10)")
          @RequestParam(defaultValue = "10")
          int limit,
      @Parameter(description = "Only people at competencyLevel or above in this competency")
          @RequestParam(required = false)
          String competency,
      @Parameter(description = "The least level of the competency, 1 to 5 (default 1)")
          @RequestParam(required = false)
          Integer competencyLevel,
      @Parameter(description = "Only people holding a valid certification of this scheme")
          @RequestParam(required = false)
          CertificationKind certification,
      CurrentUser viewer) {
    return staffing.suggestions(
        id, limit, new LearningAsk(competency, competencyLevel, certification), viewer);
  }

  @Operation(
      operationId = "staffingProposal",
      summary =
          "Propose people for the open requests the filter takes; nothing is saved. Every field"
              + " is optional ({} takes every open request); timeLimitSeconds 1 to 30 (default 5)")
  @PostMapping("/api/v1/resources/staffing/proposals")
  StaffingProposal proposal(@RequestBody StaffingFilter filter, CurrentUser user) {
    return staffing.proposal(filter, user);
  }

  @Operation(
      operationId = "applyStaffing",
      summary =
          "Save chosen assignments of a proposal as proposals of their people, all or none"
              + " (each with the request's version the proposal showed)")
  @PostMapping("/api/v1/resources/staffing/assignments")
  Applied apply(@RequestBody Apply body, CurrentUser user) {
    List<RequestView> saved = staffing.apply(body == null ? null : body.assignments(), user);
    return new Applied(saved.size(), saved);
  }

  @ExceptionHandler(StaleRequestsException.class)
  ResponseEntity<ProblemDetail> stale(StaleRequestsException e) {
    ProblemDetail problem =
        Problems.of(HttpStatus.CONFLICT, "stale-version", "Edited by someone else", e.getMessage());
    problem.setProperty("stale", e.stale());
    return Problems.response(problem);
  }
}

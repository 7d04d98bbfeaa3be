package org.cairnpmo.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.portfolio.domain.ActionData;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.JudgementsData;
import org.cairnpmo.portfolio.domain.ObjectiveData;
import org.cairnpmo.portfolio.domain.ObjectiveView;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Portfolio: strategy",
    description =
        "Strategic objectives and criteria sets (business drivers). Everyone signed in reads them;"
            + " the PMO and administrators change them.")
@RestController
@RequestMapping("/api/v1/portfolio")
record StrategyApiController(StrategyService strategy) {

  // ---- objectives ---------------------------------------------------------------------------

  @Operation(summary = "Strategic objectives, by name")
  @GetMapping("/objectives")
  PageResponse<ObjectiveView> objectives(PageQuery paging) {
    return PageResponse.of(strategy.objectives(paging.request()));
  }

  @Operation(summary = "Define a strategic objective", description = "PMO and administrators.")
  @PostMapping("/objectives")
  ResponseEntity<ObjectiveView> defineObjective(
      @Valid @RequestBody ObjectiveData data, CurrentUser me) {
    return VersionedResponses.created(strategy.defineObjective(data, me));
  }

  @Operation(summary = "One objective; its ETag is its version")
  @GetMapping("/objectives/{id}")
  ResponseEntity<ObjectiveView> objective(@PathVariable long id) {
    return VersionedResponses.ok(strategy.objective(id));
  }

  @Operation(
      summary = "Change an objective",
      description = "PMO and administrators. Name the version you edited in If-Match or 'version'.")
  @PutMapping("/objectives/{id}")
  ResponseEntity<ObjectiveView> reviseObjective(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody ObjectiveData data,
      CurrentUser me) {
    return ifMatch.changed(
        data.version(), expected -> strategy.reviseObjective(id, data, expected, me));
  }

  // ---- criteria sets ------------------------------------------------------------------------

  @Operation(summary = "Criteria sets, newest first, with weights and AHP analysis")
  @GetMapping("/criteria-sets")
  PageResponse<CriteriaSetView> criteriaSets(
      @PageQuery.DefaultSize(20) PageQuery paging, CurrentUser me) {
    return PageResponse.of(strategy.criteriaSets(paging.request(), me));
  }

  @Operation(summary = "The active criteria set, which new evaluations bind to")
  @GetMapping("/criteria-sets/active")
  ResponseEntity<CriteriaSetView> activeCriteriaSet(CurrentUser me) {
    return VersionedResponses.ok(
        strategy
            .activeCriteriaSet(me)
            .orElseThrow(() -> new NotFoundException("Active criteria set", "(none)")));
  }

  @Operation(
      summary = "Define a criteria set",
      description =
          "PMO and administrators. A new set is a draft; weighting DIRECT normalises the weights to"
              + " 100 %, PAIRWISE derives them from judgements (PUT .../judgements).")
  @PostMapping("/criteria-sets")
  ResponseEntity<CriteriaSetView> defineCriteriaSet(
      @Valid @RequestBody CriteriaSetData data, CurrentUser me) {
    return VersionedResponses.created(strategy.defineCriteriaSet(data, me));
  }

  @Operation(summary = "One criteria set; its ETag is its version")
  @GetMapping("/criteria-sets/{id}")
  ResponseEntity<CriteriaSetView> criteriaSet(@PathVariable long id, CurrentUser me) {
    return VersionedResponses.ok(strategy.criteriaSet(id, me));
  }

  @Operation(
      summary = "Change a criteria set",
      description =
          "PMO and administrators; not once frozen (a proposal was evaluated against it) or"
              + " retired: copy it instead. Criteria keep their id; one left out is removed.")
  @PutMapping("/criteria-sets/{id}")
  ResponseEntity<CriteriaSetView> reviseCriteriaSet(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody CriteriaSetData data,
      CurrentUser me) {
    return ifMatch.changed(
        data.version(), expected -> strategy.reviseCriteriaSet(id, data, expected, me));
  }

  @Operation(
      summary = "Replace the pairwise judgements (AHP)",
      description =
          "Saaty's scale: value = how much more important criterionId is than comparedToId, 1/9"
              + " to 9. The answer has the weights, λmax, CI and CR; CR above 0.10 is flagged as"
              + " inconsistent with the judgement to revise first and its suggested value.")
  @PutMapping("/criteria-sets/{id}/judgements")
  ResponseEntity<CriteriaSetView> judge(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody JudgementsData data,
      CurrentUser me) {
    return ifMatch.changed(data.version(), expected -> strategy.judge(id, data, expected, me));
  }

  @Operation(
      summary = "Make a criteria set the active one",
      description =
          "PMO and administrators. The previously active set is retired. Needs complete weights"
              + " and, for pairwise weighting, CR ≤ 0.10.")
  @PostMapping("/criteria-sets/{id}/activate")
  ResponseEntity<CriteriaSetView> activate(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody(required = false) ActionData data,
      CurrentUser me) {
    return ifMatch.changed(
        ActionData.versionOf(data), expected -> strategy.activate(id, expected, me));
  }

  @Operation(
      summary = "Copy a criteria set into a new draft",
      description = "PMO and administrators: the way to change a frozen or retired set.")
  @PostMapping("/criteria-sets/{id}/copy")
  ResponseEntity<CriteriaSetView> copy(@PathVariable long id, CurrentUser me) {
    return VersionedResponses.createdBelow(
        "/api/v1/portfolio/criteria-sets", strategy.copy(id, me));
  }
}

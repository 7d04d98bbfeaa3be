package org.cairnpmo.portfolio.selection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Portfolio: selection",
    description =
        "Selection scenarios, optimizer runs, the efficient frontier and the commit that approves"
            + " the selected proposals. The PMO and administrators change them; executives read.")
@RestController
@RequestMapping("/api/v1/portfolio/scenarios")
record ScenarioApiController(ScenarioService scenarios, ScenarioExports exports) {

  @Operation(summary = "The candidates ranked by value, with the latest selection, as XLSX")
  @GetMapping("/{id}/ranking.xlsx")
  ResponseEntity<byte[]> rankingXlsx(@PathVariable long id, CurrentUser me) {
    return exports.rankingDownload(scenarios.report(id, me));
  }

  @Operation(summary = "The portfolio recommendation of the scenario, as PDF")
  @GetMapping("/{id}/recommendation.pdf")
  ResponseEntity<byte[]> recommendationPdf(@PathVariable long id, CurrentUser me) {
    return exports.recommendationDownload(scenarios.report(id, me));
  }

  @Operation(
      summary = "Capacity limits taken from the resource pool",
      description =
          "For each role and period the scenario's candidates need: the hours of the pool's people"
              + " with that role (matched by the role catalog's name or its other names, ignoring"
              + " case) less what is already booked, as a limit in the unit of the candidates'"
              + " demand (FTE: over one full-time person's hours in the period). Roles the catalog"
              + " does not know get no limit and are listed in unmappedRoles. capacityLimits is the"
              + " scenario's limits with these in place of those for the same role and period, to"
              + " PUT with the scenario. PMO, administrators and executives; nothing is saved.")
  @GetMapping("/{id}/capacity-from-pool")
  FromPool capacityFromPool(@PathVariable long id, CurrentUser me) {
    ScenarioView view = scenarios.get(id, me);
    PoolCapacity pool = scenarios.capacityFromPool(id, me);
    return new FromPool(
        id,
        view.version(),
        pool.available(),
        pool.lines(),
        pool.unmappedRoles(),
        pool.mergedInto(view.definition().capacityLimits()));
  }

  /** The pool's limits for a scenario and its limits with them in place. */
  record FromPool(
      long scenarioId,
      long version,
      boolean available,
      List<PoolCapacity.Line> lines,
      List<String> unmappedRoles,
      List<ScenarioData.CapacityLimit> capacityLimits) {}

  @Operation(summary = "Scenarios, newest first")
  @GetMapping
  List<ScenarioView> list(CurrentUser me) {
    return scenarios.list(me);
  }

  @Operation(
      summary = "Define a scenario",
      description = "PMO and administrators. No candidateIds: every proposal under evaluation.")
  @PostMapping
  ResponseEntity<ScenarioView> create(@Valid @RequestBody ScenarioData data, CurrentUser me) {
    return VersionedResponses.created(scenarios.create(data, me));
  }

  @Operation(summary = "One scenario with its candidates and latest run; its ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<ScenarioView> get(@PathVariable long id, CurrentUser me) {
    return VersionedResponses.ok(scenarios.get(id, me));
  }

  @Operation(
      summary = "Change a scenario",
      description = "Not once committed. Name the version you edited in If-Match or 'version'.")
  @PutMapping("/{id}")
  ResponseEntity<ScenarioView> revise(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody ScenarioData data,
      CurrentUser me) {
    return ifMatch.changed(data.version(), expected -> scenarios.revise(id, data, expected, me));
  }

  @Operation(summary = "Delete a scenario that was not committed, with its runs")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestParam(required = false) Long version,
      CurrentUser me) {
    scenarios.delete(id, ifMatch.expected(version), me);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Start the optimizer",
      description =
          "Answers 202 at once with the queued run; follow Location (poll about once a second)"
              + " until the status is DONE, FAILED or CANCELLED.")
  @PostMapping("/{id}/runs")
  ResponseEntity<RunView> start(
      @PathVariable long id,
      @Valid @RequestBody(required = false) RunRequest request,
      CurrentUser me) {
    RunView run = scenarios.startRun(id, request == null ? null : request.timeLimitSeconds(), me);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(VersionedResponses.below(run.id()))
        .body(run);
  }

  @Operation(summary = "The scenario's runs, newest first")
  @GetMapping("/{id}/runs")
  List<RunView> runs(@PathVariable long id, CurrentUser me) {
    return scenarios.runs(id, me);
  }

  @Operation(summary = "A run: status, live progress, and its result once done")
  @GetMapping("/{id}/runs/{runId}")
  RunView run(@PathVariable long id, @PathVariable long runId, CurrentUser me) {
    return scenarios.run(id, runId, me);
  }

  @Operation(summary = "Cancel a queued or running run; the best selection so far is kept")
  @PostMapping("/{id}/runs/{runId}/cancel")
  RunView cancel(@PathVariable long id, @PathVariable long runId, CurrentUser me) {
    return scenarios.cancel(id, runId, me);
  }

  @Operation(
      summary = "Efficient frontier of the latest finished run",
      description =
          "Best value at each total budget level, with the proposals entering and leaving.")
  @GetMapping("/{id}/frontier")
  List<RunResult.FrontierStep> frontier(@PathVariable long id, CurrentUser me) {
    return scenarios.runs(id, me).stream()
        .filter(r -> r.result() != null && r.status() == RunStatus.DONE)
        .findFirst()
        .map(r -> r.result().frontier())
        .orElseThrow(() -> new NotFoundException("Finished run of scenario", id));
  }

  @Operation(
      summary = "Commit a finished run",
      description =
          "PMO and administrators. Approves every selected proposal (they become projects) and"
              + " records the decision; the scenario is read-only from then on.")
  @PostMapping("/{id}/commit")
  ResponseEntity<ScenarioView> commit(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody CommitData data, CurrentUser me) {
    return ifMatch.changed(data.version(), expected -> scenarios.commit(id, data, expected, me));
  }
}

package org.cairnpmo.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.cairnpmo.governance.domain.Classification;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.ProjectCriteriaData;
import org.cairnpmo.governance.domain.ProjectCriteriaView;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.Versioned;
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
    name = "Governance: methodology",
    description =
        "What qualifies as a project, project tiers and lifecycles (phases and gates). Everyone"
            + " signed in reads them; the PMO and administrators change them.")
@RestController
@RequestMapping("/api/v1/governance")
record MethodologyApiController(MethodologyService methodology) {

  @Operation(summary = "The project criteria: what qualifies as a project")
  @GetMapping("/criteria")
  ResponseEntity<ProjectCriteriaView> criteria() {
    return VersionedResponses.ok(methodology.criteria());
  }

  @Operation(
      summary = "Change the project criteria",
      description = "PMO and administrators. Name the version you edited in If-Match or 'version'.")
  @PutMapping("/criteria")
  ResponseEntity<ProjectCriteriaView> reviseCriteria(
      IfMatch ifMatch, @Valid @RequestBody ProjectCriteriaData data, CurrentUser by) {
    return ifMatch.changed(
        data.version(), expected -> methodology.reviseCriteria(data, expected, by));
  }

  @Operation(
      summary = "Classify work by budget, duration and risk",
      description =
          "Whether it qualifies as a project and the highest tier whose rule it matches, with the"
              + " reasons.")
  @GetMapping("/classification")
  Classification classify(
      @Parameter(description = "Budget in the criteria's currency") @RequestParam(required = false)
          BigDecimal budget,
      @Parameter(description = "Planned duration in whole months") @RequestParam(required = false)
          Integer durationMonths,
      @RequestParam(required = false) RiskLevel risk) {
    if (budget != null && budget.signum() < 0) {
      throw InvalidInputException.of("budget", "The budget cannot be negative.");
    }
    if (durationMonths != null && durationMonths < 0) {
      throw InvalidInputException.of("durationMonths", "The duration cannot be negative.");
    }
    return methodology.classify(budget, durationMonths, risk);
  }

  @Operation(summary = "All tiers, the highest (level 1) first")
  @GetMapping("/tiers")
  List<TierView> tiers() {
    return methodology.tiers();
  }

  @Operation(summary = "Define a tier", description = "PMO and administrators.")
  @PostMapping("/tiers")
  ResponseEntity<TierView> defineTier(@Valid @RequestBody TierData data, CurrentUser by) {
    return created("tiers", methodology.defineTier(data, by));
  }

  @Operation(summary = "One tier; its ETag is its version")
  @GetMapping("/tiers/{id}")
  ResponseEntity<TierView> tier(@PathVariable long id) {
    return VersionedResponses.ok(methodology.tier(id));
  }

  @Operation(
      summary = "Change a tier",
      description = "PMO and administrators. Name the version you edited in If-Match or 'version'.")
  @PutMapping("/tiers/{id}")
  ResponseEntity<TierView> reviseTier(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody TierData data, CurrentUser by) {
    return ifMatch.changed(
        data.version(), expected -> methodology.reviseTier(id, data, expected, by));
  }

  @Operation(summary = "All lifecycles, every revision, newest revision first")
  @GetMapping("/lifecycles")
  List<LifecycleView> lifecycles() {
    return methodology.lifecycles();
  }

  @Operation(
      summary = "Define a lifecycle",
      description = "PMO and administrators. Ordered phases, each ending with a gate.")
  @PostMapping("/lifecycles")
  ResponseEntity<LifecycleView> defineLifecycle(
      @Valid @RequestBody LifecycleData data, CurrentUser by) {
    return created("lifecycles", methodology.defineLifecycle(data, by));
  }

  @Operation(summary = "One lifecycle; its ETag is its version")
  @GetMapping("/lifecycles/{id}")
  ResponseEntity<LifecycleView> lifecycle(@PathVariable long id) {
    return VersionedResponses.ok(methodology.lifecycle(id));
  }

  @Operation(
      summary = "Change a lifecycle",
      description =
          "PMO and administrators. Refused (409 lifecycle-frozen) once a project uses it: create a"
              + " new revision instead.")
  @PutMapping("/lifecycles/{id}")
  ResponseEntity<LifecycleView> reviseLifecycle(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody LifecycleData data,
      CurrentUser by) {
    return ifMatch.changed(
        data.version(), expected -> methodology.reviseLifecycle(id, data, expected, by));
  }

  @Operation(
      summary = "Create the next revision of a lifecycle",
      description =
          "A copy to change. Tiers that used this revision follow the new one; projects already on"
              + " this revision keep it.")
  @PostMapping("/lifecycles/{id}/revisions")
  ResponseEntity<LifecycleView> newRevision(@PathVariable long id, CurrentUser by) {
    return created("lifecycles", methodology.newRevision(id, by));
  }

  /** 201 with the new record, its address in {@code collection} and its version as ETag. */
  private static <T extends Versioned.Entry> ResponseEntity<T> created(String collection, T entry) {
    return VersionedResponses.created(
        entry, URI.create("/api/v1/governance/" + collection + "/" + entry.id()), entry.version());
  }
}

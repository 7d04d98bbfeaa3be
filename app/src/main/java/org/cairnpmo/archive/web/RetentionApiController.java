package org.cairnpmo.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.cairnpmo.archive.retention.RetentionService;
import org.cairnpmo.archive.retention.RetentionViews;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Archive: retention",
    description =
        "Rules that keep a finished project's document bytes N years after closure (per project"
            + " category, or DEFAULT), legal holds that stop the purge, and the purge itself (daily,"
            + " or run now). The purge keeps every record. PMO and administrators only.")
@RestController
record RetentionApiController(RetentionService retention) {

  /** A rule as sent: scope DEFAULT or a project category; the years after closure. */
  record RuleBody(String scope, Integer keepYears, Long version) {}

  /** Why a project is on legal hold. */
  record HoldBody(String reason) {}

  @Operation(summary = "The retention rules")
  @GetMapping("/api/v1/archive/retention-rules")
  List<RetentionViews.Rule> rules(CurrentUser viewer) {
    return retention.rules(viewer);
  }

  @Operation(summary = "Add a rule; one per scope (409 for a second)")
  @PostMapping("/api/v1/archive/retention-rules")
  ResponseEntity<RetentionViews.Rule> addRule(@RequestBody RuleBody body, CurrentUser by) {
    RetentionViews.Rule rule =
        retention.addRule(
            body == null ? null : body.scope(), body == null ? null : body.keepYears(), by);
    return ResponseEntity.created(URI.create("/api/v1/archive/retention-rules/" + rule.id()))
        .eTag("\"" + rule.version() + "\"")
        .body(rule);
  }

  @Operation(
      summary = "Change a rule's years",
      description = "Name the version in If-Match or 'version'; 409 if it changed meanwhile.")
  @PutMapping("/api/v1/archive/retention-rules/{id}")
  ResponseEntity<RetentionViews.Rule> changeRule(
      @PathVariable long id, IfMatch ifMatch, @RequestBody RuleBody body, CurrentUser by) {
    long expected = ifMatch.expected(body == null ? null : body.version());
    RetentionViews.Rule rule =
        retention.changeRule(id, body == null ? null : body.keepYears(), expected, by);
    return ResponseEntity.ok().eTag("\"" + rule.version() + "\"").body(rule);
  }

  @Operation(summary = "Remove a rule")
  @DeleteMapping("/api/v1/archive/retention-rules/{id}")
  ResponseEntity<Void> removeRule(@PathVariable long id, CurrentUser by) {
    retention.removeRule(id, by);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The projects on legal hold")
  @GetMapping("/api/v1/archive/legal-holds")
  List<RetentionViews.Hold> holds(CurrentUser viewer) {
    return retention.holds(viewer);
  }

  @Operation(summary = "Put a project on legal hold, with the reason (or change the reason)")
  @PutMapping("/api/v1/projects/{id}/legal-hold")
  RetentionViews.Hold hold(@PathVariable long id, @RequestBody HoldBody body, CurrentUser by) {
    return retention.hold(id, body == null ? null : body.reason(), by);
  }

  @Operation(summary = "Release a project's legal hold")
  @DeleteMapping("/api/v1/projects/{id}/legal-hold")
  ResponseEntity<Void> release(@PathVariable long id, CurrentUser by) {
    retention.release(id, by);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The last purges")
  @GetMapping("/api/v1/archive/purges")
  List<RetentionViews.Purge> purges(CurrentUser viewer) {
    return retention.purges(viewer);
  }

  @Operation(summary = "Run the purge now (it also runs daily)")
  @PostMapping("/api/v1/archive/retention/run")
  RetentionViews.Run run(CurrentUser by) {
    return retention.runNow(by);
  }
}

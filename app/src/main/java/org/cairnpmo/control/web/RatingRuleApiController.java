package org.cairnpmo.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.control.domain.RatingRuleData;
import org.cairnpmo.control.domain.RatingRuleService;
import org.cairnpmo.control.domain.RatingRuleView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Rating rules",
    description =
        "The PMO's rating policy for suggested status ratings, e.g. SPI < 0.9 → AMBER (schedule)."
            + " Everyone signed in reads it; the PMO and administrators change it.")
@RestController
@RequestMapping("/api/v1/rating-rules")
record RatingRuleApiController(RatingRuleService rules) {

  @Operation(operationId = "listRatingRules", summary = "Every rating rule, by dimension")
  @GetMapping
  List<RatingRuleView> list(CurrentUser signedIn) {
    // Everyone signed in reads the rules: the parameter is there for that check alone.
    return rules.list();
  }

  @Operation(operationId = "createRatingRule", summary = "Add a rating rule (PMO)")
  @PostMapping
  ResponseEntity<RatingRuleView> create(@Valid @RequestBody RatingRuleData data, CurrentUser user) {
    return VersionedResponses.created(rules.define(data, user));
  }

  @Operation(operationId = "getRatingRule", summary = "One rating rule; its ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<RatingRuleView> get(@PathVariable long id, CurrentUser signedIn) {
    return VersionedResponses.ok(rules.get(id));
  }

  @Operation(operationId = "updateRatingRule", summary = "Change a rating rule (PMO)")
  @PutMapping("/{id}")
  ResponseEntity<RatingRuleView> update(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody RatingRuleData data,
      CurrentUser user) {
    return ifMatch.changed(data.version(), expected -> rules.revise(id, data, expected, user));
  }

  @Operation(
      operationId = "deleteRatingRule",
      summary = "Remove a rating rule (PMO); If-Match guards against removing a changed rule")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id, IfMatch ifMatch, CurrentUser user) {
    // Without If-Match the rule is removed whatever its version.
    Long expected = ifMatch.header() == null ? null : ifMatch.expected(null);
    rules.delete(id, expected, user);
    return ResponseEntity.noContent().build();
  }
}

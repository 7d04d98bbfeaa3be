package org.cairnpmo.archive.closure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cairnpmo.archive.closure.ClosureService;
import org.cairnpmo.archive.closure.ClosureView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Archive: closure",
    description =
        "A project's closure: the checklist computed from every module's data, the PMO's waivers,"
            + " the sponsor's sign-off (which closes and freezes the project) and the PMO's"
            + " reopening. Readable by whoever sees the project (404 otherwise); each change names"
            + " the closure's version in If-Match (or the body's version), 0 before anything was"
            + " decided.")
@RestController
record ClosureApiController(ClosureService closures) {

  static final String BASE = "/api/v1/projects/{projectId}/closure";

  @Operation(summary = "The project's closure checklist and what was decided")
  @GetMapping(BASE)
  ResponseEntity<ClosureView> closure(@PathVariable long projectId, CurrentUser viewer) {
    return VersionedResponses.ok(closures.closure(projectId, viewer));
  }

  @Operation(summary = "Starts the closure (the project's manager or the PMO)")
  @PostMapping(BASE + "/start")
  ResponseEntity<ClosureView> start(
      @PathVariable long projectId,
      IfMatch ifMatch,
      @RequestBody(required = false) VersionBody body,
      CurrentUser by) {
    return ifMatch.changed(
        VersionBody.version(body), expected -> closures.start(projectId, expected, by));
  }

  @Operation(summary = "Waives an item of the checklist, with a reason (the PMO)")
  @PostMapping(BASE + "/waivers")
  ResponseEntity<ClosureView> waive(
      @PathVariable long projectId, IfMatch ifMatch, @RequestBody WaiverBody body, CurrentUser by) {
    return ifMatch.changed(
        body.version(),
        expected -> closures.waive(projectId, body.item(), body.reason(), expected, by));
  }

  @Operation(
      summary =
          "Signs the closure off (the sponsor or the PMO): the project is closed and frozen; 409"
              + " while an item is neither met nor waived")
  @PostMapping(BASE + "/sign-off")
  ResponseEntity<ClosureView> signOff(
      @PathVariable long projectId,
      IfMatch ifMatch,
      @RequestBody(required = false) NoteBody body,
      CurrentUser by) {
    NoteBody sent = body == null ? new NoteBody(null, null) : body;
    return ifMatch.changed(
        sent.version(), expected -> closures.signOff(projectId, sent.note(), expected, by));
  }

  @Operation(summary = "Reopens a closed project, with a reason (the PMO or an administrator)")
  @PostMapping(BASE + "/reopen")
  ResponseEntity<ClosureView> reopen(
      @PathVariable long projectId, IfMatch ifMatch, @RequestBody ReasonBody body, CurrentUser by) {
    return ifMatch.changed(
        body.version(), expected -> closures.reopen(projectId, body.reason(), expected, by));
  }

  /** A change without data: only the version it was based on, if not in If-Match. */
  record VersionBody(Long version) {
    static Long version(VersionBody body) {
      return body == null ? null : body.version();
    }
  }

  /** {@code item} is an item's key, as the checklist lists it. */
  record WaiverBody(String item, String reason, Long version) {}

  record NoteBody(String note, Long version) {}

  record ReasonBody(String reason, Long version) {}
}

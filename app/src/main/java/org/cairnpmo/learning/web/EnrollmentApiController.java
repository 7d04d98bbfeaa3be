package org.cairnpmo.learning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.EnrollmentStatus;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.EnrollmentView;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionNamed;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Learning: enrollments",
    description =
        "Places on sessions: requested by the person (their line manager approves) or enrolled by"
            + " the line manager or the PMO; confirmed, attended and completed by the PMO; a full"
            + " session puts a request on the wait list. A person's enrollments are seen by"
            + " them, their line manager, the PMO and administrators; to anyone else they answer"
            + " 404.")
@RestController
record EnrollmentApiController(EnrollmentService enrollments) {

  static final String BASE = "/api/v1/learning/enrollments";

  @Operation(
      summary = "Ask for a seat on a session",
      description =
          "For the caller (no userId), or for someone else by their line manager, the PMO or an"
              + " administrator (approved at once). A full session puts it on the wait list."
              + " Someone who has not completed the course's prerequisite courses or holds no"
              + " valid certification of the scheme it asks gets 409 'prerequisites-missing'"
              + " naming them; the PMO and administrators may enroll someone anyway with an"
              + " overrideReason, kept on the enrollment.")
  @PostMapping(CourseApiController.SESSIONS + "/{sessionId}/enrollments")
  ResponseEntity<EnrollmentView> request(
      @PathVariable long sessionId, @RequestBody(required = false) Enroll body, CurrentUser by) {
    return VersionedResponses.createdBelow(
        BASE,
        enrollments.request(
            sessionId,
            body == null ? null : body.userId(),
            body == null ? null : body.overrideReason(),
            by));
  }

  @Operation(summary = "The enrollments the caller sees, newest first")
  @GetMapping(BASE)
  PageResponse<EnrollmentView> list(
      @Parameter(description = "One person's") @RequestParam(required = false) Long userId,
      @RequestParam(required = false) Set<EnrollmentStatus> status,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser viewer) {
    return PageResponse.of(
        enrollments.list(userId, status, paging.request(EnrollmentService.ORDER), viewer));
  }

  @Operation(
      summary = "The requests waiting for the caller's decision, oldest first",
      description = "Their reports' (everyone's for the PMO and administrators), never their own.")
  @GetMapping(BASE + "/approvals")
  PageResponse<EnrollmentView> approvals(
      @PageQuery.DefaultSize(20) PageQuery paging, CurrentUser viewer) {
    return PageResponse.of(enrollments.approvals(paging.request(), viewer));
  }

  @Operation(summary = "One enrollment; its ETag is its version")
  @GetMapping(BASE + "/{id}")
  ResponseEntity<EnrollmentView> enrollment(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(enrollments.enrollment(id, viewer));
  }

  @Operation(
      summary = "Approve a request",
      description =
          "The line manager, the PMO, administrators; not one's own. On the wait list the approval"
              + " waits for a seat.")
  @PostMapping(BASE + "/{id}/approval")
  ResponseEntity<EnrollmentView> approve(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) Decision body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> enrollments.approve(id, expected, by));
  }

  @Operation(summary = "Decline a request", description = "As approval; frees the seat.")
  @PostMapping(BASE + "/{id}/decline")
  ResponseEntity<EnrollmentView> decline(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) Decision body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> enrollments.decline(id, reason(body), expected, by));
  }

  @Operation(summary = "Confirm an approved seat", description = "PMO and administrators.")
  @PostMapping(BASE + "/{id}/confirmation")
  ResponseEntity<EnrollmentView> confirm(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) Decision body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> enrollments.confirm(id, expected, by));
  }

  @Operation(summary = "Record attendance", description = "PMO and administrators.")
  @PostMapping(BASE + "/{id}/attendance")
  ResponseEntity<EnrollmentView> attend(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) Decision body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> enrollments.attend(id, expected, by));
  }

  @Operation(
      summary = "Record completion",
      description =
          "PMO and administrators. Score from 0 to 100 (none when not graded); hours spent (the"
              + " course's duration when not given).")
  @PostMapping(BASE + "/{id}/completion")
  ResponseEntity<EnrollmentView> complete(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) Completion body,
      CurrentUser by) {
    return ifMatch.changed(
        body,
        expected ->
            enrollments.complete(
                id,
                body == null ? null : body.score(),
                body == null ? null : body.hours(),
                expected,
                by));
  }

  @Operation(
      summary = "Cancel",
      description =
          "The person, their line manager, the PMO, administrators. The seat goes to the first on"
              + " the wait list.")
  @PostMapping(BASE + "/{id}/cancellation")
  ResponseEntity<EnrollmentView> cancel(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) Decision body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> enrollments.cancel(id, reason(body), expected, by));
  }

  private static String reason(Decision body) {
    return body == null ? null : body.reason();
  }

  /**
   * Whom to enroll (the caller when absent) and, for the PMO enrolling someone without the course's
   * prerequisites, the reason for the exception.
   */
  record Enroll(Long userId, String overrideReason) {}

  /** The version that was read, and a reason where one is given. */
  record Decision(Long version, String reason) implements VersionNamed {}

  /** The version that was read, the score and the hours spent. */
  record Completion(Long version, BigDecimal score, BigDecimal hours) implements VersionNamed {}
}

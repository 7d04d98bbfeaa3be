package org.cairnpmo.practices.maturity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionBody;
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
    name = "Practices: maturity assessment",
    description =
        "Questionnaire-based maturity assessments over six areas on five levels. The PMO opens"
            + " an assessment for invited respondents, each answers for themselves (draft, then"
            + " submit), the PMO closes it; results (score and spread per area, overall level) and"
            + " the answers of others are shown only after the close. Everyone signed in reads"
            + " assessments, results and improvement actions.")
@RestController
@RequestMapping(AssessmentApiController.BASE)
record AssessmentApiController(AssessmentService assessments, ImprovementActionService actions) {

  static final String BASE = "/api/v1/practices/assessments";

  @Operation(summary = "Assessments, the most recently held first")
  @GetMapping
  PageResponse<AssessmentViews.Summary> assessments(
      @RequestParam(required = false) AssessmentStatus status,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser viewer) {
    return PageResponse.of(
        assessments.assessments(status, paging.request(AssessmentService.ORDER), viewer));
  }

  @Operation(
      summary = "Open an assessment",
      description =
          "PMO and administrators. A department for its scope, or none for the whole"
              + " organization; the respondents are people who may sign in. The questionnaire is"
              + " frozen from now on.")
  @PostMapping
  ResponseEntity<AssessmentViews.Detail> open(
      @Valid @RequestBody AssessmentData data, CurrentUser by) {
    return VersionedResponses.created(assessments.open(data, by));
  }

  @Operation(
      summary = "The trend of each area across the closed assessments of one scope, oldest first",
      description = "departmentId: a department's assessments; none: the whole organization's.")
  @GetMapping("/history")
  AssessmentViews.History history(@RequestParam(required = false) Long departmentId) {
    return assessments.history(departmentId);
  }

  @Operation(
      summary = "One assessment; its ETag is its version",
      description = "results is null while it is open.")
  @GetMapping("/{id}")
  ResponseEntity<AssessmentViews.Detail> assessment(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(assessments.assessment(id, viewer));
  }

  @Operation(
      summary = "Close an assessment",
      description =
          "PMO and administrators; name its version in If-Match or 'version'. 409"
              + " assessment-no-answers before a first submission.")
  @PostMapping("/{id}/closure")
  ResponseEntity<AssessmentViews.Detail> close(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) VersionBody body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> assessments.close(id, expected, by));
  }

  @Operation(
      summary = "Invite more respondents to an open assessment",
      description =
          "PMO and administrators; name the assessment's version in If-Match or 'version'. People"
              + " already invited are left as they are; 409 assessment-closed once closed.")
  @PostMapping("/{id}/respondents")
  ResponseEntity<AssessmentViews.Detail> invite(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody InviteBody body, CurrentUser by) {
    return ifMatch.changed(
        body.version(), expected -> assessments.invite(id, body.respondentIds(), expected, by));
  }

  @Operation(
      summary = "Every respondent's submitted answers",
      description =
          "After the close, to the respondents and the PMO (403 to anyone else, 409 while open).")
  @GetMapping("/{id}/answers")
  AssessmentViews.AnswerSheet answers(@PathVariable long id, CurrentUser viewer) {
    return assessments.answerSheet(id, viewer);
  }

  @Operation(
      summary = "Your own answers; their ETag is the response's version",
      description = "Invited respondents only (403 otherwise).")
  @GetMapping("/{id}/responses/mine")
  ResponseEntity<AssessmentViews.MyResponse> mine(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(assessments.myResponse(id, viewer));
  }

  @Operation(
      summary = "Save your answers as a draft, or submit them",
      description =
          "Invited respondents only, while open. A level from 1 to 5 per question, each question"
              + " at most once; submit=true needs every question and is final. Name the"
              + " response's version in If-Match or 'version'.")
  @PutMapping("/{id}/responses/mine")
  ResponseEntity<AssessmentViews.MyResponse> answer(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody AnswersData data,
      CurrentUser viewer) {
    return ifMatch.changed(
        data.version(), expected -> assessments.answer(id, data, expected, viewer));
  }

  @Operation(summary = "The improvement actions of an assessment, the earliest due first")
  @GetMapping("/{id}/actions")
  PageResponse<ActionView> actions(@PathVariable long id, PageQuery paging) {
    return PageResponse.of(actions.actions(id, paging.request(ImprovementActionService.ORDER)));
  }

  @Operation(
      summary = "Add an improvement action to a closed assessment",
      description = "PMO and administrators; 409 assessment-open before the close.")
  @PostMapping("/{id}/actions")
  ResponseEntity<ActionView> addAction(
      @PathVariable long id, @Valid @RequestBody ActionData data, CurrentUser by) {
    return VersionedResponses.createdBelow(BASE + "/" + id + "/actions", actions.add(id, data, by));
  }

  @Operation(
      summary = "Change an improvement action (its status too)",
      description = "PMO and administrators; name its version in If-Match or 'version'.")
  @PutMapping("/{id}/actions/{actionId}")
  ResponseEntity<ActionView> reviseAction(
      @PathVariable long id,
      @PathVariable long actionId,
      IfMatch ifMatch,
      @Valid @RequestBody ActionData data,
      CurrentUser by) {
    return ifMatch.changed(
        data.version(), expected -> actions.revise(id, actionId, data, expected, by));
  }

  /** The people to invite, and the assessment's version. */
  record InviteBody(
      @NotEmpty(message = "Choose at least one person to invite")
          @Size(max = 200, message = "At most 200 people")
          List<@NotNull(message = "A person cannot be empty") Long> respondentIds,
      Long version) {}
}

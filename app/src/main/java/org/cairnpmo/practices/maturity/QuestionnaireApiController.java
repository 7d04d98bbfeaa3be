package org.cairnpmo.practices.maturity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Practices: maturity questionnaires",
    description =
        "The questionnaires maturity assessments are answered with: questions per area, each with"
            + " a descriptor per level (1 initial to 5 optimizing). Everyone signed in reads them;"
            + " the PMO and administrators write them. One used by an assessment is frozen (409"
            + " questionnaire-in-use): copy it to change it.")
@RestController
@RequestMapping(QuestionnaireApiController.BASE)
record QuestionnaireApiController(QuestionnaireService library) {

  static final String BASE = "/api/v1/practices/assessments/questionnaires";

  @Operation(summary = "Every questionnaire, by name")
  @GetMapping
  List<QuestionnaireView> questionnaires() {
    return library.questionnaires();
  }

  @Operation(
      summary = "Write a questionnaire",
      description = "PMO and administrators. At least one question about each of the six areas.")
  @PostMapping
  ResponseEntity<QuestionnaireView> define(
      @Valid @RequestBody QuestionnaireData data, CurrentUser by) {
    return VersionedResponses.created(library.define(data, by));
  }

  @Operation(summary = "One questionnaire; its ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<QuestionnaireView> questionnaire(@PathVariable long id) {
    return VersionedResponses.ok(library.questionnaire(id));
  }

  @Operation(
      summary = "Change a questionnaire no assessment has used",
      description = "PMO and administrators; name its version in If-Match or 'version'.")
  @PutMapping("/{id}")
  ResponseEntity<QuestionnaireView> revise(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody QuestionnaireData data,
      CurrentUser by) {
    return ifMatch.changed(data.version(), expected -> library.revise(id, data, expected, by));
  }

  @Operation(
      summary = "Copy a questionnaire, to change the copy",
      description = "PMO and administrators. Named after the original with the first free number.")
  @PostMapping("/{id}/copies")
  ResponseEntity<QuestionnaireView> copy(@PathVariable long id, CurrentUser by) {
    return VersionedResponses.createdBelow(BASE, library.copy(id, by));
  }
}

package org.cairnpmo.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionBody;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.practices.domain.MethodData;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Practices: methodology library",
    description =
        "Methods based on governance's lifecycles: per phase the deliverables expected, a"
            + " checklist and guidance in Markdown; which tiers follow them. Everyone signed in"
            + " reads them; the PMO and administrators write them. A published version is frozen;"
            + " a change is a new version.")
@RestController
@RequestMapping(MethodApiController.BASE)
record MethodApiController(MethodService library) {

  static final String BASE = "/api/v1/practices/methods";

  @Operation(summary = "Every version of every method, by name, newest version first")
  @GetMapping
  List<MethodView> methods() {
    return library.methods();
  }

  @Operation(
      summary = "Define a method (a draft)",
      description =
          "PMO and administrators. Phases are named as the lifecycle names them; a phase left out"
              + " says nothing yet.")
  @PostMapping
  ResponseEntity<MethodView> define(@Valid @RequestBody MethodData data, CurrentUser by) {
    return VersionedResponses.created(library.define(data, by));
  }

  @Operation(summary = "One version of a method; its ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<MethodView> method(@PathVariable long id) {
    return VersionedResponses.ok(library.method(id));
  }

  @Operation(
      summary = "Change a draft",
      description =
          "PMO and administrators. Name the version you edited in If-Match or 'version'. A"
              + " published version answers 409 method-frozen: create a new version instead.")
  @PutMapping("/{id}")
  ResponseEntity<MethodView> revise(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody MethodData data, CurrentUser by) {
    return ifMatch.changed(data.version(), expected -> library.revise(id, data, expected, by));
  }

  @Operation(
      summary = "Publish a draft",
      description =
          "PMO and administrators. Name the version in If-Match or 'version'. The draft is frozen"
              + " from now on; the version it was copied from is retired.")
  @PostMapping("/{id}/publication")
  ResponseEntity<MethodView> publish(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) VersionBody body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> library.publish(id, expected, by));
  }

  @Operation(
      summary = "Start the next version of a published method",
      description = "PMO and administrators. A draft copy; 409 while a draft of it exists.")
  @PostMapping("/{id}/versions")
  ResponseEntity<MethodView> newVersion(@PathVariable long id, CurrentUser by) {
    MethodView copy = library.newVersion(id, by);
    return VersionedResponses.createdBelow(BASE, copy);
  }
}

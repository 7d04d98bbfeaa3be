package org.cairnpmo.learning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.domain.LearningPaths;
import org.cairnpmo.learning.domain.PathData;
import org.cairnpmo.learning.domain.PathViews.PathProgress;
import org.cairnpmo.learning.domain.PathViews.PathView;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Learning: paths",
    description =
        "Learning paths per role: ordered steps (courses, certifications, competency levels,"
            + " projects managed through gates), each checked from Cairn's data. Everyone reads"
            + " the paths; the PMO writes them. A person's progress is seen by them, their line"
            + " manager, the PMO and administrators; to anyone else it answers 404.")
@RestController
record PathApiController(LearningPaths paths) {

  static final String BASE = "/api/v1/learning/paths";

  @Operation(summary = "The paths, by role and name")
  @GetMapping(BASE)
  List<PathView> list() {
    return paths.paths();
  }

  @Operation(summary = "One path; its ETag is its version")
  @GetMapping(BASE + "/{id}")
  ResponseEntity<PathView> path(@PathVariable long id) {
    return VersionedResponses.ok(paths.path(id));
  }

  @Operation(summary = "Define a path (PMO)")
  @PostMapping(BASE)
  ResponseEntity<PathView> define(@Valid @RequestBody PathData data, CurrentUser by) {
    return VersionedResponses.createdBelow(BASE, paths.define(data, by));
  }

  @Operation(summary = "Change a path (PMO); If-Match or 'version'")
  @PutMapping(BASE + "/{id}")
  ResponseEntity<PathView> revise(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody PathData data, CurrentUser by) {
    return ifMatch.changed(data.version(), expected -> paths.revise(id, data, expected, by));
  }

  @Operation(summary = "A person's progress along a path and their next step")
  @GetMapping(BASE + "/{id}/progress")
  PathProgress progress(
      @PathVariable long id,
      @Parameter(description = "Whose (the caller's when absent)") @RequestParam(required = false)
          Long userId,
      CurrentUser viewer) {
    return paths.progress(id, userId, viewer);
  }
}

package org.cairnpmo.learning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.domain.Assessments;
import org.cairnpmo.learning.domain.CompetencyData;
import org.cairnpmo.learning.domain.CompetencyFramework;
import org.cairnpmo.learning.domain.CompetencyViews.AreaData;
import org.cairnpmo.learning.domain.CompetencyViews.AreaView;
import org.cairnpmo.learning.domain.CompetencyViews.AssessmentData;
import org.cairnpmo.learning.domain.CompetencyViews.AssessmentView;
import org.cairnpmo.learning.domain.CompetencyViews.BuildView;
import org.cairnpmo.learning.domain.CompetencyViews.CompetencyView;
import org.cairnpmo.learning.domain.CompetencyViews.GapView;
import org.cairnpmo.learning.domain.CompetencyViews.TargetData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileView;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Learning: competencies",
    description =
        "The competency framework (areas, competencies with level descriptors), the target"
            + " profile of each role, what courses build, people's assessments and their gap to"
            + " a role. Everyone reads the framework; the PMO writes it. Assessments and gaps are"
            + " part of a person's record: seen by them, their line manager, the PMO and"
            + " administrators; to anyone else one answers 404.")
@RestController
record CompetencyApiController(CompetencyFramework framework, Assessments assessments) {

  static final String BASE = "/api/v1/learning";

  /** The competencies a course builds, each with the level it brings one to. */
  record BuildsData(
      @NotNull(message = "List the competencies") @Size(max = 50, message = "At most 50")
          List<@Valid @NotNull TargetData> competencies) {}

  @Operation(summary = "The framework: areas by position, each with its competencies")
  @GetMapping(BASE + "/competencies")
  List<AreaView> areas() {
    return framework.framework();
  }

  @Operation(summary = "Add an area (PMO)")
  @PostMapping(BASE + "/competency-areas")
  @ResponseStatus(HttpStatus.CREATED)
  AreaView addArea(@Valid @RequestBody AreaData data, CurrentUser by) {
    return framework.addArea(data, by);
  }

  @Operation(summary = "One competency with its level descriptors; its ETag is its version")
  @GetMapping(BASE + "/competencies/{id}")
  ResponseEntity<CompetencyView> competency(@PathVariable long id) {
    return VersionedResponses.ok(framework.competency(id));
  }

  @Operation(summary = "Add a competency (PMO)")
  @PostMapping(BASE + "/competencies")
  ResponseEntity<CompetencyView> define(@Valid @RequestBody CompetencyData data, CurrentUser by) {
    return VersionedResponses.createdBelow(BASE + "/competencies", framework.define(data, by));
  }

  @Operation(summary = "Change a competency (PMO); name the version in If-Match or 'version'")
  @PutMapping(BASE + "/competencies/{id}")
  ResponseEntity<CompetencyView> revise(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody CompetencyData data,
      CurrentUser by) {
    return ifMatch.changed(data.version(), expected -> framework.revise(id, data, expected, by));
  }

  @Operation(summary = "The target profiles of the roles, by role")
  @GetMapping(BASE + "/target-profiles")
  List<TargetProfileView> profiles() {
    return framework.profiles();
  }

  @Operation(
      summary = "Set a role's target profile (PMO)",
      description =
          "Replaces the levels the role asks for. Changing an existing profile names its version in"
              + " If-Match or 'version'.")
  @PutMapping(BASE + "/target-profiles")
  ResponseEntity<TargetProfileView> setProfile(
      IfMatch ifMatch, @Valid @RequestBody TargetProfileData data, CurrentUser by) {
    Long expected =
        ifMatch.sent() || data.version() != null ? ifMatch.expected(data.version()) : null;
    return VersionedResponses.ok(framework.setProfile(data, expected, by));
  }

  @Operation(summary = "The competencies a course builds and the level it brings one to")
  @GetMapping(BASE + "/courses/{id}/competencies")
  List<BuildView> builds(@PathVariable long id) {
    return framework.buildsOf(id);
  }

  @Operation(summary = "Set the competencies a course builds (PMO); replaces the earlier list")
  @PutMapping(BASE + "/courses/{id}/competencies")
  List<BuildView> setBuilds(
      @PathVariable long id, @Valid @RequestBody BuildsData data, CurrentUser by) {
    return framework.setBuilds(id, data.competencies(), by);
  }

  @Operation(
      summary = "Assess a person in a competency",
      description =
          "SELF: the person themselves (no userId). MANAGER: their line manager, the PMO or an"
              + " administrator, never of themselves. Replaces the earlier one of the same source.")
  @PostMapping(BASE + "/assessments")
  AssessmentView assess(@Valid @RequestBody AssessmentData data, CurrentUser by) {
    return assessments.assess(data, by);
  }

  @Operation(summary = "A person's assessments")
  @GetMapping(BASE + "/people/{userId}/assessments")
  List<AssessmentView> assessmentsOf(@PathVariable long userId, CurrentUser viewer) {
    return assessments.of(userId, viewer);
  }

  @Operation(
      summary = "A person's gap against a role's target profile, with the courses that close it",
      description = "The role is the person's own in the resource pool unless named.")
  @GetMapping(BASE + "/people/{userId}/gap")
  GapView gap(
      @PathVariable long userId,
      @Parameter(description = "A role's name") @RequestParam(required = false) String role,
      CurrentUser viewer) {
    return assessments.gap(userId, role, viewer);
  }
}

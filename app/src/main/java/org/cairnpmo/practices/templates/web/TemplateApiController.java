package org.cairnpmo.practices.templates.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionBody;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.practices.templates.NewProjectData;
import org.cairnpmo.practices.templates.TemplateData;
import org.cairnpmo.practices.templates.TemplateInstantiation;
import org.cairnpmo.practices.templates.TemplateLibrary;
import org.cairnpmo.practices.templates.TemplatePush;
import org.cairnpmo.practices.templates.TemplateView;
import org.cairnpmo.projects.ProjectView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Practices: project templates",
    description =
        "What a new project starts with: lifecycle, method, tier and category, work breakdown,"
            + " RACI, risks, milestones, reporting cadence, budget, checklist and documents."
            + " Everyone signed in reads them; the PMO and administrators write them. A published"
            + " version is frozen and is the only kind that makes projects; a change is a new"
            + " version, which can be pushed to the projects that follow an earlier one.")
@RestController
@RequestMapping(TemplateApiController.BASE)
record TemplateApiController(
    TemplateLibrary library, TemplateInstantiation instantiation, TemplatePush push) {

  static final String BASE = "/api/v1/practices/templates";

  @Operation(summary = "Every version of every template, by name, newest version first")
  @GetMapping
  List<TemplateView> templates() {
    return library.templates();
  }

  @Operation(summary = "Define a template (a draft)", description = "PMO and administrators.")
  @PostMapping
  ResponseEntity<TemplateView> define(@Valid @RequestBody TemplateData data, CurrentUser by) {
    return VersionedResponses.created(library.define(data, by));
  }

  @Operation(summary = "One version of a template; its ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<TemplateView> template(@PathVariable long id) {
    return VersionedResponses.ok(library.template(id));
  }

  @Operation(
      summary = "Change a draft",
      description =
          "PMO and administrators. Name the version you edited in If-Match or 'version'. A"
              + " published version answers 409 template-frozen: create a new version instead.")
  @PutMapping("/{id}")
  ResponseEntity<TemplateView> revise(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody TemplateData data,
      CurrentUser by) {
    return ifMatch.changed(data.version(), expected -> library.revise(id, data, expected, by));
  }

  @Operation(
      summary = "Publish a draft",
      description =
          "PMO and administrators. Name the version in If-Match or 'version'. The draft is frozen;"
              + " the version it was copied from is retired.")
  @PostMapping("/{id}/publication")
  ResponseEntity<TemplateView> publish(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) VersionBody body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> library.publish(id, expected, by));
  }

  @Operation(
      summary = "Start the next version of a published template",
      description = "PMO and administrators. A draft copy; 409 while a draft of it exists.")
  @PostMapping("/{id}/versions")
  ResponseEntity<TemplateView> newVersion(@PathVariable long id, CurrentUser by) {
    return VersionedResponses.createdBelow(BASE, library.newVersion(id, by));
  }

  @Operation(
      summary = "Create a ready project from a published template",
      description =
          "Whoever may register projects (the PMO, administrators, project managers for the"
              + " projects they manage). Registers the project and gives it, in one transaction,"
              + " everything the template holds: lifecycle, plan, RACI, risks, milestones,"
              + " cadence, budget, checklist and documents. Any refusal leaves nothing behind.")
  @PostMapping("/{id}/projects")
  ResponseEntity<ProjectView> create(
      @PathVariable long id, @Valid @RequestBody NewProjectData data, CurrentUser by) {
    return VersionedResponses.createdBelow("/api/v1/projects", instantiation.create(id, data, by));
  }

  @Operation(
      summary = "The live projects that follow an earlier version, with what a push offers each",
      description = "Projects the caller may see only.")
  @GetMapping("/{id}/push-candidates")
  List<TemplatePush.Candidate> candidates(@PathVariable long id, CurrentUser viewer) {
    return push.candidates(id, viewer);
  }

  @Operation(
      summary = "Push this published version to projects that follow an earlier one",
      description =
          "PMO and administrators. Offers each project named (every candidate when the list is"
              + " empty) the changes between the version it follows and this one, to accept or"
              + " decline one by one. Idempotent: a change already offered is not offered again.")
  @PostMapping("/{id}/pushes")
  List<TemplatePush.Pushed> push(
      @PathVariable long id, @Valid @RequestBody PushBody body, CurrentUser by) {
    return push.push(id, body.projectIdsOrEmpty(), by);
  }

  /** The projects to push to; empty means every candidate. */
  record PushBody(
      @Size(max = 500, message = "At most 500 projects")
          List<@NotNull(message = "Name a project") Long> projectIds) {

    List<Long> projectIdsOrEmpty() {
      return projectIds == null ? List.of() : projectIds;
    }
  }
}

package org.cairnpmo.practices.templates.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionBody;
import org.cairnpmo.practices.templates.ChangeView;
import org.cairnpmo.practices.templates.ProjectTemplates;
import org.cairnpmo.practices.templates.TemplatePush;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Practices: a project's template",
    description =
        "The template a project follows, its checklist and documents, and the changes a newer"
            + " version of the template offers it. Those who see the project read them; its"
            + " manager and the PMO accept or decline each change and tick the checklist.")
@RestController
@RequestMapping("/api/v1/projects/{projectId}/template")
record ProjectTemplateApiController(ProjectTemplates templates, TemplatePush push) {

  @Operation(summary = "The template the project follows, its checklist and documents")
  @GetMapping
  ProjectTemplates.Followed followed(@PathVariable long projectId, CurrentUser viewer) {
    return templates.followed(projectId, viewer);
  }

  @Operation(summary = "The changes newer template versions offered the project, pending first")
  @GetMapping("/changes")
  List<ChangeView> changes(@PathVariable long projectId, CurrentUser viewer) {
    return push.changes(projectId, viewer);
  }

  @Operation(
      summary = "Accept one change: it is applied, unless the project's work is already done",
      description =
          "The project's manager and the PMO. Name the change's version in If-Match or"
              + " 'version'. Done work (a started task, a completed milestone, a closed risk, a"
              + " month with actual costs, a ticked item) is left as it is and the outcome says so.")
  @PostMapping("/changes/{changeId}/acceptance")
  ResponseEntity<ChangeView> accept(
      @PathVariable long projectId,
      @PathVariable long changeId,
      IfMatch ifMatch,
      @RequestBody(required = false) VersionBody body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> push.accept(projectId, changeId, expected, by));
  }

  @Operation(
      summary = "Decline one change: nothing is applied, and it is not offered again",
      description = "The project's manager and the PMO. Name the version in If-Match or 'version'.")
  @PostMapping("/changes/{changeId}/refusal")
  ResponseEntity<ChangeView> decline(
      @PathVariable long projectId,
      @PathVariable long changeId,
      IfMatch ifMatch,
      @RequestBody(required = false) VersionBody body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> push.decline(projectId, changeId, expected, by));
  }

  @Operation(
      summary = "Tick or untick a checklist item or document",
      description = "The project's manager and the PMO. Name the item's version in If-Match.")
  @PostMapping("/items/{itemId}")
  ResponseEntity<ProjectTemplates.ItemView> tick(
      @PathVariable long projectId,
      @PathVariable long itemId,
      IfMatch ifMatch,
      @RequestBody TickBody body,
      CurrentUser by) {
    return ifMatch.changed(
        body.version(), expected -> templates.tick(projectId, itemId, body.done(), expected, by));
  }

  /** Done or not, and the version of the item that was read. */
  record TickBody(boolean done, Long version) {}
}

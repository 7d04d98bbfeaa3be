package org.cairnpmo.resources.leveling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Leveling across projects",
    description =
        "Resolves the over-allocation of people that several projects' plans share (plan"
            + " resources linked to the same user) by delaying the work of the later projects in"
            + " the list, within each project's longest delay in working days and the period given."
            + " A preview saves nothing and answers each project's finish, moved tasks and slipped"
            + " milestones, and the 'change' that applies it: every plan or none; a plan changed"
            + " since the preview is a 409 'plans-changed'. Resource managers, the PMO and"
            + " administrators; a project you may not see answers like one that does not exist.")
@RestController
record LevelingApiController(LevelingService leveling) {

  @Operation(
      operationId = "previewLevelingAcrossProjects",
      summary = "What leveling the shared people of these projects would do (nothing is saved)")
  @PostMapping("/api/v1/resources/leveling/previews")
  LevelingPreview preview(@RequestBody LevelingLimits limits, CurrentUser viewer) {
    return leveling.preview(limits, viewer);
  }

  @Operation(
      operationId = "applyLevelingAcrossProjects",
      summary = "Apply a previewed leveling to every plan it names, or to none")
  @PostMapping("/api/v1/resources/leveling/applications")
  List<LevelingService.Applied> apply(@RequestBody LevelingChange change, CurrentUser viewer) {
    return leveling.apply(change, viewer);
  }
}

package org.cairnpmo.planning.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.RequirementData;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.domain.RequirementService;
import org.cairnpmo.planning.domain.ResourceService;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Resource leveling: the plan's resources (people, roles, equipment and how many units of each
 * there are), what each task needs of them, and where the plan asks more than there is.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan/leveling")
@OnStaleVersion(
    message =
        "Someone else changed the plan meanwhile, so your change was not saved. Here it is as it"
            + " is now; apply your change again.",
    redirect = "/projects/{projectId}/plan/leveling")
record PlanLevelingPageController(
    PlanningApi planning,
    PlanPages pages,
    ResourceService resourceService,
    RequirementService requirementService) {

  @GetMapping
  String show(@PathVariable long projectId, CurrentUser me, Model model) {
    pages.header(projectId, "leveling", me, model);
    List<TaskView> tasks = planning.allTasks(projectId, null, me);
    List<ResourceView> resources = planning.resources(projectId, me);
    List<RequirementView> requirements = planning.requirements(projectId, me);
    model.addAttribute("tasks", tasks);
    model.addAttribute(
        "byId", tasks.stream().collect(Collectors.toMap(TaskView::id, Function.identity())));
    model.addAttribute("resources", resources);
    model.addAttribute("requirements", requirements);
    model.addAttribute("overAllocations", planning.overAllocations(projectId, me));
    model.addAttribute("kinds", ResourceKind.values());
    return "planning/leveling";
  }

  @PostMapping("/resources")
  String addResource(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) ResourceKind kind,
      @RequestParam(required = false) BigDecimal maxUnits,
      @RequestParam(required = false) BigDecimal costRate,
      PlanPageChange edit) {
    ResourceData data = new ResourceData(name.strip(), kind, maxUnits, null, costRate, null);
    return edit.change(
        "Resource added: " + data.name() + ".",
        () -> resourceService.add(projectId, data, edit.version(), edit.me()),
        back(projectId));
  }

  @PostMapping("/requirements")
  String addRequirement(
      @PathVariable long projectId,
      @RequestParam(required = false) Long taskId,
      @RequestParam(required = false) Long resourceId,
      @RequestParam(required = false) BigDecimal units,
      PlanPageChange edit) {
    return edit.change(
        "Assignment added.",
        () ->
            requirementService.add(
                projectId,
                new RequirementData(taskId, resourceId, units),
                edit.version(),
                edit.me()),
        back(projectId));
  }

  /** Removes a resource (with every assignment of it) or one assignment. */
  @PostMapping("/{what:resources|requirements}/{id}/delete")
  String delete(
      @PathVariable long projectId,
      @PathVariable String what,
      @PathVariable long id,
      PlanPageChange edit) {
    boolean resource = "resources".equals(what);
    Supplier<PlanEdit<?>> change =
        resource
            ? () -> resourceService.delete(projectId, id, edit.version(), edit.me())
            : () -> requirementService.delete(projectId, id, edit.version(), edit.me());
    return edit.change(
        resource ? "Resource removed." : "Assignment removed.", change, back(projectId));
  }

  private static String back(long projectId) {
    return "/projects/" + projectId + "/plan/leveling";
  }
}

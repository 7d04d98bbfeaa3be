package org.cairnpmo.planning.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.cairnpmo.planning.RequirementData;
import org.cairnpmo.planning.RequirementView;
import org.springframework.stereotype.Service;

/**
 * What a plan's tasks require of its resources, in units while they run (1 = full time), for
 * leveling: one requirement per task and resource.
 */
@Service
public class RequirementService
    extends PlanEntryService<TaskRequirement, RequirementData, RequirementView> {

  RequirementService(PlanEditor editor) {
    super(editor, "Requirement");
  }

  @Override
  Optional<TaskRequirement> lookup(PlanContext context, long id) {
    return context.store().requirements().findByIdAndPlanId(id, context.planId());
  }

  @Override
  TaskRequirement create(PlanContext context, RequirementData data) {
    return context
        .store()
        .requirements()
        .save(TaskRequirement.of(context.planId(), data.taskId(), data.resourceId(), data.units()));
  }

  @Override
  void write(TaskRequirement requirement, RequirementData data) {
    requirement.write(data.taskId(), data.resourceId(), data.units());
  }

  @Override
  void remove(PlanContext context, TaskRequirement requirement) {
    context.store().requirements().delete(requirement);
  }

  /** The requirement with the name of its resource (checked to be the plan's). */
  @Override
  LongFunction<RequirementView> view(PlanContext context, TaskRequirement requirement) {
    String name = resource(context, requirement.getResourceId()).orElseThrow().getName();
    return version -> requirement.view(name, version);
  }

  @Override
  void check(PlanContext context, RequirementData data, TaskRequirement self) {
    Problems problems = new Problems();
    problems.require(
        data.taskId() != null
            && context.tasks().stream().anyMatch(t -> t.getId().equals(data.taskId())),
        "taskId",
        "This plan has no task " + data.taskId() + ".");
    problems.require(
        data.resourceId() != null && resource(context, data.resourceId()).isPresent(),
        "resourceId",
        "This plan has no resource " + data.resourceId() + ".");
    ResourceService.units(data.units(), problems, "units");
    problems.require(
        context.store().requirements().findByPlanIdOrderByIdAsc(context.planId()).stream()
            .noneMatch(
                r ->
                    r != self
                        && Objects.equals(r.getTaskId(), data.taskId())
                        && Objects.equals(r.getResourceId(), data.resourceId())),
        "resourceId",
        "The task requires this resource already: change that requirement instead.");
    problems.throwIfAny();
  }

  private static Optional<PlanResource> resource(PlanContext context, long resourceId) {
    return context.store().resources().findByIdAndPlanId(resourceId, context.planId());
  }
}

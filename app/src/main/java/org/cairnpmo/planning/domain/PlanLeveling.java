package org.cairnpmo.planning.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.leveling.LevelingRequest;
import org.cairnpmo.engine.schedule.leveling.OverAllocation;
import org.cairnpmo.engine.schedule.leveling.ResourceCapacity;
import org.cairnpmo.engine.schedule.leveling.ResourceRequirement;
import org.cairnpmo.planning.OverAllocationView;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.TaskView;

/**
 * A plan as the engine's leveler takes it (ids are the plan's ids as text, as in the scheduler's
 * request), and the leveler's over-allocations as the plan shows them: by resource name, in days.
 */
final class PlanLeveling {

  private PlanLeveling() {}

  static LevelingRequest request(
      ScheduleRequest plan,
      List<TaskView> tasks,
      List<ResourceView> resources,
      List<RequirementView> requirements) {
    List<ResourceRequirement> needs =
        requirements.stream()
            .map(
                r ->
                    new ResourceRequirement(
                        PlanNetwork.key(r.taskId()),
                        PlanNetwork.key(r.resourceId()),
                        r.units().doubleValue()))
            .toList();
    List<ResourceCapacity> capacities =
        resources.stream()
            .map(r -> new ResourceCapacity(PlanNetwork.key(r.id()), r.maxUnits().doubleValue()))
            .toList();
    Map<String, Integer> priorities = new HashMap<>();
    tasks.forEach(t -> priorities.put(PlanNetwork.key(t.id()), t.priority()));
    return new LevelingRequest(plan, needs, capacities, priorities);
  }

  static List<OverAllocationView> views(
      List<OverAllocation> overAllocations, List<ResourceView> resources) {
    Map<String, String> names = new HashMap<>();
    resources.forEach(r -> names.put(PlanNetwork.key(r.id()), r.name()));
    return overAllocations.stream()
        .map(o -> OverAllocationView.of(o, names.get(o.resourceId())))
        .toList();
  }
}

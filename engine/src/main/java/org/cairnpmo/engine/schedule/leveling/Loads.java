package org.cairnpmo.engine.schedule.leveling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.ScheduledTask;

/**
 * The load of each resource over time in a schedule, from its tasks' dates and requirements, in
 * hundredths of a unit; and the periods in which it is more than the capacity.
 */
final class Loads {

  private Loads() {}

  static long hundredths(double units) {
    return Math.round(units * 100);
  }

  /** The capacity of every resource in hundredths; a requirement on an unknown one is refused. */
  static Map<String, Long> capacities(LevelingRequest request) {
    Map<String, Long> capacity = new HashMap<>();
    for (ResourceCapacity c : request.capacities()) {
      if (capacity.put(c.resourceId(), hundredths(c.units())) != null) {
        throw new InvalidScheduleException("Two capacities are given for " + c.resourceId());
      }
    }
    for (ResourceRequirement r : request.requirements()) {
      if (!capacity.containsKey(r.resourceId())) {
        throw new InvalidScheduleException(
            "Task "
                + r.taskId()
                + " needs the resource "
                + r.resourceId()
                + ", which has no capacity");
      }
    }
    return capacity;
  }

  /** Where a resource carries more than its capacity, by resource in the order given, then time. */
  static List<OverAllocation> overAllocations(Schedule schedule, LevelingRequest request) {
    capacities(request);
    return overAllocations(
        List.of(new Usage(schedule, request.requirements(), id -> id)), request.capacities());
  }

  /**
   * What several schedules ask of resources together: each schedule's requirements, and the
   * resource of the capacities that each of its resource ids stands for (null: none of them).
   */
  record Usage(
      Schedule schedule, List<ResourceRequirement> requirements, UnaryOperator<String> resource) {}

  /** Where a resource carries more than its capacity over several schedules together. */
  static List<OverAllocation> overAllocations(
      List<Usage> usages, List<ResourceCapacity> capacities) {
    Map<String, List<Event>> events = new HashMap<>();
    for (Usage usage : usages) {
      Map<String, ScheduledTask> tasks = new HashMap<>();
      usage.schedule().tasks().forEach(t -> tasks.put(t.id(), t));
      for (ResourceRequirement r : usage.requirements()) {
        ScheduledTask task = tasks.get(r.taskId());
        String resource = usage.resource().apply(r.resourceId());
        long units = hundredths(r.units());
        if (resource == null
            || task == null
            || task.summary()
            || units == 0
            || !task.finish().isAfter(task.start())) {
          continue;
        }
        List<Event> list = events.computeIfAbsent(resource, k -> new ArrayList<>());
        list.add(new Event(task.start(), units));
        list.add(new Event(task.finish(), -units));
      }
    }
    List<OverAllocation> out = new ArrayList<>();
    for (ResourceCapacity c : capacities) {
      List<Event> list = events.getOrDefault(c.resourceId(), new ArrayList<>());
      list.sort(Comparator.comparing(Event::time).thenComparingLong(Event::delta));
      sweep(c.resourceId(), hundredths(c.units()), list, out);
    }
    return out;
  }

  private record Event(LocalDateTime time, long delta) {}

  private static void sweep(
      String resource, long capacity, List<Event> events, List<OverAllocation> out) {
    long load = 0;
    OverAllocation open = null;
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      load += e.delta();
      boolean last = k + 1 == events.size() || events.get(k + 1).time().isAfter(e.time());
      if (!last) {
        continue;
      }
      if (open != null && (load != hundredths(open.load()) || load <= capacity)) {
        out.add(new OverAllocation(resource, open.from(), e.time(), open.load(), open.capacity()));
        open = null;
      }
      if (open == null && load > capacity) {
        open = new OverAllocation(resource, e.time(), null, load / 100.0, capacity / 100.0);
      }
    }
  }
}

package org.cairnpmo.engine.schedule.leveling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.ScheduledTask;

/**
 * Levels the people that several projects share: one problem over every project's plan, in which a
 * person's load is summed over the projects, solved by the same solver as one plan's leveling
 * ({@link ResourceLeveler}), and each plan scheduled again on its own calendar.
 *
 * <ul>
 *   <li><b>Only shared people are levelled.</b> A requirement on a resource that the project does
 *       not map to a person is left out, so a project's own over-allocations stay for its plan's
 *       leveling, and a project with no shared person never moves.
 *   <li><b>Priority.</b> Every task of a project comes before every task of the projects after it
 *       (the project's rank decides, then the task's own leveling priority), so the people go to
 *       the first project first and the later ones are delayed. Tasks that never move in a plan's
 *       leveling never move here either.
 *   <li><b>Frozen projects and the period.</b> A project that may not move, and a task that starts
 *       before or after the period, keep their dates and still load their people.
 *   <li><b>The longest delay</b> of a project is kept by holding back: a task that would start
 *       later than its limit is kept where it is, with every task it follows, and the portfolio is
 *       levelled again (at most {@value #ROUNDS} times; after that every project still over its
 *       limit is kept where it is). A person may then stay over-allocated, which the answer shows.
 * </ul>
 */
public final class PortfolioLeveler {

  static final int ROUNDS = 25;

  private PortfolioLeveler() {}

  public static PortfolioLeveling level(PortfolioLevelingRequest request, LevelingOptions options) {
    List<PortfolioProject> projects = request.projects();
    Map<String, Integer> index = new HashMap<>();
    long[] capacity = new long[request.people().size()];
    for (int r = 0; r < capacity.length; r++) {
      index.put(request.people().get(r).resourceId(), r);
      capacity[r] = Loads.hundredths(request.people().get(r).units());
    }
    List<Set<String>> held = new ArrayList<>();
    projects.forEach(p -> held.add(new LinkedHashSet<>()));
    boolean[] frozen = new boolean[projects.size()];
    for (int round = 0; ; round++) {
      List<PlanPart> plans = new ArrayList<>();
      List<CombinedLeveling.Part> parts = new ArrayList<>();
      for (int p = 0; p < projects.size(); p++) {
        PortfolioProject project = projects.get(p);
        PlanPart plan =
            new PlanPart(project.plan(), pinned(request, project, frozen[p], held.get(p)));
        Map<String, Integer> people = new HashMap<>();
        project.people().forEach((resource, person) -> people.put(resource, index.get(person)));
        int rank = (projects.size() - p) * LevelingRequest.DO_NOT_LEVEL;
        plans.add(plan);
        parts.add(
            new CombinedLeveling.Part(plan, people, task -> rank + project.plan().priority(task)));
      }
      CombinedLeveling.Result result = new CombinedLeveling(parts, capacity).solve(options);
      boolean holding = false;
      boolean over = false;
      for (int p = 0; p < projects.size(); p++) {
        PlanPart plan = plans.get(p);
        for (TaskDelay delay : plan.delays(result.schedules().get(p))) {
          if (delay.delayMinutes() <= projects.get(p).maxDelayMinutes()) {
            continue;
          }
          over = true;
          frozen[p] |= round >= ROUNDS;
          int a = plan.activity(delay.taskId());
          holding |= held.get(p).add(delay.taskId());
          for (int i : plan.ancestors(a)) {
            holding |= held.get(p).add(plan.task(i).id());
          }
        }
      }
      if (!over || (!holding && round > ROUNDS)) {
        return answer(request, plans, result, held);
      }
    }
  }

  private static Predicate<ScheduledTask> pinned(
      PortfolioLevelingRequest request,
      PortfolioProject project,
      boolean frozen,
      Set<String> held) {
    return task ->
        frozen
            || !project.movable()
            || held.contains(task.id())
            || (request.from() != null && task.start().isBefore(request.from()))
            || (request.to() != null && task.start().isAfter(request.to()));
  }

  private static PortfolioLeveling answer(
      PortfolioLevelingRequest request,
      List<PlanPart> plans,
      CombinedLeveling.Result result,
      List<Set<String>> held) {
    List<ProjectLeveling> outcomes = new ArrayList<>();
    List<Loads.Usage> before = new ArrayList<>();
    List<Loads.Usage> after = new ArrayList<>();
    for (int p = 0; p < plans.size(); p++) {
      PortfolioProject project = request.projects().get(p);
      PlanPart plan = plans.get(p);
      Schedule leveled = result.schedules().get(p);
      List<String> heldTasks = new ArrayList<>();
      for (int a = 0; a < plan.size(); a++) {
        if (held.get(p).contains(plan.task(a).id())) {
          heldTasks.add(plan.task(a).id());
        }
      }
      outcomes.add(
          new ProjectLeveling(
              project.key(),
              plan.before,
              leveled,
              plan.finishDelay(leveled),
              plan.delays(leveled),
              heldTasks));
      List<ResourceRequirement> needs = project.plan().requirements();
      before.add(new Loads.Usage(plan.before, needs, project.people()::get));
      after.add(new Loads.Usage(leveled, needs, project.people()::get));
    }
    return new PortfolioLeveling(
        outcomes,
        Loads.overAllocations(before, request.people()),
        Loads.overAllocations(after, request.people()),
        result.solution(),
        result.unit());
  }
}

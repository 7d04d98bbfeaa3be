package org.cairnpmo.engine.schedule.risk;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.ScheduledTask;

/**
 * What a Monte Carlo analysis found: the distribution of the project's finish, of each milestone's
 * and each task with a deadline, each task's criticality index (the share of iterations in which it
 * was on the critical path) and the tasks whose durations drive the finish most.
 */
public final class RiskResult {

  private final int iterations;
  private final Schedule schedule;
  private final Outcome finish;
  private final Map<String, Outcome> milestones = new LinkedHashMap<>();
  private final Map<String, Double> criticality = new LinkedHashMap<>();
  private final List<Driver> drivers = new ArrayList<>();

  RiskResult(
      CompiledPlan plan,
      int iterations,
      long[] finishes,
      long[][] targetFinishes,
      double[] criticalities,
      double[] correlations) {
    this.iterations = iterations;
    this.schedule = plan.schedule;
    finish = new Outcome(plan, finishes, plan.deterministicFinish, schedule.projectFinish(), null);
    for (int t = 0; t < plan.targets.length; t++) {
      int i = plan.targets[t];
      ScheduledTask dates = schedule.tasks().get(i);
      milestones.put(
          plan.ids[i],
          new Outcome(
              plan,
              targetFinishes[t],
              plan.detFinish[i],
              dates.earlyFinish(),
              plan.request.tasks().get(i).deadline()));
    }
    for (int i = 0; i < plan.size; i++) {
      if (!plan.summary[i]) {
        criticality.put(plan.ids[i], criticalities[i]);
      }
    }
    for (int j = 0; j < plan.estimated.length; j++) {
      int i = plan.estimated[j];
      drivers.add(new Driver(plan.ids[i], plan.names[i], correlations[j], criticalities[i]));
    }
    drivers.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(d.correlation())));
  }

  public int iterations() {
    return iterations;
  }

  /** The deterministic schedule of the plan, every duration as planned. */
  public Schedule schedule() {
    return schedule;
  }

  /** The project's finish. */
  public Outcome finish() {
    return finish;
  }

  /** The finish of each milestone and each task with a deadline, by task id, in plan order. */
  public Map<String, Outcome> milestones() {
    return Map.copyOf(milestones);
  }

  public Outcome milestone(String taskId) {
    Outcome outcome = milestones.get(taskId);
    if (outcome == null) {
      throw new InvalidScheduleException("Task " + taskId + " is no milestone and has no deadline");
    }
    return outcome;
  }

  /** The share of iterations in which the task was critical, from 0 to 1. */
  public double criticality(String taskId) {
    Double value = criticality.get(taskId);
    if (value == null) {
      throw new InvalidScheduleException("The plan has no task " + taskId + " to be critical");
    }
    return value;
  }

  /** Every task's criticality index, by id in plan order (summary tasks left out). */
  public Map<String, Double> criticalities() {
    return new LinkedHashMap<>(criticality);
  }

  /**
   * The tornado: the estimated tasks whose durations move the finish most, strongest correlation
   * first, at most {@code top} of them.
   */
  public List<Driver> tornado(int top) {
    return List.copyOf(drivers.subList(0, Math.min(Math.max(0, top), drivers.size())));
  }

  /** The probability of finishing the project by a date (0 to 1). */
  public double probabilityOfFinishingBy(LocalDateTime deadline) {
    return finish.probabilityBy(deadline);
  }
}

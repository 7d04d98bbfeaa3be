package org.cairnpmo.planning.web;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.engine.schedule.risk.Driver;
import org.cairnpmo.engine.schedule.risk.Outcome;
import org.cairnpmo.engine.schedule.risk.RiskResult;
import org.cairnpmo.planning.TaskView;

/**
 * A Monte Carlo result as the risk page shows it, written out: the project's and each milestone's
 * P50, P80 and P90 finish, the chance of meeting the deadline, the tasks most often critical and
 * the tornado of the tasks whose durations drive the finish.
 */
record RiskView(
    int iterations,
    Row project,
    String deadline,
    String deadlineChance,
    List<Row> milestones,
    List<Bar> tornado,
    List<Bar> critical) {

  /** The tasks the tornado and the criticality list show. */
  static final int TOP = 10;

  /** A finish: the plan's date and the simulated percentiles; the chance of its deadline. */
  record Row(String name, String planned, String p50, String p80, String p90, String chance) {}

  /** A bar: a task, its figure in words and its length in percent of the longest. */
  record Bar(String wbs, String name, String figure, int width) {}

  static RiskView of(RiskResult result, List<TaskView> tasks, LocalDateTime deadline) {
    Map<String, TaskView> byId =
        tasks.stream().collect(Collectors.toMap(t -> Long.toString(t.id()), Function.identity()));
    List<Row> milestones =
        result.milestones().entrySet().stream()
            .map(e -> row(byId.get(e.getKey()), e.getValue()))
            .toList();
    List<Driver> drivers = result.tornado(TOP);
    double strongest = drivers.stream().mapToDouble(d -> Math.abs(d.correlation())).max().orElse(1);
    List<Bar> tornado =
        drivers.stream()
            .map(
                d ->
                    bar(
                        byId.get(d.taskId()),
                        String.format(java.util.Locale.ROOT, "%.2f", d.correlation()),
                        Math.abs(d.correlation()) / (strongest == 0 ? 1 : strongest)))
            .toList();
    List<Bar> critical =
        result.criticalities().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
            .limit(TOP)
            .map(e -> bar(byId.get(e.getKey()), percent(e.getValue()), e.getValue()))
            .toList();
    return new RiskView(
        result.iterations(),
        row(null, result.finish()),
        deadline == null ? null : PlanFormat.INSTANCE.day(deadline),
        deadline == null ? null : percent(result.probabilityOfFinishingBy(deadline)),
        milestones,
        tornado,
        critical);
  }

  private static Row row(TaskView task, Outcome outcome) {
    PlanFormat fmt = PlanFormat.INSTANCE;
    double chance = outcome.probabilityOfMeetingDeadline();
    return new Row(
        task == null ? "Project finish" : task.wbs() + " " + task.name(),
        fmt.day(outcome.deterministic()),
        fmt.day(outcome.at(50)),
        fmt.day(outcome.at(80)),
        fmt.day(outcome.at(90)),
        Double.isNaN(chance) ? null : percent(chance));
  }

  private static Bar bar(TaskView task, String figure, double share) {
    return new Bar(
        task == null ? "" : task.wbs(),
        task == null ? "" : task.name(),
        figure,
        (int) Math.round(Math.max(0, Math.min(1, share)) * 100));
  }

  private static String percent(double share) {
    return Math.round(share * 100) + " %";
  }
}

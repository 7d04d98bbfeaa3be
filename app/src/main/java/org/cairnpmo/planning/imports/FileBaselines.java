package org.cairnpmo.planning.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.cairnpmo.planning.PlanImport.ImportBaseline;
import org.cairnpmo.planning.PlanImport.ImportBaselineTask;
import org.cairnpmo.planning.PlanLimits;
import org.cairnpmo.platform.InputRules;
import org.mpxj.Duration;
import org.mpxj.Task;

/**
 * The baselines a file keeps (MS Project's Baseline and Baseline 1 to 10; Primavera's project
 * baseline as MPXJ reads it): one for each number that holds a date for some task.
 */
final class FileBaselines {

  private FileBaselines() {}

  static List<ImportBaseline> of(Map<Task, String> keys, ToLongFunction<Duration> minutes) {
    List<ImportBaseline> baselines = new ArrayList<>();
    for (int number = 0; number <= PlanLimits.MAX_BASELINE_NUMBER; number++) {
      List<ImportBaselineTask> tasks = new ArrayList<>();
      for (Map.Entry<Task, String> entry : keys.entrySet()) {
        ImportBaselineTask kept = kept(entry.getKey(), entry.getValue(), number, minutes);
        if (kept != null) {
          tasks.add(kept);
        }
      }
      if (!tasks.isEmpty()) {
        baselines.add(
            new ImportBaseline(number, number == 0 ? "Baseline" : "Baseline " + number, tasks));
      }
    }
    return baselines;
  }

  private static ImportBaselineTask kept(
      Task task, String key, int number, ToLongFunction<Duration> minutes) {
    LocalDateTime start = number == 0 ? task.getBaselineStart() : task.getBaselineStart(number);
    LocalDateTime finish = number == 0 ? task.getBaselineFinish() : task.getBaselineFinish(number);
    if (start == null || finish == null) {
      return null;
    }
    Duration duration = number == 0 ? task.getBaselineDuration() : task.getBaselineDuration(number);
    Duration work = number == 0 ? task.getBaselineWork() : task.getBaselineWork(number);
    Number cost = number == 0 ? task.getBaselineCost() : task.getBaselineCost(number);
    BigDecimal amount =
        cost == null
            ? null
            : BigDecimal.valueOf(cost.doubleValue())
                .setScale(2, RoundingMode.HALF_UP)
                .min(InputRules.MAX_AMOUNT)
                .max(InputRules.MAX_AMOUNT.negate());
    return new ImportBaselineTask(
        key,
        start,
        finish,
        Math.max(0, minutes.applyAsLong(duration)),
        Math.max(0, minutes.applyAsLong(work)),
        amount);
  }
}

package org.cairnpmo.engine.schedule.risk;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cairnpmo.engine.schedule.InvalidScheduleException;

/**
 * The simulated finish dates of the project or of one milestone. Inside, a finish is a level:
 * minutes of working time on the project calendar after the project start. A percentile is the
 * nearest-rank one: P80 is a date by which at least 80 % of the iterations had finished.
 */
public final class Outcome {

  private final CompiledPlan plan;
  private final long[] sorted;
  private final long deterministicLevel;
  private final LocalDateTime deterministic;
  private final LocalDateTime deadline;

  Outcome(
      CompiledPlan plan,
      long[] levels,
      long deterministicLevel,
      LocalDateTime deterministic,
      LocalDateTime deadline) {
    this.plan = plan;
    this.sorted = levels.clone();
    Arrays.sort(sorted);
    this.deterministicLevel = deterministicLevel;
    this.deterministic = deterministic;
    this.deadline = deadline;
  }

  /** The finish of the deterministic schedule (every duration as planned). */
  public LocalDateTime deterministic() {
    return deterministic;
  }

  /** The deadline to meet, or null. */
  public LocalDateTime deadline() {
    return deadline;
  }

  /** The finish date at a percentile from 0 (the earliest) to 100 (the latest). */
  public LocalDateTime at(double percentile) {
    return date(minutesAt(percentile));
  }

  /** The finish at a percentile, in working minutes after the project start. */
  public long minutesAt(double percentile) {
    if (Double.isNaN(percentile) || percentile < 0 || percentile > 100) {
      throw new InvalidScheduleException("A percentile is from 0 to 100, not " + percentile);
    }
    int rank = (int) Math.ceil(percentile / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** The mean finish, in working minutes after the project start. */
  public double meanMinutes() {
    double sum = 0;
    for (long level : sorted) {
      sum += level;
    }
    return sum / sorted.length;
  }

  /** The share of iterations finished by the date (0 to 1). */
  public double probabilityBy(LocalDateTime date) {
    long limit = plan.level(date);
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= limit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return (double) lo / sorted.length;
  }

  /** The share of iterations that met the deadline; NaN without one. */
  public double probabilityOfMeetingDeadline() {
    return deadline == null ? Double.NaN : probabilityBy(deadline);
  }

  /** The finishes in at most {@code bins} bars of equal width, from the earliest to the latest. */
  public List<Bin> histogram(int bins) {
    if (bins < 1) {
      throw new InvalidScheduleException("A histogram needs at least one bar");
    }
    long first = sorted[0];
    long span = sorted[sorted.length - 1] - first + 1;
    long width = Math.max(1, (span + bins - 1) / bins);
    List<Bin> result = new ArrayList<>();
    int k = 0;
    for (long from = first; from <= sorted[sorted.length - 1]; from += width) {
      int count = 0;
      while (k < sorted.length && sorted[k] < from + width) {
        count++;
        k++;
      }
      result.add(new Bin(date(from), date(from + width), count, (double) k / sorted.length));
    }
    return result;
  }

  private LocalDateTime date(long level) {
    return plan.date(level, deterministicLevel, deterministic);
  }
}

package org.cairnpmo.engine.schedule.risk;

import org.cairnpmo.engine.schedule.InvalidScheduleException;

/**
 * A three-point estimate of a task's duration, in minutes of the same kind as its duration (working
 * or elapsed): optimistic, most likely and pessimistic, and the distribution between them. Each
 * simulated duration replaces the task's planned duration.
 */
public record Estimate(
    long optimistic, long mostLikely, long pessimistic, Distribution distribution) {

  public Estimate {
    if (distribution == null) {
      throw new InvalidScheduleException("An estimate needs a distribution");
    }
    if (optimistic < 0 || optimistic > mostLikely || mostLikely > pessimistic) {
      throw new InvalidScheduleException(
          "An estimate needs 0 <= optimistic <= most likely <= pessimistic, not "
              + optimistic
              + " / "
              + mostLikely
              + " / "
              + pessimistic);
    }
  }

  public static Estimate triangular(long optimistic, long mostLikely, long pessimistic) {
    return new Estimate(optimistic, mostLikely, pessimistic, Distribution.TRIANGULAR);
  }

  public static Estimate pert(long optimistic, long mostLikely, long pessimistic) {
    return new Estimate(optimistic, mostLikely, pessimistic, Distribution.PERT);
  }

  /** The mean of the distribution, in minutes. */
  public double mean() {
    return distribution == Distribution.TRIANGULAR
        ? (optimistic + mostLikely + pessimistic) / 3.0
        : (optimistic + 4.0 * mostLikely + pessimistic) / 6.0;
  }

  boolean varies() {
    return pessimistic > optimistic;
  }
}

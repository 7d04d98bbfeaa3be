package org.cairnpmo.engine.schedule.leveling;

import java.time.Duration;

/**
 * Knobs of one leveling run: the mode, the time limit, the most schedules the heuristic makes, the
 * random seed and the CP-SAT workers (0: one per available core). The heuristic takes half of the
 * time limit in {@link LevelingMode#OPTIMIZE}, and all of it otherwise.
 */
public record LevelingOptions(
    LevelingMode mode, Duration timeLimit, int schedules, long seed, int workers) {

  public LevelingOptions {
    mode = mode == null ? LevelingMode.HEURISTIC : mode;
    timeLimit = timeLimit == null ? Duration.ofMillis(300) : timeLimit;
    if (timeLimit.isNegative() || schedules < 1 || workers < 0) {
      throw new IllegalArgumentException(
          "A time limit cannot be negative, schedules must be at least 1, workers at least 0");
    }
  }

  /** The heuristic within 0.3 s and 5,000 schedules, seed 1: for use while editing a plan. */
  public static LevelingOptions heuristic() {
    return new LevelingOptions(LevelingMode.HEURISTIC, Duration.ofMillis(300), 5000, 1, 0);
  }

  /** The heuristic, then CP-SAT, within the time limit. */
  public static LevelingOptions optimize(Duration timeLimit) {
    return new LevelingOptions(LevelingMode.OPTIMIZE, timeLimit, 5000, 1, 0);
  }

  public LevelingOptions withSchedules(int newSchedules) {
    return new LevelingOptions(mode, timeLimit, newSchedules, seed, workers);
  }

  public LevelingOptions withSeed(long newSeed) {
    return new LevelingOptions(mode, timeLimit, schedules, newSeed, workers);
  }

  public LevelingOptions withTimeLimit(Duration newTimeLimit) {
    return new LevelingOptions(mode, newTimeLimit, schedules, seed, workers);
  }

  public LevelingOptions withWorkers(int newWorkers) {
    return new LevelingOptions(mode, timeLimit, schedules, seed, newWorkers);
  }

  int effectiveWorkers() {
    return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
  }
}

package org.cairnpmo.portfolio.selection;

import java.time.Instant;

/**
 * An optimizer run: its state, live progress while it runs, and its result once done.
 *
 * @param bestValue best selection value so far (live while running)
 * @param bestBound best proven bound so far
 * @param gapPercent gap between the two, in percent
 * @param cancelRequested someone asked the run to stop; it ends as cancelled once the node working
 *     on it notices (within a second or so)
 * @param result the stored result; null until the run ends (and when it failed)
 * @param outdated the scenario's candidates, limits or rules changed after this run was started, so
 *     its result can no longer be committed
 */
public record RunView(
    long id,
    long scenarioId,
    RunStatus status,
    int timeLimitSeconds,
    String requestedBy,
    Instant queuedAt,
    Instant startedAt,
    Instant finishedAt,
    Double bestValue,
    Double bestBound,
    Double gapPercent,
    String error,
    boolean cancelRequested,
    RunResult result,
    boolean outdated) {

  public boolean active() {
    return !status.finished();
  }
}

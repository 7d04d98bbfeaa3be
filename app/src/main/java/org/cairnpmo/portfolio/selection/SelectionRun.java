package org.cairnpmo.portfolio.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/**
 * One optimizer run of a scenario. Written by the request that queues it and by the worker; the
 * cancel request and the heartbeat are written only by statements of their own ({@link
 * SelectionRunRepository}), so that the worker saving the run never overwrites them.
 */
@Entity
@Table(name = "selection_run")
class SelectionRun extends GeneratedId {

  @Getter(AccessLevel.PACKAGE)
  private Long scenarioId;

  private String definitionFingerprint;

  @Enumerated(EnumType.STRING)
  @Getter(AccessLevel.PACKAGE)
  private RunStatus status;

  @Getter(AccessLevel.PACKAGE)
  private int timeLimitSeconds;

  @Getter(AccessLevel.PACKAGE)
  private String requestedBy;

  @Getter(AccessLevel.PACKAGE)
  private Instant queuedAt;

  @Getter(AccessLevel.PACKAGE)
  private Instant startedAt;

  @Getter(AccessLevel.PACKAGE)
  private Instant finishedAt;

  @Getter(AccessLevel.PACKAGE)
  private Double bestValue;

  @Getter(AccessLevel.PACKAGE)
  private Double bestBound;

  @Getter(AccessLevel.PACKAGE)
  private Double gapPercent;

  @Getter(AccessLevel.PACKAGE)
  private String result;

  @Getter(AccessLevel.PACKAGE)
  private String error;

  @Column(insertable = false, updatable = false)
  @Getter(AccessLevel.PACKAGE)
  private Instant cancelRequestedAt;

  @Column(updatable = false)
  private Instant heartbeatAt;

  protected SelectionRun() {}

  static SelectionRun queue(
      long scenarioId, String definitionFingerprint, int timeLimitSeconds, String by, Instant now) {
    SelectionRun run = new SelectionRun();
    run.scenarioId = scenarioId;
    run.definitionFingerprint = definitionFingerprint;
    run.status = RunStatus.QUEUED;
    run.timeLimitSeconds = timeLimitSeconds;
    run.requestedBy = by;
    run.queuedAt = now;
    run.heartbeatAt = now;
    return run;
  }

  /**
   * Whether the scenario changed after this run was queued. Runs from before fingerprints were kept
   * are taken as they are.
   */
  boolean outdatedBy(String currentFingerprint) {
    return definitionFingerprint != null && !definitionFingerprint.equals(currentFingerprint);
  }

  void start(Instant now) {
    status = RunStatus.RUNNING;
    startedAt = now;
  }

  void finish(
      RunStatus end, String resultJson, Double value, Double bound, Double gap, Instant now) {
    status = end;
    result = resultJson;
    bestValue = value;
    bestBound = bound;
    gapPercent = gap;
    finishedAt = now;
  }

  void fail(String message, Instant now) {
    status = RunStatus.FAILED;
    error = message;
    finishedAt = now;
  }

  void cancelQueued(Instant now) {
    status = RunStatus.CANCELLED;
    finishedAt = now;
  }
}

package org.cairnpmo.portfolio.selection;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface SelectionRunRepository extends JpaRepository<SelectionRun, Long> {

  Optional<SelectionRun> findFirstByScenarioIdOrderByIdDesc(long scenarioId);

  List<SelectionRun> findByScenarioIdOrderByIdDesc(long scenarioId);

  List<SelectionRun> findByStatusIn(Collection<RunStatus> statuses);

  /** Records a cancel for whichever node runs the run; nothing once it has ended. */
  @Transactional
  @Modifying
  @Query(
      "update SelectionRun r set r.cancelRequestedAt = :now where r.id = :id"
          + " and r.cancelRequestedAt is null and r.status in :active")
  int requestCancel(
      @Param("id") long id,
      @Param("now") Instant now,
      @Param("active") Collection<RunStatus> active);

  /** Of {@code ids}, the runs someone asked to stop. */
  @Transactional(readOnly = true)
  @Query("select r.id from SelectionRun r where r.id in :ids and r.cancelRequestedAt is not null")
  List<Long> cancelRequestedAmong(@Param("ids") Collection<Long> ids);

  /** The node running {@code ids} is alive. */
  @Transactional
  @Modifying
  @Query(
      "update SelectionRun r set r.heartbeatAt = :now where r.id in :ids and r.status in :active")
  int beat(
      @Param("ids") Collection<Long> ids,
      @Param("now") Instant now,
      @Param("active") Collection<RunStatus> active);

  /** The live figures of a running search, for the nodes that do not run it. */
  @Transactional
  @Modifying
  @Query(
      "update SelectionRun r set r.bestValue = :value, r.bestBound = :bound, r.gapPercent = :gap"
          + " where r.id = :id and r.status = org.cairnpmo.portfolio.selection.RunStatus.RUNNING")
  int progress(
      @Param("id") long id,
      @Param("value") Double value,
      @Param("bound") Double bound,
      @Param("gap") Double gap);

  /**
   * Ends a run no node beats on any more (its node stopped) with {@code end}; nothing if it ended
   * or was beaten on since {@code staleBefore}.
   */
  @Transactional
  @Modifying
  @Query(
      "update SelectionRun r set r.status = :end, r.error = :error, r.finishedAt = :now"
          + " where r.id = :id and r.status in :active"
          + " and (r.heartbeatAt is null or r.heartbeatAt < :staleBefore)")
  int endOrphan(
      @Param("id") long id,
      @Param("end") RunStatus end,
      @Param("error") String error,
      @Param("staleBefore") Instant staleBefore,
      @Param("now") Instant now,
      @Param("active") Collection<RunStatus> active);
}

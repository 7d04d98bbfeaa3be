package org.cairnpmo.governance.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GateReviewRepository extends JpaRepository<GateReview, Long> {

  @Query(
      "select r from GateReview r join fetch r.gate g join fetch g.projectLifecycle"
          + " where r.decision is null order by r.requestedAt, r.id")
  List<GateReview> findPending();

  @Query(
      "select r from GateReview r join fetch r.gate g join fetch g.projectLifecycle"
          + " where r.decidedAt >= :since order by r.decidedAt desc, r.id desc")
  List<GateReview> findDecidedSince(Instant since);
}

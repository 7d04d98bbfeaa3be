package org.cairnpmo.portfolio.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

  List<ScoreSheet> findByProposalIdOrderByAssignedAtAscIdAsc(long proposalId);

  List<ScoreSheet> findByProposalIdIn(Collection<Long> proposalIds);

  Optional<ScoreSheet> findByProposalIdAndScorerId(long proposalId, long scorerId);

  boolean existsByProposalIdAndScorerId(long proposalId, long scorerId);

  List<ScoreSheet> findByScorerIdAndStatusOrderByAssignedAtDesc(
      long scorerId, ScoreSheetStatus status);
}

package org.cairnpmo.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetencyAssessmentRepository extends JpaRepository<CompetencyAssessment, Long> {

  List<CompetencyAssessment> findByUserId(long userId);

  List<CompetencyAssessment> findByUserIdIn(Collection<Long> userIds);

  List<CompetencyAssessment> findByCompetencyId(long competencyId);

  Optional<CompetencyAssessment> findByUserIdAndCompetencyIdAndSource(
      long userId, long competencyId, CompetencyAssessment.Source source);
}

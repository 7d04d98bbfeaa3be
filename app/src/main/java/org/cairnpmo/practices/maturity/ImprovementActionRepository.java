package org.cairnpmo.practices.maturity;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long> {

  Page<ImprovementAction> findByAssessmentId(long assessmentId, Pageable pageable);

  List<ImprovementAction> findByAssessmentIdOrderByDueDateAscIdAsc(long assessmentId);
}

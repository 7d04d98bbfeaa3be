package org.cairnpmo.practices.maturity;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

  Page<Assessment> findByStatus(AssessmentStatus status, Pageable pageable);

  boolean existsByQuestionnaireId(long questionnaireId);

  List<Assessment> findByStatusOrderByHeldOnAscIdAsc(AssessmentStatus status);

  boolean existsByNameIgnoreCase(String name);
}

package org.cairnpmo.practices.maturity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

  Page<Assessment> findByStatus(AssessmentStatus status, Pageable pageable);

  boolean existsByQuestionnaireId(long questionnaireId);

  List<Assessment> findByStatusOrderByHeldOnAscIdAsc(AssessmentStatus status);

  boolean existsByNameIgnoreCase(String name);

  /** Whose a response is, by the response's id. */
  @Query("select r.respondentId from MaturityResponse r where r.id = :id")
  Optional<Long> respondentOf(long id);
}

package org.cairnpmo.learning.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MentoringSessionRepository extends JpaRepository<MentoringSession, Long> {

  List<MentoringSession> findByMentoringIdOrderByHeldOnAscIdAsc(long mentoringId);

  long countByMentoringId(long mentoringId);
}

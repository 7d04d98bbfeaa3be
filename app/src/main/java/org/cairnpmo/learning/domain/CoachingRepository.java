package org.cairnpmo.learning.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoachingRepository extends JpaRepository<Coaching, Long> {

  List<Coaching> findAllByOrderByStartsOnDescIdAsc();
}

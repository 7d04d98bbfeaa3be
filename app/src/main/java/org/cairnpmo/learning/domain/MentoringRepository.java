package org.cairnpmo.learning.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentoringRepository extends JpaRepository<Mentoring, Long> {

  @Query(
      "select m from Mentoring m where m.mentorId = :userId or m.menteeId = :userId"
          + " order by m.startsOn desc, m.id")
  List<Mentoring> ofPerson(long userId);

  List<Mentoring> findAllByOrderByStartsOnDescIdAsc();
}

package org.cairnpmo.learning.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {

  /** The session, its row locked until the transaction ends: seats are counted under this lock. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from CourseSession s where s.id = :id")
  Optional<CourseSession> lockById(long id);

  Page<CourseSession> findByCourseId(long courseId, Pageable pageable);

  List<CourseSession> findByCourseIdInAndStartsAtAfterAndCancelledFalse(
      Collection<Long> courseIds, Instant after);

  @Query(
      "select distinct s.courseId from CourseSession s where s.startsAt > :after and s.cancelled"
          + " = false")
  List<Long> courseIdsWithSessionsAfter(Instant after);
}

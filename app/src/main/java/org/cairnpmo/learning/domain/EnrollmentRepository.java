package org.cairnpmo.learning.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.cairnpmo.learning.EnrollmentStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

  long countBySessionIdAndStatusIn(long sessionId, Collection<EnrollmentStatus> statuses);

  List<Enrollment> findBySessionIdAndStatusOrderByQueuedAtAscIdAsc(
      long sessionId, EnrollmentStatus status);

  List<Enrollment> findBySessionIdOrderByQueuedAtAscIdAsc(long sessionId);

  boolean existsBySessionIdAndUserIdAndStatusNotIn(
      long sessionId, long userId, Collection<EnrollmentStatus> statuses);

  Page<Enrollment> findByUserIdIn(Collection<Long> userIds, Pageable pageable);

  Page<Enrollment> findByUserIdInAndStatusIn(
      Collection<Long> userIds, Collection<EnrollmentStatus> statuses, Pageable pageable);

  Page<Enrollment> findByStatusIn(Collection<EnrollmentStatus> statuses, Pageable pageable);

  List<Enrollment> findByUserIdAndStatusIn(long userId, Collection<EnrollmentStatus> statuses);

  @Query("select e from Enrollment e where e.userId = :userId and e.status = 'COMPLETED'")
  List<Enrollment> completedBy(long userId);

  List<Enrollment> findByUserIdIn(Collection<Long> userIds);

  /** Open requests not yet approved of anyone but {@code viewer}, oldest first: the PMO's queue. */
  @Query(
      value =
          "select e from Enrollment e where e.status in :open and e.approvedAt is null"
              + " and e.userId <> :viewer order by e.queuedAt, e.id",
      countQuery =
          "select count(e) from Enrollment e where e.status in :open and e.approvedAt is null"
              + " and e.userId <> :viewer")
  Page<Enrollment> undecided(Collection<EnrollmentStatus> open, long viewer, Pageable pageable);

  /** Open requests not yet approved of {@code people}, oldest first: a line manager's queue. */
  @Query(
      value =
          "select e from Enrollment e where e.status in :open and e.approvedAt is null"
              + " and e.userId in :people order by e.queuedAt, e.id",
      countQuery =
          "select count(e) from Enrollment e where e.status in :open and e.approvedAt is null"
              + " and e.userId in :people")
  Page<Enrollment> undecidedOf(
      Collection<EnrollmentStatus> open, Collection<Long> people, Pageable pageable);

  /** Confirmed seats of sessions starting in [from, until), not cancelled, not yet reminded. */
  @Query(
      "select e from Enrollment e, CourseSession s where s.id = e.sessionId"
          + " and e.status = org.cairnpmo.learning.EnrollmentStatus.CONFIRMED"
          + " and e.remindedAt is null and s.cancelled = false"
          + " and s.startsAt >= :from and s.startsAt < :until order by s.startsAt, e.id")
  List<Enrollment> confirmedUnreminded(Instant from, Instant until);

  /** Marks the seat's reminder sent, only if no one did already: 1 when this call did. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Enrollment e set e.remindedAt = :at where e.id = :id and e.remindedAt is null")
  int markReminded(long id, Instant at);
}

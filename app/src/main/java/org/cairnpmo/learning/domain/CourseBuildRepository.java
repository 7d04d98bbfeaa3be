package org.cairnpmo.learning.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseBuildRepository extends JpaRepository<CourseBuild, CourseBuild.Key> {

  List<CourseBuild> findByKeyCourseId(long courseId);

  List<CourseBuild> findByKeyCompetencyIdIn(Collection<Long> competencyIds);

  /**
   * The level each of {@code userIds} has reached by completed courses, per competency: rows of
   * user id, competency id and the highest level a completed course brings them to.
   */
  @Query(
      "select e.userId, b.key.competencyId, max(b.level) from Enrollment e, CourseSession s,"
          + " CourseBuild b where s.id = e.sessionId and b.key.courseId = s.courseId"
          + " and e.status = 'COMPLETED' and e.userId in :userIds"
          + " group by e.userId, b.key.competencyId")
  List<Object[]> completedLevels(Collection<Long> userIds);

  /** As {@link #completedLevels}, everyone's in one competency: rows of user id and level. */
  @Query(
      "select e.userId, max(b.level) from Enrollment e, CourseSession s, CourseBuild b"
          + " where s.id = e.sessionId and b.key.courseId = s.courseId"
          + " and e.status = 'COMPLETED' and b.key.competencyId = :competencyId"
          + " group by e.userId")
  List<Object[]> completedLevelsIn(long competencyId);
}

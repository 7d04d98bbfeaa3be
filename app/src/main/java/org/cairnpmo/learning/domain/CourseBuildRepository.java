package org.cairnpmo.learning.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseBuildRepository extends JpaRepository<CourseBuild, CourseBuild.Key> {

  List<CourseBuild> findByKeyCourseId(long courseId);

  List<CourseBuild> findByKeyCompetencyIdIn(Collection<Long> competencyIds);
}

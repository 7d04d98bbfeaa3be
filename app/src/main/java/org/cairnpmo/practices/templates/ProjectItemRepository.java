package org.cairnpmo.practices.templates;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectItemRepository extends JpaRepository<ProjectItem, Long> {

  List<ProjectItem> findByProjectIdOrderByKindAscPositionAscIdAsc(long projectId);
}

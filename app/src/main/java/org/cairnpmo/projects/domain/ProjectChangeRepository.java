package org.cairnpmo.projects.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectChangeRepository extends JpaRepository<ProjectChange, Long> {

  List<ProjectChange> findByProjectIdOrderByRevisionDescIdAsc(Long projectId);
}

package org.cairnpmo.projects.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository
    extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

  Optional<Project> findByCodeIgnoreCase(String code);

  @Query("select p.id from Project p where p.confidential = true")
  List<Long> confidentialIds();
}

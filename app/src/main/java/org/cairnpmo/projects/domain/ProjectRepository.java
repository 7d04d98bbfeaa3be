package org.cairnpmo.projects.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProjectRepository
    extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

  Optional<Project> findByCodeIgnoreCase(String code);
}

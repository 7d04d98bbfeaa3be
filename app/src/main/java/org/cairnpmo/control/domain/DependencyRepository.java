package org.cairnpmo.control.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DependencyRepository
    extends JpaRepository<Dependency, Long>, JpaSpecificationExecutor<Dependency> {

  Optional<Dependency> findByIdAndProjectId(long id, long projectId);

  List<Dependency> findByEscalatedTrue();

  long countByProjectId(long projectId);

  /** Dependencies other projects logged on this one (seen from the other side). */
  List<Dependency> findByOtherProjectId(long otherProjectId);
}

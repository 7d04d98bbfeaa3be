package org.cairnpmo.resources.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RaciRepository extends JpaRepository<RaciMatrix, Long> {

  Optional<RaciMatrix> findByProjectId(long projectId);
}

package org.cairnpmo.archive.closure;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClosureRepository extends JpaRepository<Closure, Long> {

  Optional<Closure> findByProjectId(long projectId);
}

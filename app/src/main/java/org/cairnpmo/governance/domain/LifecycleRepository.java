package org.cairnpmo.governance.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LifecycleRepository extends JpaRepository<Lifecycle, Long> {

  List<Lifecycle> findAllByOrderByNameAscRevisionDesc();

  Optional<Lifecycle> findByNameIgnoreCaseAndRevision(String name, int revision);

  boolean existsByNameIgnoreCase(String name);
}

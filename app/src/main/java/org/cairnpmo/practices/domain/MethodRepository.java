package org.cairnpmo.practices.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MethodRepository extends JpaRepository<Method, Long> {

  List<Method> findAllByOrderByNameAscRevisionDesc();

  Optional<Method> findFirstByPreviousId(long previousId);

  boolean existsByNameIgnoreCaseAndLineageIdNot(String name, long lineageId);

  boolean existsByNameIgnoreCase(String name);
}

package org.cairnpmo.practices.templates;

import java.util.List;
import java.util.Optional;
import org.cairnpmo.practices.MethodStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateRepository extends JpaRepository<ProjectTemplate, Long> {

  List<ProjectTemplate> findAllByOrderByNameAscRevisionDesc();

  List<ProjectTemplate> findByStatusOrderByNameAsc(MethodStatus status);

  List<ProjectTemplate> findByLineageIdOrderByRevisionAsc(long lineageId);

  Optional<ProjectTemplate> findFirstByPreviousId(long previousId);

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndLineageIdNot(String name, long lineageId);
}

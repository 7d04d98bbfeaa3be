package org.cairnpmo.learning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetencyRepository extends JpaRepository<Competency, Long> {

  List<Competency> findAllByOrderByNameAsc();

  Optional<Competency> findByNameIgnoreCase(String name);
}

package org.cairnpmo.learning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetencyAreaRepository extends JpaRepository<CompetencyArea, Long> {

  List<CompetencyArea> findAllByOrderByPositionAscIdAsc();

  Optional<CompetencyArea> findByNameIgnoreCase(String name);
}

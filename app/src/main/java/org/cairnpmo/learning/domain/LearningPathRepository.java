package org.cairnpmo.learning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningPathRepository extends JpaRepository<LearningPath, Long> {

  List<LearningPath> findAllByOrderByRoleNameAscNameAsc();

  Optional<LearningPath> findByNameIgnoreCase(String name);
}

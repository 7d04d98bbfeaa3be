package org.cairnpmo.governance.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GateConditionRepository extends JpaRepository<GateCondition, Long> {

  @Query(
      "select c from GateCondition c join fetch c.review r join fetch r.gate g"
          + " join fetch g.projectLifecycle where c.metAt is null and c.dueDate < :today"
          + " order by c.dueDate, c.id")
  List<GateCondition> findOverdue(LocalDate today);
}

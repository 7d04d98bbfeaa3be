package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActualCostRepository extends JpaRepository<ActualCost, Long> {

  Page<ActualCost> findByProjectId(long projectId, Pageable pageable);

  long countByProjectId(long projectId);

  /** Actual cost per month: rows of (period, sum of amounts). */
  @Query(
      "select a.period, sum(a.amount) from ActualCost a where a.projectId = :projectId"
          + " group by a.period order by a.period")
  List<Object[]> totalsByPeriod(long projectId);

  default java.util.Map<String, BigDecimal> byPeriod(long projectId) {
    java.util.Map<String, BigDecimal> totals = new java.util.TreeMap<>();
    for (Object[] row : totalsByPeriod(projectId)) {
      totals.put((String) row[0], (BigDecimal) row[1]);
    }
    return totals;
  }
}

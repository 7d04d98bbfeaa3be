package org.cairnpmo.budgets.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetPlanRepository extends JpaRepository<BudgetPlan, Long> {

  Optional<BudgetPlan> findByProjectId(long projectId);
}

package org.cairnpmo.learning.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingBudgetRepository extends JpaRepository<TrainingBudget, Long> {

  Optional<TrainingBudget> findByYear(int year);
}

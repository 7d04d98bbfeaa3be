package org.cairnpmo.planning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BaselineRepository extends JpaRepository<Baseline, Long> {

  List<Baseline> findByPlanIdOrderByNumberAsc(long planId);

  Optional<Baseline> findByPlanIdAndNumber(long planId, int number);
}

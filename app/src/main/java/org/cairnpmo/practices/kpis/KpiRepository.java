package org.cairnpmo.practices.kpis;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KpiRepository extends JpaRepository<Kpi, Long> {

  List<Kpi> findAllByOrderByNameAsc();

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}

package org.cairnpmo.portfolio.selection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelectionRunRepository extends JpaRepository<SelectionRun, Long> {

  Optional<SelectionRun> findFirstByScenarioIdOrderByIdDesc(long scenarioId);

  List<SelectionRun> findByScenarioIdOrderByIdDesc(long scenarioId);

  List<SelectionRun> findByStatusIn(Collection<RunStatus> statuses);
}

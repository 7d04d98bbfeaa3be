package org.cairnpmo.resources.timesheets.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportedHoursRepository extends JpaRepository<ImportedHours, Long> {

  List<ImportedHours> findByProjectIdOrderByPositionAsc(long projectId);
}

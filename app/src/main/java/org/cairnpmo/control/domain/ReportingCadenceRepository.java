package org.cairnpmo.control.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingCadenceRepository extends JpaRepository<ReportingCadence, Long> {

  Optional<ReportingCadence> findByProjectId(long projectId);
}

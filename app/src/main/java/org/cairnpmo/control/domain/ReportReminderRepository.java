package org.cairnpmo.control.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportReminderRepository extends JpaRepository<ReportReminder, Long> {

  boolean existsByProjectIdAndPeriodStart(long projectId, LocalDate periodStart);

  List<ReportReminder> findByProjectIdIn(java.util.Collection<Long> projectIds);
}

package org.cairnpmo.control.domain;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportReminderRepository extends JpaRepository<ReportReminder, Long> {

  boolean existsByProjectIdAndPeriodStart(long projectId, LocalDate periodStart);
}

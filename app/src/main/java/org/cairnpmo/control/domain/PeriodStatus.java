package org.cairnpmo.control.domain;

import java.time.LocalDate;
import org.cairnpmo.control.ReportStatus;

/** Which report a project has for a period, and its status. */
public record PeriodStatus(
    long projectId, LocalDate periodStart, ReportStatus status, long reportId) {}

package org.cairnpmo.control.domain;

import org.cairnpmo.control.ReportStatus;

/**
 * The period under way on a project the caller manages, and the report written for it so far
 * ({@code reportId} and {@code status} null: none yet).
 */
public record DueReport(
    long projectId,
    String projectCode,
    String projectName,
    Cadence cadence,
    ReportPeriod period,
    Long reportId,
    ReportStatus status) {}

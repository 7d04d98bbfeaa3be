package org.cairnpmo.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A status report was submitted for review: its project, its period and who submitted it when.
 * Published beside {@link ProjectControlChanged} (which read models follow) for listeners that care
 * about this step only, such as outgoing webhooks.
 */
public record StatusReportSubmitted(
    long projectId,
    long reportId,
    LocalDate periodStart,
    LocalDate periodEnd,
    String submittedBy,
    Instant submittedAt) {}

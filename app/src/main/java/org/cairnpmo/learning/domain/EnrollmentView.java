package org.cairnpmo.learning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.cairnpmo.learning.EnrollmentStatus;
import org.cairnpmo.platform.Versioned;

/**
 * One person's place on a session, with what the line manager needs to decide: the course's cost.
 * {@code waitlistPosition}: 1 for the first on the wait list, null when not waiting. {@code
 * prerequisiteOverride}: why the PMO enrolled the person without the course's prerequisites.
 */
public record EnrollmentView(
    long id,
    long sessionId,
    long courseId,
    String courseTitle,
    Instant startsAt,
    Instant endsAt,
    long userId,
    String personName,
    EnrollmentStatus status,
    String requestedBy,
    Instant approvedAt,
    String approvedBy,
    BigDecimal cost,
    String currency,
    BigDecimal score,
    BigDecimal hours,
    Instant completedAt,
    String reason,
    Integer waitlistPosition,
    String prerequisiteOverride,
    long version)
    implements Versioned.Entry {}

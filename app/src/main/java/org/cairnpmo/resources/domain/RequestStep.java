package org.cairnpmo.resources.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.cairnpmo.resources.RequestStatus;

/** One step of a request's workflow, kept for its history. */
@Embeddable
record RequestStep(
    Instant happenedAt,
    long byUserId,
    String byName,
    @Enumerated(EnumType.STRING) RequestStatus fromStatus,
    @Enumerated(EnumType.STRING) RequestStatus toStatus,
    String note) {}

package org.cairnpmo.control.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A step of a report's workflow: CREATED, SUBMITTED, RETURNED or REVIEWED. */
@Embeddable
public record ReportEvent(Instant occurredAt, String actor, String action, String comment) {}

package org.cairnpmo.control;

import java.time.Instant;

/** A RAID item escalated to the portfolio, as the portfolio RAID page lists it. */
public record EscalatedItem(
    RaidKind kind,
    long id,
    long projectId,
    String projectCode,
    String projectName,
    String title,
    String rating,
    String status,
    String ownerName,
    String escalatedBy,
    Instant escalatedAt,
    String note) {}

package org.cairnpmo.governance;

import java.time.Instant;

/**
 * The governance board decided KILL at a gate: the project stops and is to be cancelled in the
 * register. {@code reason} is a short summary (the full rationale stays with the gate review).
 */
public record ProjectKilledAtGate(
    long projectId,
    long gateId,
    long reviewId,
    String gateName,
    String reason,
    String decidedBy,
    Instant decidedAt) {}

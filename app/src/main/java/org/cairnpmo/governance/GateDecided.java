package org.cairnpmo.governance;

import java.time.Instant;
import org.cairnpmo.governance.domain.GateDecision;

/** A gate review recorded its decision (any decision, KILL included). */
public record GateDecided(
    long projectId,
    long gateId,
    long reviewId,
    String phaseName,
    String gateName,
    GateDecision decision,
    String decidedBy,
    Instant decidedAt) {}

package org.cairnpmo.governance.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One approver's vote on a review: empty (decision null) until the approver votes, then never
 * changed.
 */
@Embeddable
public record GateVote(
    long approverId,
    @Enumerated(EnumType.STRING) GateDecision decision,
    String comment,
    Instant votedAt) {

  static GateVote awaited(long approverId) {
    return new GateVote(approverId, null, null, null);
  }

  public boolean cast() {
    return decision != null;
  }
}

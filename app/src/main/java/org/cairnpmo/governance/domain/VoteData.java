package org.cairnpmo.governance.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An approver's vote on the gate's open review: GO, HOLD, RECYCLE or KILL, always with a comment.
 * {@code reviewId}, when given, must be the open review.
 */
public record VoteData(
    @NotNull(message = "Choose your vote: GO, HOLD, RECYCLE or KILL") GateDecision decision,
    @NotBlank(message = "Explain your vote: the comment is part of the record")
        @Size(max = 2000, message = "At most 2000 characters")
        String comment,
    Long reviewId) {}

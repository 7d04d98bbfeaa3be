package org.cairnpmo.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One criterion's rating on a score sheet, with the scorer's comment. */
@Embeddable
public record ScoreEntry(
    Long criterionId,
    @Column(name = "score_value") Integer value,
    @Column(name = "score_comment") String comment) {}

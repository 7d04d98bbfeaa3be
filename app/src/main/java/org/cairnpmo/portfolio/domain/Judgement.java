package org.cairnpmo.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A stored pairwise judgement: how much more important the first criterion is than the second, on
 * Saaty's scale. The first is always the one listed earlier in the set.
 */
@Embeddable
public record Judgement(
    Long firstCriterionId,
    Long secondCriterionId,
    @Column(name = "judgement_value") double value) {}

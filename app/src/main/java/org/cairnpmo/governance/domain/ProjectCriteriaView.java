package org.cairnpmo.governance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.cairnpmo.platform.Versioned;

/** The PMO's project criteria as stored, with a sentence that explains them. */
public record ProjectCriteriaView(
    String policy,
    BigDecimal minBudget,
    String currency,
    Integer minDurationMonths,
    String rule,
    long version,
    Instant updatedAt,
    String updatedBy,
    long id)
    implements Versioned {}

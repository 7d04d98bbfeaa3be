package org.cairnpmo.governance.domain;

import java.math.BigDecimal;

/** A tier with its rule in words and the lifecycle its projects follow. */
public record TierView(
    long id,
    int level,
    String name,
    String description,
    MatchMode match,
    BigDecimal minBudget,
    String currency,
    Integer minDurationMonths,
    RiskLevel minRisk,
    Long lifecycleId,
    String lifecycleName,
    Integer lifecycleRevision,
    String rule,
    long version) {}

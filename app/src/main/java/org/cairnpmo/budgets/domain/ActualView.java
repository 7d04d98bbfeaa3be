package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded actual cost; {@code source} says whether it was entered or which file it came from.
 */
public record ActualView(
    long id,
    String period,
    LocalDate date,
    CostCategory category,
    CostType costType,
    BigDecimal amount,
    String description,
    String reference,
    String source,
    Instant createdAt,
    String createdBy) {}

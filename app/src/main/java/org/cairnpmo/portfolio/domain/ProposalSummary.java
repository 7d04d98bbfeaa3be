package org.cairnpmo.portfolio.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A proposal in a list: enough to choose it, with its headline figures. */
public record ProposalSummary(
    long id,
    String code,
    String title,
    ProposalStatus status,
    long authorId,
    String authorName,
    String sponsorName,
    String departmentName,
    BigDecimal totalCost,
    BigDecimal npv,
    String currency,
    Instant updatedAt,
    long version) {}

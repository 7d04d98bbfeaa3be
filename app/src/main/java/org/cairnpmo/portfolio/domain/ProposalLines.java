package org.cairnpmo.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/** The lines a {@link Proposal} is made of, stored with it (value objects, no identity). */
final class ProposalLines {

  private ProposalLines() {}

  @Embeddable
  record ObjectiveLink(Long objectiveId, int contribution) {}

  @Embeddable
  record OptionText(@Column(name = "option_text") String text) {}

  @Embeddable
  record CostEntry(
      @Column(name = "period_label") String period, BigDecimal capex, BigDecimal opex) {}

  @Embeddable
  record BenefitEntry(@Column(name = "period_label") String period, BigDecimal amount) {}

  @Embeddable
  record RiskEntry(String description, int probability, int impact) {}

  @Embeddable
  record DemandEntry(
      String roleName,
      @Column(name = "period_label") String period,
      BigDecimal amount,
      @Enumerated(EnumType.STRING) DemandUnit unit) {}

  @Embeddable
  record DependencyEntry(
      @Enumerated(EnumType.STRING) DependencyKind kind, Long targetId, String note) {}

  @Embeddable
  record StatusChangeEntry(
      Instant changedAt,
      String changedBy,
      @Enumerated(EnumType.STRING) ProposalStatus fromStatus,
      @Enumerated(EnumType.STRING) ProposalStatus toStatus,
      String reason) {}
}

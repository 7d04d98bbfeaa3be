package org.cairnpmo.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The lines a {@link Proposal} is made of, stored with it (value objects, no identity). Each is
 * made from its line of {@link ProposalData} and gives that line back ({@code line()}).
 */
final class ProposalLines {

  private ProposalLines() {}

  @Embeddable
  record ObjectiveLink(Long objectiveId, int contribution) {

    ProposalData.ObjectiveContribution line() {
      return new ProposalData.ObjectiveContribution(objectiveId, contribution);
    }
  }

  @Embeddable
  record OptionText(@Column(name = "option_text") String text) {}

  @Embeddable
  record CostEntry(
      @Column(name = "period_label") String period, BigDecimal capex, BigDecimal opex) {

    static CostEntry of(ProposalData.CostLine line) {
      return new CostEntry(canonical(line.period()), money(line.capex()), money(line.opex()));
    }

    ProposalData.CostLine line() {
      return new ProposalData.CostLine(period, capex, opex);
    }
  }

  @Embeddable
  record BenefitEntry(@Column(name = "period_label") String period, BigDecimal amount) {

    static BenefitEntry of(ProposalData.BenefitLine line) {
      return new BenefitEntry(canonical(line.period()), money(line.amount()));
    }

    ProposalData.BenefitLine line() {
      return new ProposalData.BenefitLine(period, amount);
    }
  }

  @Embeddable
  record RiskEntry(String description, int probability, int impact) {

    ProposalData.Risk line() {
      return new ProposalData.Risk(description, probability, impact);
    }
  }

  @Embeddable
  record DemandEntry(
      String roleName,
      @Column(name = "period_label") String period,
      BigDecimal amount,
      @Enumerated(EnumType.STRING) DemandUnit unit) {

    /** Without a unit, demand is counted in full-time equivalents. */
    static DemandEntry of(ProposalData.ResourceDemand line) {
      return new DemandEntry(
          line.role().trim(),
          canonical(line.period()),
          line.amount().setScale(2, RoundingMode.HALF_UP),
          line.unit() == null ? DemandUnit.FTE : line.unit());
    }

    ProposalData.ResourceDemand line() {
      return new ProposalData.ResourceDemand(roleName, period, amount, unit);
    }
  }

  @Embeddable
  record DependencyEntry(
      @Enumerated(EnumType.STRING) DependencyKind kind, Long targetId, String note) {

    ProposalData.Dependency line() {
      return new ProposalData.Dependency(kind, targetId, note);
    }
  }

  @Embeddable
  record StatusChangeEntry(
      Instant changedAt,
      String changedBy,
      @Enumerated(EnumType.STRING) ProposalStatus fromStatus,
      @Enumerated(EnumType.STRING) ProposalStatus toStatus,
      String reason) {}

  /** Capex plus opex over all periods, undiscounted. */
  static BigDecimal totalCost(List<CostEntry> costs) {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (CostEntry c : costs) {
      total = total.add(orZero(c.capex())).add(orZero(c.opex()));
    }
    return total;
  }

  /** The periods that costs and benefits name, as far as they are readable. */
  private static List<PeriodLabel> periods(List<CostEntry> costs, List<BenefitEntry> benefits) {
    List<PeriodLabel> periods = new ArrayList<>();
    costs.forEach(c -> PeriodLabel.parse(c.period()).ifPresent(periods::add));
    benefits.forEach(b -> PeriodLabel.parse(b.period()).ifPresent(periods::add));
    return periods;
  }

  /** The first day of the earliest period that costs and benefits name, if any is readable. */
  static Optional<LocalDate> firstDay(List<CostEntry> costs, List<BenefitEntry> benefits) {
    return periods(costs, benefits).stream()
        .min(Comparator.naturalOrder())
        .map(PeriodLabel::firstDay);
  }

  /** The last day of the latest period that costs and benefits name, if any is readable. */
  static Optional<LocalDate> lastDay(List<CostEntry> costs, List<BenefitEntry> benefits) {
    return periods(costs, benefits).stream()
        .max(Comparator.naturalOrder())
        .map(PeriodLabel::lastDay);
  }

  /** A period as stored: its canonical label when readable, else as written. */
  static String canonical(String period) {
    return PeriodLabel.parse(period).map(PeriodLabel::label).orElse(period);
  }

  /** An amount as stored: to the cent. */
  static BigDecimal money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}

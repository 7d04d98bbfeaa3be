package org.cairnpmo.portfolio.web;

import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.DependencyKind;

/** The repeatable rows of the {@link ProposalForm}, as the browser sends them. */
final class ProposalFormRows {

  private ProposalFormRows() {}

  /** How much the proposal serves one objective: blank (not at all) or 1–5. */
  @NoArgsConstructor
  @AllArgsConstructor(access = AccessLevel.PACKAGE)
  public static class ObjectiveRow {
    @Getter @Setter private Long objectiveId;
    @Getter @Setter private String contribution;
  }

  /** A row of the business case's tables by period (a label such as 2027 or 2027-Q1). */
  public abstract static class PeriodRow {
    @Getter @Setter protected String period;
  }

  /** An amount in one period. */
  public abstract static class AmountRow extends PeriodRow {
    @Getter @Setter protected String amount;
  }

  /** Costs of one period. */
  public static class CostRow extends PeriodRow {
    @Getter @Setter private String capex;
    @Getter @Setter private String opex;

    public CostRow() {}

    CostRow(String period, String capex, String opex) {
      this.period = period;
      this.capex = capex;
      this.opex = opex;
    }

    boolean isBlank() {
      return FormInput.blank(period) && FormInput.blank(capex) && FormInput.blank(opex);
    }
  }

  /** Benefits of one period. */
  public static class BenefitRow extends AmountRow {

    public BenefitRow() {}

    BenefitRow(String period, String amount) {
      this.period = period;
      this.amount = amount;
    }

    boolean isBlank() {
      return FormInput.blank(period) && FormInput.blank(amount);
    }
  }

  /** A risk with probability and impact from 1 to 5. */
  @Getter
  @NoArgsConstructor
  @AllArgsConstructor(access = AccessLevel.PACKAGE)
  public static class RiskRow {
    @Setter private String description;
    @Setter private String probability;
    @Setter private String impact;

    boolean isBlank() {
      return FormInput.blank(description);
    }
  }

  /** People needed in one role and period. */
  public static class DemandRow extends AmountRow {
    @Getter @Setter private String role;
    @Getter @Setter private String unit = DemandUnit.FTE.name();

    public DemandRow() {}

    DemandRow(String role, String period, String amount, String unit) {
      this.role = role;
      this.period = period;
      this.amount = amount;
      this.unit = unit;
    }

    boolean isBlank() {
      return FormInput.blank(role) && FormInput.blank(period) && FormInput.blank(amount);
    }
  }

  /** Something the proposal needs first. */
  @Getter
  @NoArgsConstructor
  @AllArgsConstructor(access = AccessLevel.PACKAGE)
  public static class DependencyRow {
    @Setter private String kind = DependencyKind.PROPOSAL.name();
    @Setter private String id;
    @Setter private String note;

    boolean isBlank() {
      return FormInput.blank(id) && FormInput.blank(note);
    }
  }
}

package org.cairnpmo.portfolio.web;

import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.DependencyKind;

/** The repeatable rows of the {@link ProposalForm}, as the browser sends them. */
final class ProposalFormRows {

  private ProposalFormRows() {}

  /** How much the proposal serves one objective: blank (not at all) or 1–5. */
  public static class ObjectiveRow {
    private Long objectiveId;
    private String contribution;

    public ObjectiveRow() {}

    ObjectiveRow(Long objectiveId, String contribution) {
      this.objectiveId = objectiveId;
      this.contribution = contribution;
    }

    public Long getObjectiveId() {
      return objectiveId;
    }

    public void setObjectiveId(Long objectiveId) {
      this.objectiveId = objectiveId;
    }

    public String getContribution() {
      return contribution;
    }

    public void setContribution(String contribution) {
      this.contribution = contribution;
    }
  }

  /** A row of the business case's tables by period (a label such as 2027 or 2027-Q1). */
  public abstract static class PeriodRow {
    protected String period;

    public String getPeriod() {
      return period;
    }

    public void setPeriod(String period) {
      this.period = period;
    }
  }

  /** An amount in one period. */
  public abstract static class AmountRow extends PeriodRow {
    protected String amount;

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
    }
  }

  /** Costs of one period. */
  public static class CostRow extends PeriodRow {
    private String capex;
    private String opex;

    public CostRow() {}

    CostRow(String period, String capex, String opex) {
      this.period = period;
      this.capex = capex;
      this.opex = opex;
    }

    boolean isBlank() {
      return FormInput.blank(period) && FormInput.blank(capex) && FormInput.blank(opex);
    }

    public String getCapex() {
      return capex;
    }

    public void setCapex(String capex) {
      this.capex = capex;
    }

    public String getOpex() {
      return opex;
    }

    public void setOpex(String opex) {
      this.opex = opex;
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
  public static class RiskRow {
    private String description;
    private String probability;
    private String impact;

    public RiskRow() {}

    RiskRow(String description, String probability, String impact) {
      this.description = description;
      this.probability = probability;
      this.impact = impact;
    }

    boolean isBlank() {
      return FormInput.blank(description);
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getProbability() {
      return probability;
    }

    public void setProbability(String probability) {
      this.probability = probability;
    }

    public String getImpact() {
      return impact;
    }

    public void setImpact(String impact) {
      this.impact = impact;
    }
  }

  /** People needed in one role and period. */
  public static class DemandRow extends AmountRow {
    private String role;
    private String unit = DemandUnit.FTE.name();

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

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }
  }

  /** Something the proposal needs first. */
  public static class DependencyRow {
    private String kind = DependencyKind.PROPOSAL.name();
    private String id;
    private String note;

    public DependencyRow() {}

    DependencyRow(String kind, String id, String note) {
      this.kind = kind;
      this.id = id;
      this.note = note;
    }

    boolean isBlank() {
      return FormInput.blank(id) && FormInput.blank(note);
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }
}

package org.cairnpmo.portfolio.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.DependencyKind;
import org.cairnpmo.portfolio.domain.ObjectiveView;
import org.cairnpmo.portfolio.domain.ProposalData;

/**
 * The proposal form as the browser sends it. Numbers and dates stay text until {@link #toData()}
 * reads them, so that a typo gets a plain message next to its field. Repeatable rows (costs,
 * benefits, risks, demand, dependencies) may be left blank; blank rows are dropped.
 */
public class ProposalForm {

  static final int BLANK_COST_ROWS = 3;

  private String title;
  private String problem;
  private String scope;
  private Long sponsorId;
  private Long departmentId;
  private String discountRate;
  private String currency;
  private String plannedStart;
  private String plannedFinish;
  private String options;
  private List<ObjectiveRow> objectives = new ArrayList<>();
  private List<CostRow> costs = new ArrayList<>();
  private List<BenefitRow> benefits = new ArrayList<>();
  private List<RiskRow> risks = new ArrayList<>();
  private List<DemandRow> demand = new ArrayList<>();
  private List<DependencyRow> dependencies = new ArrayList<>();
  private Long version;

  /** An empty form with a row per objective and a few blank rows to fill in. */
  static ProposalForm blank(List<ObjectiveView> allObjectives) {
    ProposalForm form = new ProposalForm();
    form.currency = "EUR";
    form.discountRate = "8";
    form.alignObjectives(allObjectives);
    form.pad();
    return form;
  }

  static ProposalForm of(ProposalData data, List<ObjectiveView> allObjectives) {
    ProposalForm form = new ProposalForm();
    form.title = data.title();
    form.problem = data.problem();
    form.scope = data.scope();
    form.sponsorId = data.sponsorId();
    form.departmentId = data.departmentId();
    form.discountRate = PageSupport.text(data.discountRatePercent());
    form.currency = data.currency();
    form.plannedStart = data.plannedStart() == null ? null : data.plannedStart().toString();
    form.plannedFinish = data.plannedFinish() == null ? null : data.plannedFinish().toString();
    form.options = String.join("\n", data.optionsOrEmpty());
    for (ProposalData.ObjectiveContribution o : data.objectivesOrEmpty()) {
      form.objectives.add(new ObjectiveRow(o.objectiveId(), String.valueOf(o.contribution())));
    }
    for (ProposalData.CostLine c : data.costsOrEmpty()) {
      form.costs.add(
          new CostRow(c.period(), PageSupport.text(c.capex()), PageSupport.text(c.opex())));
    }
    for (ProposalData.BenefitLine b : data.benefitsOrEmpty()) {
      form.benefits.add(new BenefitRow(b.period(), PageSupport.text(b.amount())));
    }
    for (ProposalData.Risk r : data.risksOrEmpty()) {
      form.risks.add(
          new RiskRow(
              r.description(), String.valueOf(r.probability()), String.valueOf(r.impact())));
    }
    for (ProposalData.ResourceDemand d : data.resourceDemandOrEmpty()) {
      form.demand.add(
          new DemandRow(d.role(), d.period(), PageSupport.text(d.amount()), d.unit().name()));
    }
    for (ProposalData.Dependency d : data.dependenciesOrEmpty()) {
      form.dependencies.add(new DependencyRow(d.kind().name(), String.valueOf(d.id()), d.note()));
    }
    form.version = data.version();
    form.alignObjectives(allObjectives);
    form.pad();
    return form;
  }

  /** One row per objective, in the objectives' order, keeping the contributions entered. */
  void alignObjectives(List<ObjectiveView> allObjectives) {
    Map<Long, String> entered = new java.util.HashMap<>();
    for (ObjectiveRow row : objectives) {
      if (row.getObjectiveId() != null) {
        entered.put(row.getObjectiveId(), row.getContribution());
      }
    }
    objectives = new ArrayList<>();
    for (ObjectiveView o : allObjectives) {
      objectives.add(new ObjectiveRow(o.id(), entered.get(o.id())));
    }
  }

  /** Drops blank rows, so that row numbers match the proposal's lines. */
  void compact() {
    costs.removeIf(CostRow::isBlank);
    benefits.removeIf(BenefitRow::isBlank);
    risks.removeIf(RiskRow::isBlank);
    demand.removeIf(DemandRow::isBlank);
    dependencies.removeIf(DependencyRow::isBlank);
  }

  /** Adds blank rows to fill in, after the entered ones. */
  void pad() {
    while (costs.size() < BLANK_COST_ROWS || !costs.get(costs.size() - 1).isBlank()) {
      costs.add(new CostRow());
    }
    while (benefits.size() < BLANK_COST_ROWS || !benefits.get(benefits.size() - 1).isBlank()) {
      benefits.add(new BenefitRow());
    }
    if (risks.isEmpty() || !risks.get(risks.size() - 1).isBlank()) {
      risks.add(new RiskRow());
    }
    if (demand.isEmpty() || !demand.get(demand.size() - 1).isBlank()) {
      demand.add(new DemandRow());
    }
  }

  /** Adds a blank row to one of the repeatable sections. */
  void addRow(String section) {
    switch (section == null ? "" : section) {
      case "costs" -> costs.add(new CostRow());
      case "benefits" -> benefits.add(new BenefitRow());
      case "risks" -> risks.add(new RiskRow());
      case "demand" -> demand.add(new DemandRow());
      case "dependencies" -> dependencies.add(new DependencyRow());
      default -> {}
    }
  }

  /** Removes row {@code section:index}, e.g. {@code costs:2}. */
  void removeRow(String target) {
    if (target == null || !target.contains(":")) {
      return;
    }
    String section = target.substring(0, target.indexOf(':'));
    int index;
    try {
      index = Integer.parseInt(target.substring(target.indexOf(':') + 1));
    } catch (NumberFormatException e) {
      return;
    }
    List<?> list =
        switch (section) {
          case "costs" -> costs;
          case "benefits" -> benefits;
          case "risks" -> risks;
          case "demand" -> demand;
          case "dependencies" -> dependencies;
          default -> List.of();
        };
    if (index >= 0 && index < list.size()) {
      list.remove(index);
    }
  }

  /**
   * The proposal this form describes; throws with every unreadable number or date, named by the
   * form field it came from. Call {@link #compact()} first.
   */
  ProposalData toData() {
    List<FieldProblem> problems = new ArrayList<>();
    List<ProposalData.ObjectiveContribution> served = new ArrayList<>();
    for (ObjectiveRow row : objectives) {
      if (row.getObjectiveId() != null && !PageSupport.blank(row.getContribution())) {
        served.add(
            new ProposalData.ObjectiveContribution(
                row.getObjectiveId(),
                PageSupport.integer(row.getContribution(), "objectives", "From 1 to 5", problems)));
      }
    }
    List<String> optionList = new ArrayList<>();
    if (options != null) {
      for (String line : options.split("\\R")) {
        if (!line.isBlank()) {
          optionList.add(line.trim());
        }
      }
    }
    List<ProposalData.CostLine> costLines = new ArrayList<>();
    for (int i = 0; i < costs.size(); i++) {
      CostRow row = costs.get(i);
      String at = "costs[" + i + "].";
      costLines.add(
          new ProposalData.CostLine(
              row.getPeriod(),
              PageSupport.decimal(
                  row.getCapex(), at + "capex", "Enter an amount, e.g. 120000", problems),
              PageSupport.decimal(
                  row.getOpex(), at + "opex", "Enter an amount, e.g. 15000", problems)));
    }
    List<ProposalData.BenefitLine> benefitLines = new ArrayList<>();
    for (int i = 0; i < benefits.size(); i++) {
      BenefitRow row = benefits.get(i);
      benefitLines.add(
          new ProposalData.BenefitLine(
              row.getPeriod(),
              PageSupport.decimal(
                  row.getAmount(), "benefits[" + i + "].amount", "Enter an amount", problems)));
    }
    List<ProposalData.Risk> riskLines = new ArrayList<>();
    for (int i = 0; i < risks.size(); i++) {
      RiskRow row = risks.get(i);
      riskLines.add(
          new ProposalData.Risk(
              row.getDescription(),
              PageSupport.integer(
                  row.getProbability(), "risks[" + i + "].probability", "From 1 to 5", problems),
              PageSupport.integer(
                  row.getImpact(), "risks[" + i + "].impact", "From 1 to 5", problems)));
    }
    List<ProposalData.ResourceDemand> demandLines = new ArrayList<>();
    for (int i = 0; i < demand.size(); i++) {
      DemandRow row = demand.get(i);
      demandLines.add(
          new ProposalData.ResourceDemand(
              row.getRole(),
              row.getPeriod(),
              PageSupport.decimal(
                  row.getAmount(),
                  "demand[" + i + "].amount",
                  "Enter a number, e.g. 1.5",
                  problems),
              unit(row.getUnit())));
    }
    List<ProposalData.Dependency> dependencyLines = new ArrayList<>();
    for (int i = 0; i < dependencies.size(); i++) {
      DependencyRow row = dependencies.get(i);
      dependencyLines.add(
          new ProposalData.Dependency(
              kind(row.getKind()),
              PageSupport.id(
                  row.getId(),
                  "dependencies[" + i + "].id",
                  "Enter the id, e.g. 42 or PRO-0042",
                  problems),
              row.getNote()));
    }
    BigDecimal rate =
        PageSupport.decimal(discountRate, "discountRate", "Enter a percentage, e.g. 8", problems);
    ProposalData data =
        new ProposalData(
            title,
            problem,
            scope,
            sponsorId,
            departmentId,
            rate,
            PageSupport.blank(currency) ? null : currency.trim(),
            PageSupport.date(plannedStart, "plannedStart", problems),
            PageSupport.date(plannedFinish, "plannedFinish", problems),
            served,
            optionList,
            costLines,
            benefitLines,
            riskLines,
            demandLines,
            dependencyLines,
            version);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return data;
  }

  /** The form's name for a field of {@link ProposalData}, where they differ. */
  static String formField(String dataField) {
    if (dataField == null) {
      return null;
    }
    return dataField
        .replaceFirst("^discountRatePercent", "discountRate")
        .replaceFirst("^resourceDemand", "demand")
        .replaceFirst("^objectives\\[\\d+\\].*", "objectives");
  }

  private static DemandUnit unit(String value) {
    try {
      return PageSupport.blank(value) ? DemandUnit.FTE : DemandUnit.valueOf(value);
    } catch (IllegalArgumentException e) {
      return DemandUnit.FTE;
    }
  }

  private static DependencyKind kind(String value) {
    try {
      return PageSupport.blank(value) ? DependencyKind.PROPOSAL : DependencyKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      return DependencyKind.PROPOSAL;
    }
  }

  // ---- rows -------------------------------------------------------------------------------

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

  /** Costs of one period. */
  public static class CostRow {
    private String period;
    private String capex;
    private String opex;

    public CostRow() {}

    CostRow(String period, String capex, String opex) {
      this.period = period;
      this.capex = capex;
      this.opex = opex;
    }

    boolean isBlank() {
      return PageSupport.blank(period) && PageSupport.blank(capex) && PageSupport.blank(opex);
    }

    public String getPeriod() {
      return period;
    }

    public void setPeriod(String period) {
      this.period = period;
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
  public static class BenefitRow {
    private String period;
    private String amount;

    public BenefitRow() {}

    BenefitRow(String period, String amount) {
      this.period = period;
      this.amount = amount;
    }

    boolean isBlank() {
      return PageSupport.blank(period) && PageSupport.blank(amount);
    }

    public String getPeriod() {
      return period;
    }

    public void setPeriod(String period) {
      this.period = period;
    }

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
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
      return PageSupport.blank(description);
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
  public static class DemandRow {
    private String role;
    private String period;
    private String amount;
    private String unit = DemandUnit.FTE.name();

    public DemandRow() {}

    DemandRow(String role, String period, String amount, String unit) {
      this.role = role;
      this.period = period;
      this.amount = amount;
      this.unit = unit;
    }

    boolean isBlank() {
      return PageSupport.blank(role) && PageSupport.blank(period) && PageSupport.blank(amount);
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public String getPeriod() {
      return period;
    }

    public void setPeriod(String period) {
      this.period = period;
    }

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
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
      return PageSupport.blank(id) && PageSupport.blank(note);
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

  // ---- properties -------------------------------------------------------------------------

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public Long getSponsorId() {
    return sponsorId;
  }

  public void setSponsorId(Long sponsorId) {
    this.sponsorId = sponsorId;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public String getDiscountRate() {
    return discountRate;
  }

  public void setDiscountRate(String discountRate) {
    this.discountRate = discountRate;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(String plannedStart) {
    this.plannedStart = plannedStart;
  }

  public String getPlannedFinish() {
    return plannedFinish;
  }

  public void setPlannedFinish(String plannedFinish) {
    this.plannedFinish = plannedFinish;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }

  public List<ObjectiveRow> getObjectives() {
    return objectives;
  }

  public void setObjectives(List<ObjectiveRow> objectives) {
    this.objectives = objectives;
  }

  public List<CostRow> getCosts() {
    return costs;
  }

  public void setCosts(List<CostRow> costs) {
    this.costs = costs;
  }

  public List<BenefitRow> getBenefits() {
    return benefits;
  }

  public void setBenefits(List<BenefitRow> benefits) {
    this.benefits = benefits;
  }

  public List<RiskRow> getRisks() {
    return risks;
  }

  public void setRisks(List<RiskRow> risks) {
    this.risks = risks;
  }

  public List<DemandRow> getDemand() {
    return demand;
  }

  public void setDemand(List<DemandRow> demand) {
    this.demand = demand;
  }

  public List<DependencyRow> getDependencies() {
    return dependencies;
  }

  public void setDependencies(List<DependencyRow> dependencies) {
    this.dependencies = dependencies;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}

package org.cairnpmo.portfolio.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.DependencyKind;
import org.cairnpmo.portfolio.domain.ObjectiveView;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.web.ProposalFormRows.BenefitRow;
import org.cairnpmo.portfolio.web.ProposalFormRows.CostRow;
import org.cairnpmo.portfolio.web.ProposalFormRows.DemandRow;
import org.cairnpmo.portfolio.web.ProposalFormRows.DependencyRow;
import org.cairnpmo.portfolio.web.ProposalFormRows.ObjectiveRow;
import org.cairnpmo.portfolio.web.ProposalFormRows.RiskRow;

/**
 * The proposal form as the browser sends it. Numbers and dates stay text until {@link #toData()}
 * reads them, so that a typo gets a plain message next to its field. Repeatable rows (costs,
 * benefits, risks, demand, dependencies) may be left blank; blank rows are dropped.
 */
@Getter
public class ProposalForm extends EditForm {

  static final int BLANK_COST_ROWS = 3;

  @Setter private String title;
  @Setter private String problem;
  @Setter private String scope;
  @Setter private Long sponsorId;
  @Setter private Long managerId;
  @Setter private Long departmentId;
  @Setter private String discountRate;
  @Setter private String currency;
  @Setter private String plannedStart;
  @Setter private String plannedFinish;
  @Setter private String options;
  @Setter private List<ObjectiveRow> objectives = new ArrayList<>();
  @Setter private List<CostRow> costs = new ArrayList<>();
  @Setter private List<BenefitRow> benefits = new ArrayList<>();
  @Setter private List<RiskRow> risks = new ArrayList<>();
  @Setter private List<DemandRow> demand = new ArrayList<>();
  @Setter private List<DependencyRow> dependencies = new ArrayList<>();

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
    form.managerId = data.managerId();
    form.departmentId = data.departmentId();
    form.discountRate = FormInput.text(data.discountRatePercent());
    form.currency = data.currency();
    form.plannedStart = FormInput.text(data.plannedStart());
    form.plannedFinish = FormInput.text(data.plannedFinish());
    form.options = String.join("\n", data.options());
    for (ProposalData.ObjectiveContribution o : data.objectives()) {
      form.objectives.add(new ObjectiveRow(o.objectiveId(), String.valueOf(o.contribution())));
    }
    for (ProposalData.CostLine c : data.costs()) {
      form.costs.add(new CostRow(c.period(), FormInput.text(c.capex()), FormInput.text(c.opex())));
    }
    for (ProposalData.BenefitLine b : data.benefits()) {
      form.benefits.add(new BenefitRow(b.period(), FormInput.text(b.amount())));
    }
    for (ProposalData.Risk r : data.risks()) {
      form.risks.add(
          new RiskRow(
              r.description(), String.valueOf(r.probability()), String.valueOf(r.impact())));
    }
    for (ProposalData.ResourceDemand d : data.resourceDemand()) {
      form.demand.add(
          new DemandRow(d.role(), d.period(), FormInput.text(d.amount()), d.unit().name()));
    }
    for (ProposalData.Dependency d : data.dependencies()) {
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
      if (row.getObjectiveId() != null && !FormInput.blank(row.getContribution())) {
        served.add(
            new ProposalData.ObjectiveContribution(
                row.getObjectiveId(),
                FormInput.integer(row.getContribution(), "objectives", "From 1 to 5", problems)));
      }
    }
    List<ProposalData.CostLine> costLines =
        rows(
            costs,
            (row, at) ->
                new ProposalData.CostLine(
                    row.getPeriod(),
                    FormInput.decimal(
                        row.getCapex(), at + "capex", "Enter an amount, e.g. 120000", problems),
                    FormInput.decimal(
                        row.getOpex(), at + "opex", "Enter an amount, e.g. 15000", problems)),
            "costs");
    List<ProposalData.BenefitLine> benefitLines =
        rows(
            benefits,
            (row, at) ->
                new ProposalData.BenefitLine(
                    row.getPeriod(),
                    FormInput.decimal(row.getAmount(), at + "amount", "Enter an amount", problems)),
            "benefits");
    List<ProposalData.Risk> riskLines =
        rows(
            risks,
            (row, at) ->
                new ProposalData.Risk(
                    row.getDescription(),
                    FormInput.integer(
                        row.getProbability(), at + "probability", "From 1 to 5", problems),
                    FormInput.integer(row.getImpact(), at + "impact", "From 1 to 5", problems)),
            "risks");
    List<ProposalData.ResourceDemand> demandLines =
        rows(
            demand,
            (row, at) ->
                new ProposalData.ResourceDemand(
                    row.getRole(),
                    row.getPeriod(),
                    FormInput.decimal(
                        row.getAmount(), at + "amount", "Enter a number, e.g. 1.5", problems),
                    FormInput.choice(row.getUnit(), DemandUnit.class, DemandUnit.FTE)),
            "demand");
    List<ProposalData.Dependency> dependencyLines =
        rows(
            dependencies,
            (row, at) ->
                new ProposalData.Dependency(
                    FormInput.choice(row.getKind(), DependencyKind.class, DependencyKind.PROPOSAL),
                    FormInput.id(
                        row.getId(),
                        "PRO",
                        at + "id",
                        "Enter the id, e.g. 42 or PRO-0042",
                        problems),
                    row.getNote()),
            "dependencies");
    BigDecimal rate =
        FormInput.decimal(discountRate, "discountRate", "Enter a percentage, e.g. 8", problems);
    ProposalData data =
        new ProposalData(
            title,
            problem,
            scope,
            sponsorId,
            managerId,
            departmentId,
            rate,
            FormInput.trimmed(currency),
            FormInput.date(plannedStart, "plannedStart", problems),
            FormInput.date(plannedFinish, "plannedFinish", problems),
            served,
            FormInput.lines(options),
            costLines,
            benefitLines,
            riskLines,
            demandLines,
            dependencyLines,
            version);
    FormInput.refuseAny(problems);
    return data;
  }

  /**
   * Each row of a section read into a line of the proposal; {@code read} gets the row and the
   * prefix of its fields' names ({@code costs[2].}).
   */
  private static <R, T> List<T> rows(List<R> rows, BiFunction<R, String, T> read, String section) {
    List<T> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      lines.add(read.apply(rows.get(i), section + "[" + i + "]."));
    }
    return lines;
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

  // ---- properties -------------------------------------------------------------------------
}

package org.cairnpmo.portfolio.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;

/**
 * The scenario form: candidates and their rule as checkboxes and selects, exclusive groups and
 * prerequisites as rows picked from the proposals (code and title), limits as short lines ("2027 =
 * 500000", "Developer 2027 = 12").
 */
@Getter
public class ScenarioForm extends EditForm.Named {

  /** Empty rows the form offers for new groups and prerequisites. */
  static final int BLANK_ROWS = 2;

  @Setter private List<Long> candidateIds = new ArrayList<>();
  @Setter private Map<String, String> rules = new HashMap<>();
  @Setter private Objective objective = Objective.SCORE;
  @Setter private String alpha = "0.5";
  @Setter private String totalBudget;
  @Setter private String budgetLimits = "";
  @Setter private boolean ignoreCommittedSpend;
  @Setter private String capacityLimits = "";
  @Setter private List<GroupRow> exclusiveGroups = new ArrayList<>();
  @Setter private List<NeedRow> prerequisites = new ArrayList<>();
  @Setter private Integer timeLimitSeconds = 10;
  @Setter private Integer frontierLevels = 10;

  /** One group of alternatives: a name and the proposals picked for it. */
  public static class GroupRow {
    @Getter @Setter private String name;
    @Getter @Setter private List<Long> proposalIds = new ArrayList<>();

    boolean blank() {
      return FormInput.blank(name) && (proposalIds == null || proposalIds.isEmpty());
    }
  }

  /** One prerequisite: the dependent proposal and the one it needs. */
  public static class NeedRow {
    @Getter @Setter private Long dependentId;
    @Getter @Setter private Long requiredId;

    boolean blank() {
      return dependentId == null && requiredId == null;
    }
  }

  static ScenarioForm of(ScenarioData d) {
    ScenarioForm f = new ScenarioForm();
    f.name = d.name();
    f.description = d.description();
    f.candidateIds = new ArrayList<>(d.candidateIds());
    d.mustInclude().forEach(id -> f.rules.put(id.toString(), "INCLUDE"));
    d.mustExclude().forEach(id -> f.rules.put(id.toString(), "EXCLUDE"));
    f.objective = d.objective();
    f.alpha = d.alpha() == null ? "0.5" : d.alpha().toString();
    f.totalBudget = d.totalBudget() == null ? null : d.totalBudget().toPlainString();
    f.budgetLimits =
        String.join(
            "\n",
            d.budgetLimits().stream()
                .map(l -> l.period() + " = " + l.limit().toPlainString())
                .toList());
    f.ignoreCommittedSpend = d.ignoresCommittedSpend();
    f.capacityLimits =
        String.join(
            "\n",
            d.capacityLimits().stream()
                .map(l -> l.role() + " " + l.period() + " = " + l.limit().toPlainString())
                .toList());
    for (ScenarioData.Group g : d.exclusiveGroups()) {
      GroupRow row = new GroupRow();
      row.name = g.name();
      row.proposalIds = new ArrayList<>(g.proposalIds());
      f.exclusiveGroups.add(row);
    }
    for (ScenarioData.Requirement r : d.prerequisites()) {
      NeedRow row = new NeedRow();
      row.dependentId = r.dependentId();
      row.requiredId = r.requiredId();
      f.prerequisites.add(row);
    }
    f.timeLimitSeconds = d.timeLimitSeconds();
    f.frontierLevels = d.frontierLevels();
    f.version = d.version();
    return f;
  }

  /**
   * Drops the rows left empty, so that the rows kept are numbered as in the data (problems name
   * them by number); {@link #withBlankRows} offers new ones again when the form is drawn.
   */
  void dropBlankRows() {
    exclusiveGroups.removeIf(r -> r == null || r.blank());
    prerequisites.removeIf(r -> r == null || r.blank());
  }

  /** The form with empty rows to add groups and prerequisites. */
  ScenarioForm withBlankRows() {
    for (int i = 0; i < BLANK_ROWS; i++) {
      exclusiveGroups.add(new GroupRow());
      prerequisites.add(new NeedRow());
    }
    return this;
  }

  /**
   * Puts the pool's limits in place of the lines for the same role and period, keeping the others
   * as typed (a line that does not read is kept too, for the save to name it).
   */
  void fillCapacity(PoolCapacity pool) {
    java.util.Set<String> filled = new java.util.HashSet<>();
    pool.limits().forEach(l -> filled.add(PoolCapacity.key(l.role(), l.period())));
    List<String> kept = new ArrayList<>();
    for (String line : FormInput.lines(capacityLimits)) {
      String left = line.split("=", 2)[0].trim();
      int space = left.lastIndexOf(' ');
      if (space < 1
          || !filled.contains(
              PoolCapacity.key(left.substring(0, space), left.substring(space + 1)))) {
        kept.add(line.trim());
      }
    }
    pool.limits()
        .forEach(l -> kept.add(l.role() + " " + l.period() + " = " + l.limit().toPlainString()));
    capacityLimits = String.join("\n", kept);
  }

  /** The data this form stands for; problems it cannot parse are thrown with their field. */
  ScenarioData toData() {
    dropBlankRows();
    List<FieldProblem> problems = new ArrayList<>();
    List<ScenarioData.PeriodLimit> budgets = new ArrayList<>();
    for (String line : FormInput.lines(budgetLimits)) {
      String[] parts = line.split("=", 2);
      BigDecimal limit = parts.length == 2 ? FormInput.number(parts[1]) : null;
      if (limit == null || parts[0].isBlank()) {
        problems.add(
            new FieldProblem(
                "budgetLimits", "Write each limit as 'period = amount', e.g. 2027 = 500000."));
        break;
      }
      budgets.add(new ScenarioData.PeriodLimit(parts[0].trim(), limit));
    }
    List<ScenarioData.CapacityLimit> capacities = new ArrayList<>();
    for (String line : FormInput.lines(capacityLimits)) {
      String[] parts = line.split("=", 2);
      BigDecimal limit = parts.length == 2 ? FormInput.number(parts[1]) : null;
      String left = parts[0].trim();
      int space = left.lastIndexOf(' ');
      if (limit == null || space < 1) {
        problems.add(
            new FieldProblem(
                "capacityLimits",
                "Write each limit as 'role period = amount', e.g. Developer 2027 = 12."));
        break;
      }
      capacities.add(
          new ScenarioData.CapacityLimit(
              left.substring(0, space).trim(), left.substring(space + 1), limit));
    }
    List<ScenarioData.Group> groups = new ArrayList<>();
    for (int g = 0; g < exclusiveGroups.size(); g++) {
      GroupRow row = exclusiveGroups.get(g);
      List<Long> members = row.proposalIds == null ? List.of() : row.proposalIds;
      if (FormInput.blank(row.name)) {
        problems.add(new FieldProblem("exclusiveGroups[" + g + "].name", "Name the group."));
      }
      if (members.size() < 2 || members.contains(null)) {
        problems.add(
            new FieldProblem(
                "exclusiveGroups[" + g + "].proposalIds",
                "Pick two or more candidates, of which at most one may be selected."));
      }
      groups.add(
          new ScenarioData.Group(
              FormInput.trimmed(row.name),
              List.copyOf(
                  new LinkedHashSet<>(
                      members.stream().filter(java.util.Objects::nonNull).toList()))));
    }
    List<ScenarioData.Requirement> requirements = new ArrayList<>();
    for (int r = 0; r < prerequisites.size(); r++) {
      NeedRow row = prerequisites.get(r);
      if (row.dependentId == null || row.requiredId == null) {
        problems.add(
            new FieldProblem(
                "prerequisites[" + r + "]", "Pick both the proposal and the proposal it needs."));
        continue;
      }
      requirements.add(new ScenarioData.Requirement(row.dependentId, row.requiredId));
    }
    Double a = null;
    if (objective == Objective.MIX) {
      BigDecimal parsed = FormInput.number(alpha);
      if (parsed == null) {
        problems.add(new FieldProblem("alpha", "Enter a number between 0 and 1."));
      } else {
        a = parsed.doubleValue();
      }
    }
    BigDecimal total = null;
    if (!FormInput.blank(totalBudget)) {
      total = FormInput.number(totalBudget);
      if (total == null) {
        problems.add(new FieldProblem("totalBudget", "Enter an amount, e.g. 1500000."));
      }
    }
    Set<Long> include = new LinkedHashSet<>();
    Set<Long> exclude = new LinkedHashSet<>();
    rules.forEach(
        (id, rule) -> {
          Long proposal = FormInput.blank(id) || !id.matches("\\d{1,18}") ? null : Long.valueOf(id);
          if (proposal == null || !RULES.contains(rule == null ? "" : rule)) {
            problems.add(
                new FieldProblem(
                    "rules", "Choose optional, must include or must exclude for each candidate."));
          } else if ("INCLUDE".equals(rule)) {
            include.add(proposal);
          } else if ("EXCLUDE".equals(rule)) {
            exclude.add(proposal);
          }
        });
    FormInput.refuseAny(problems);
    // A rule stays with its row: unticking a candidate drops the rule chosen for it.
    Set<Long> chosen = new LinkedHashSet<>(candidateIds == null ? List.of() : candidateIds);
    chosen.remove(null);
    include.retainAll(chosen.isEmpty() ? include : chosen);
    exclude.retainAll(chosen.isEmpty() ? exclude : chosen);
    return new ScenarioData(
        name,
        description,
        List.copyOf(chosen),
        objective,
        a,
        budgets,
        total,
        capacities,
        List.copyOf(include),
        List.copyOf(exclude),
        groups,
        requirements,
        timeLimitSeconds,
        frontierLevels,
        version,
        ignoreCommittedSpend ? Boolean.TRUE : null);
  }

  private static final Set<String> RULES = Set.of("", "INCLUDE", "EXCLUDE");
}

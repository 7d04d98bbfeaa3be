package org.cairnpmo.portfolio.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.portfolio.domain.ProposalCandidate;

/**
 * The scenario form: candidates and their rule as checkboxes and selects, limits and rules as short
 * lines ("2027 = 500000", "Developer 2027 = 12", "Platform: PRO-0003, PRO-0004", "PRO-0005 needs
 * PRO-0002").
 */
public class ScenarioForm {

  private String name;
  private String description;
  private List<Long> candidateIds = new ArrayList<>();
  private Map<String, String> rules = new HashMap<>();
  private Objective objective = Objective.SCORE;
  private String alpha = "0.5";
  private String totalBudget;
  private String budgetLimits = "";
  private String capacityLimits = "";
  private String exclusiveGroups = "";
  private String prerequisites = "";
  private Integer timeLimitSeconds = 10;
  private Integer frontierLevels = 10;
  private Long version;

  static ScenarioForm of(ScenarioData d, List<ProposalCandidate> all) {
    Map<Long, String> codes = new HashMap<>();
    all.forEach(c -> codes.put(c.id(), c.code()));
    ScenarioForm f = new ScenarioForm();
    f.name = d.name();
    f.description = d.description();
    f.candidateIds = new ArrayList<>(d.candidateIds());
    d.mustInclude().forEach(id -> f.rules.put(id.toString(), "INCLUDE"));
    d.mustExclude().forEach(id -> f.rules.put(id.toString(), "EXCLUDE"));
    f.objective = d.objective();
    f.alpha = d.alpha() == null ? "0.5" : d.alpha().toString();
    f.totalBudget = d.totalBudget() == null ? null : d.totalBudget().toPlainString();
    List<String> lines = new ArrayList<>();
    d.budgetLimits().forEach(l -> lines.add(l.period() + " = " + l.limit().toPlainString()));
    f.budgetLimits = String.join("\n", lines);
    lines.clear();
    d.capacityLimits()
        .forEach(l -> lines.add(l.role() + " " + l.period() + " = " + l.limit().toPlainString()));
    f.capacityLimits = String.join("\n", lines);
    lines.clear();
    d.exclusiveGroups()
        .forEach(
            g ->
                lines.add(
                    g.name()
                        + ": "
                        + String.join(
                            ", ",
                            g.proposalIds().stream()
                                .map(id -> codes.getOrDefault(id, "" + id))
                                .toList())));
    f.exclusiveGroups = String.join("\n", lines);
    lines.clear();
    d.prerequisites()
        .forEach(
            p ->
                lines.add(
                    codes.getOrDefault(p.dependentId(), "" + p.dependentId())
                        + " needs "
                        + codes.getOrDefault(p.requiredId(), "" + p.requiredId())));
    f.prerequisites = String.join("\n", lines);
    f.timeLimitSeconds = d.timeLimitSeconds();
    f.frontierLevels = d.frontierLevels();
    f.version = d.version();
    return f;
  }

  /** The data this form stands for; problems it cannot parse are thrown with their field. */
  ScenarioData toData(List<ProposalCandidate> all) {
    Map<String, Long> ids = new HashMap<>();
    all.forEach(c -> ids.put(c.code().toUpperCase(Locale.ROOT), c.id()));
    List<FieldProblem> problems = new ArrayList<>();
    List<ScenarioData.PeriodLimit> budgets = new ArrayList<>();
    for (String line : lines(budgetLimits)) {
      String[] parts = line.split("=", 2);
      BigDecimal limit = parts.length == 2 ? number(parts[1]) : null;
      if (limit == null || parts[0].isBlank()) {
        problems.add(
            new FieldProblem(
                "budgetLimits", "Write each limit as 'period = amount', e.g. 2027 = 500000."));
        break;
      }
      budgets.add(new ScenarioData.PeriodLimit(parts[0].trim(), limit));
    }
    List<ScenarioData.CapacityLimit> capacities = new ArrayList<>();
    for (String line : lines(capacityLimits)) {
      String[] parts = line.split("=", 2);
      BigDecimal limit = parts.length == 2 ? number(parts[1]) : null;
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
    for (String line : lines(exclusiveGroups)) {
      String[] parts = line.split(":", 2);
      List<Long> members = parts.length == 2 ? codes(parts[1], ids) : null;
      if (members == null || members.size() < 2 || parts[0].isBlank()) {
        problems.add(
            new FieldProblem(
                "exclusiveGroups",
                "Write each group as 'name: PRO-0001, PRO-0002' with known proposal codes."));
        break;
      }
      groups.add(new ScenarioData.Group(parts[0].trim(), members));
    }
    List<ScenarioData.Requirement> requirements = new ArrayList<>();
    for (String line : lines(prerequisites)) {
      String[] parts = line.split("(?i)\\s+needs\\s+", 2);
      List<Long> pair = parts.length == 2 ? codes(parts[0] + "," + parts[1], ids) : null;
      if (pair == null || pair.size() != 2) {
        problems.add(
            new FieldProblem(
                "prerequisites",
                "Write each prerequisite as 'PRO-0005 needs PRO-0002' with known proposal codes."));
        break;
      }
      requirements.add(new ScenarioData.Requirement(pair.get(0), pair.get(1)));
    }
    Double a = null;
    if (objective == Objective.MIX) {
      BigDecimal parsed = number(alpha);
      if (parsed == null) {
        problems.add(new FieldProblem("alpha", "Enter a number between 0 and 1."));
      } else {
        a = parsed.doubleValue();
      }
    }
    BigDecimal total = null;
    if (totalBudget != null && !totalBudget.isBlank()) {
      total = number(totalBudget);
      if (total == null) {
        problems.add(new FieldProblem("totalBudget", "Enter an amount, e.g. 1500000."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Set<Long> include = new LinkedHashSet<>();
    Set<Long> exclude = new LinkedHashSet<>();
    rules.forEach(
        (id, rule) -> {
          try {
            if ("INCLUDE".equals(rule)) include.add(Long.valueOf(id));
            if ("EXCLUDE".equals(rule)) exclude.add(Long.valueOf(id));
          } catch (NumberFormatException e) {
            // ignore a tampered key
          }
        });
    Set<Long> chosen = new LinkedHashSet<>(candidateIds == null ? List.of() : candidateIds);
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
        version);
  }

  private static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.trim().replace(",", "").replace(" ", "").replace("_", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<Long> codes(String text, Map<String, Long> ids) {
    List<Long> out = new ArrayList<>();
    for (String token : text.split("[,\\s]+")) {
      if (token.isBlank()) continue;
      Long id = ids.get(token.trim().toUpperCase(Locale.ROOT));
      if (id == null) return null;
      out.add(id);
    }
    return out;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<Long> getCandidateIds() {
    return candidateIds;
  }

  public void setCandidateIds(List<Long> candidateIds) {
    this.candidateIds = candidateIds;
  }

  public Map<String, String> getRules() {
    return rules;
  }

  public void setRules(Map<String, String> rules) {
    this.rules = rules;
  }

  public Objective getObjective() {
    return objective;
  }

  public void setObjective(Objective objective) {
    this.objective = objective;
  }

  public String getAlpha() {
    return alpha;
  }

  public void setAlpha(String alpha) {
    this.alpha = alpha;
  }

  public String getTotalBudget() {
    return totalBudget;
  }

  public void setTotalBudget(String totalBudget) {
    this.totalBudget = totalBudget;
  }

  public String getBudgetLimits() {
    return budgetLimits;
  }

  public void setBudgetLimits(String budgetLimits) {
    this.budgetLimits = budgetLimits;
  }

  public String getCapacityLimits() {
    return capacityLimits;
  }

  public void setCapacityLimits(String capacityLimits) {
    this.capacityLimits = capacityLimits;
  }

  public String getExclusiveGroups() {
    return exclusiveGroups;
  }

  public void setExclusiveGroups(String exclusiveGroups) {
    this.exclusiveGroups = exclusiveGroups;
  }

  public String getPrerequisites() {
    return prerequisites;
  }

  public void setPrerequisites(String prerequisites) {
    this.prerequisites = prerequisites;
  }

  public Integer getTimeLimitSeconds() {
    return timeLimitSeconds;
  }

  public void setTimeLimitSeconds(Integer timeLimitSeconds) {
    this.timeLimitSeconds = timeLimitSeconds;
  }

  public Integer getFrontierLevels() {
    return frontierLevels;
  }

  public void setFrontierLevels(Integer frontierLevels) {
    this.frontierLevels = frontierLevels;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}

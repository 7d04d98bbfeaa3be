package org.cairnpmo.budgets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.budgets.domain.BudgetData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.budgets.domain.EarnedValueSeries;
import org.cairnpmo.budgets.domain.ProgressPoint;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InLists;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (overviews, exports) may read of a project's money. Budgets and actuals are
 * changed through this module's own pages and API, where its rules are enforced.
 *
 * <p>The reads "in bulk" at the end serve read models kept by other modules (the portfolio
 * dashboard): a few queries for any number of projects, and no visibility check; the caller applies
 * the register's rules when it answers a person.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BudgetsApi {

  private final BudgetService budgets;
  private final NamedParameterJdbcTemplate jdbc;

  /**
   * The project's earned value with its own EAC formula, as {@code viewer} may see it. Throws
   * {@link org.cairnpmo.platform.NotFoundException} if the viewer may not see the project.
   */
  public EvmView earnedValue(long projectId, CurrentUser viewer) {
    return budgets.earnedValue(projectId, null, viewer);
  }

  /** Whether the project has a budget yet (no access check: callers did that). */
  public boolean hasBudget(long projectId) {
    return budgets.hasBudget(projectId);
  }

  /**
   * One cell of a project's time-phased budget as another module names it (a project template): the
   * month ({@code YYYY-MM}), the category ({@code LABOUR}, {@code MATERIAL}, {@code OTHER}), the
   * cost type ({@code CAPEX}, {@code OPEX}) and the amount.
   */
  public record PlannedCost(String period, String category, String costType, BigDecimal amount) {}

  /**
   * Sets these cells of the project's budget, keeping every other cell; an amount of zero removes
   * the cell. Checked and permitted as the budget page is (the caller must be allowed to plan the
   * project's budget); an unknown category or cost type answers 400.
   */
  @Transactional
  public void setPlannedCosts(long projectId, List<PlannedCost> cells, CurrentUser by) {
    var budget = budgets.budget(projectId, by);
    Map<String, BudgetLine> lines = new java.util.LinkedHashMap<>();
    budget.lines().forEach(l -> lines.put(l.period() + l.category() + l.costType(), l));
    for (PlannedCost cell : cells) {
      CostCategory category;
      CostType type;
      try {
        category = CostCategory.valueOf(cell.category());
        type = CostType.valueOf(cell.costType());
      } catch (IllegalArgumentException | NullPointerException unknown) {
        throw org.cairnpmo.platform.InvalidInputException.of(
            "budget",
            "Use a category of LABOUR, MATERIAL or OTHER and a cost type of CAPEX or OPEX.");
      }
      String key = cell.period() + category + type;
      if (cell.amount() == null || cell.amount().signum() == 0) {
        lines.remove(key);
      } else {
        lines.put(key, new BudgetLine(cell.period(), category, type, cell.amount()));
      }
    }
    budgets.saveBudget(
        projectId,
        new BudgetData(List.copyOf(lines.values()), null, budget.version()),
        budget.version(),
        by);
  }

  /** The months ({@code YYYY-MM}) in which the project has actual costs booked; no access check. */
  @Transactional(readOnly = true)
  public java.util.Set<String> monthsWithActuals(long projectId) {
    return new java.util.TreeSet<>(
        jdbc.queryForList(
            "select distinct period from bud_actual_cost where project_id = :id",
            Map.of("id", projectId),
            String.class));
  }

  // ---------------------------------------------------------------- in bulk, for read models

  /**
   * A project's money at its status period.
   *
   * @param bac budget at completion (total of the time-phased budget)
   * @param actualToDate every actual cost booked
   * @param spi EV / PV, null when undefined
   * @param cpi EV / AC, null when undefined
   * @param months planned and actual cost per month (YYYY-MM), oldest first
   * @param eac estimate at completion by the project's own formula ({@code eacMethod}), null when
   *     undefined (before anything is reported or spent, or at an undefined CPI)
   * @param eacMethod the formula of the project's budget ({@code BAC / CPI} without one)
   */
  public record Financials(
      long projectId,
      BigDecimal bac,
      BigDecimal actualToDate,
      BigDecimal spi,
      BigDecimal cpi,
      List<Month> months,
      BigDecimal eac,
      EacMethod eacMethod) {

    /**
     * What the project is forecast to cost in the end: the EAC, or the budget while the EAC is
     * undefined (nothing has happened yet that would move the forecast away from the plan).
     */
    public BigDecimal forecastAtCompletion() {
      return eac != null ? eac : bac;
    }
  }

  /** Planned and actual cost of one month. */
  public record Month(String period, BigDecimal planned, BigDecimal actual) {}

  /** The figures of each project that has a budget, progress or actual costs. */
  @Transactional(readOnly = true)
  public Map<Long, Financials> financials(Collection<Long> projectIds) {
    Map<Long, Financials> result = new HashMap<>();
    series(projectIds)
        .forEach(
            (id, s) -> {
              EvmView evm = s.evm();
              List<Month> months =
                  evm.periods().stream()
                      .map(p -> new Month(p.period(), p.planned(), s.spent().get(p.period())))
                      .toList();
              BigDecimal actual =
                  s.spent().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
              result.put(
                  id,
                  new Financials(
                      id,
                      evm.bac(),
                      actual,
                      figure(evm, "SPI"),
                      figure(evm, "CPI"),
                      months,
                      figure(evm, "EAC"),
                      evm.eacMethod()));
            });
    return result;
  }

  /**
   * The earned value of each project that has a budget, progress or actual costs, month by month
   * (the cumulative PV, EV, AC and the SPI and CPI of every month up to the status period), by the
   * same computation as the project's own earned-value page.
   */
  @Transactional(readOnly = true)
  public Map<Long, EvmView> earnedValueSeries(Collection<Long> projectIds) {
    Map<Long, EvmView> result = new HashMap<>();
    series(projectIds).forEach((id, s) -> result.put(id, s.evm()));
    return result;
  }

  private record Series(EvmView evm, Map<String, BigDecimal> spent) {}

  private Map<Long, Series> series(Collection<Long> projectIds) {
    Map<Long, List<BudgetLine>> lines = new HashMap<>();
    Map<Long, Map<String, BigDecimal>> actuals = new HashMap<>();
    Map<Long, List<ProgressPoint>> progress = new HashMap<>();
    Map<Long, EacMethod> methods = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(projectIds)) {
      Map<String, Object> ids = Map.of("ids", chunk);
      jdbc.query(
          "select p.project_id, p.eac_method, l.period, sum(l.amount) as amount from bud_plan p"
              + " left join bud_plan_line l on l.plan_id = p.id where p.project_id in (:ids)"
              + " group by p.project_id, p.eac_method, l.period",
          ids,
          rs -> {
            methods.put(rs.getLong("project_id"), EacMethod.valueOf(rs.getString("eac_method")));
            if (rs.getString("period") == null) {
              return; // a plan without lines: only its formula
            }
            lines
                .computeIfAbsent(rs.getLong("project_id"), id -> new ArrayList<>())
                .add(
                    new BudgetLine(rs.getString("period"), null, null, rs.getBigDecimal("amount")));
          });
      jdbc.query(
          "select project_id, period, sum(amount) as amount from bud_actual_cost"
              + " where project_id in (:ids) group by project_id, period",
          ids,
          rs -> {
            actuals
                .computeIfAbsent(rs.getLong("project_id"), id -> new TreeMap<>())
                .put(rs.getString("period"), rs.getBigDecimal("amount"));
          });
      jdbc.query(
          "select p.project_id, g.period, g.percent_complete from bud_plan p"
              + " join bud_plan_progress g on g.plan_id = p.id where p.project_id in (:ids)",
          ids,
          rs -> {
            progress
                .computeIfAbsent(rs.getLong("project_id"), id -> new ArrayList<>())
                .add(
                    new ProgressPoint(
                        rs.getString("period"), rs.getBigDecimal("percent_complete")));
          });
    }
    Map<Long, Series> result = new HashMap<>();
    for (Long id : new java.util.LinkedHashSet<>(projectIds)) {
      List<BudgetLine> planned = lines.getOrDefault(id, List.of());
      Map<String, BigDecimal> spent = actuals.getOrDefault(id, Map.of());
      List<ProgressPoint> reported = progress.getOrDefault(id, List.of());
      if (planned.isEmpty() && spent.isEmpty() && reported.isEmpty()) {
        continue;
      }
      EacMethod method = methods.getOrDefault(id, EacMethod.BAC_OVER_CPI);
      result.put(
          id,
          new Series(
              EarnedValueSeries.assemble(id, null, planned, spent, reported, method), spent));
    }
    return result;
  }

  private static BigDecimal figure(EvmView evm, String key) {
    return evm.figures().stream()
        .filter(f -> f.key().equals(key))
        .findFirst()
        .map(EvmFigure::value) // undefined (null) before any work is planned, e.g. SPI at PV 0
        .orElse(null);
  }
}

package org.cairnpmo.budgets.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.Periods;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoProperties;
import org.cairnpmo.projects.ProjectOutline;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.projects.SyntheticProjectLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budgets for the synthetic projects of {@code cairn.demo.projects=N} (codes {@code SYN-...}): a
 * monthly budget over the project's planned span equal to its register budget (an S-shaped spread,
 * split into labour/opex, material/capex and other/opex), and for projects under way monthly
 * progress and actual costs up to last month, each project with its own schedule and cost
 * performance.
 *
 * <p>Written with JDBC batches straight into the budget tables, {@value SyntheticProjectLoad#CHUNK}
 * projects per transaction. Deterministic (one seed per project number) and idempotent: a synthetic
 * project with a budget plan is left alone. Runs after the synthetic projects and their control
 * data.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SyntheticBudgetData {

  private static final String BY = "demo";
  private static final Logger log = LoggerFactory.getLogger(SyntheticBudgetData.class);

  private final JdbcTemplate jdbc;
  private final ProjectsApi projects;
  private final TransactionTemplate transaction;
  private final DemoProperties demo;
  private final Clock clock;

  /** Loads after the demo's own budgets, last. */
  @EventListener
  void on(DemoLoaded.Budgets loaded) {
    loadIfMissing();
  }

  void loadIfMissing() {
    SyntheticProjectLoad.ifWanted(
        demo.projects(),
        log,
        "Synthetic budgets",
        load -> ensure(load, YearMonth.now(clock.withZone(ZoneId.systemDefault())).minusMonths(1)));
  }

  /** Adds budgets to every synthetic project that has none; returns how many got one. */
  int ensure(SyntheticProjectLoad load, YearMonth lastMonth) {
    Set<Long> planned =
        new HashSet<>(jdbc.queryForList("select project_id from bud_plan", Long.class));
    List<ProjectOutline> targets =
        projects.outlinesByCodePrefix(SyntheticProjectLoad.PREFIX).stream()
            .filter(p -> p.plannedStart() != null && p.plannedFinish() != null)
            .filter(p -> p.budget() != null && p.budget().signum() > 0)
            .filter(p -> !planned.contains(p.id()))
            .toList();
    if (targets.isEmpty()) {
      log.info("Synthetic budgets: every synthetic project has its budget already.");
      return 0;
    }
    Timestamp now = Timestamp.from(clock.instant());
    Written written = new Written();
    load.inChunks(
        targets,
        chunk -> {
          Plans plans = new Plans();
          for (ProjectOutline t : chunk) {
            plan(t, lastMonth, plans);
          }
          transaction.executeWithoutResult(status -> write(chunk, plans, now));
          written.lines += plans.lines.values().stream().mapToInt(List::size).sum();
          written.actuals += plans.actuals.size();
        });
    log.info(
        "Synthetic budgets: added for {} projects in {} ms: {} budget lines, {} actual costs.",
        targets.size(),
        load.millis(),
        written.lines,
        written.actuals);
    return targets.size();
  }

  /** The rows of one chunk; lines and progress are keyed by project until the plans have ids. */
  static final class Plans {
    final List<Object[]> plans = new ArrayList<>();
    final Map<Long, List<Object[]>> lines = new HashMap<>();
    final Map<Long, List<Object[]>> progress = new HashMap<>();
    final List<Object[]> actuals = new ArrayList<>();
  }

  /** The rows written so far, for the closing line of the log. */
  private static final class Written {
    long lines;
    long actuals;
  }

  static void plan(ProjectOutline t, YearMonth lastMonth, Plans out) {
    SplittableRandom random =
        new SplittableRandom(15_485_863L * SyntheticProjectLoad.number(t) + 3);
    List<YearMonth> months =
        Periods.range(YearMonth.from(t.plannedStart()), YearMonth.from(t.plannedFinish()));
    if (months.isEmpty() || months.size() > 120) {
      return;
    }
    BigDecimal bac = t.budget().setScale(2, RoundingMode.HALF_UP);
    int n = months.size();
    DemoSpending.Spread spread = DemoSpending.sCurve(bac, n);
    out.plans.add(
        new Object[] {
          t.id(),
          (random.nextInt(4) == 0 ? EacMethod.AC_PLUS_REMAINING_AT_CPI_SPI : EacMethod.BAC_OVER_CPI)
              .name()
        });
    List<Object[]> lines = new ArrayList<>(n * 3);
    List<Object[]> progress = new ArrayList<>();
    DemoSpending.Performance performance = DemoSpending.Performance.draw(random);
    boolean underWay = t.status() != ProjectStatus.PROPOSED;
    boolean closed = t.status() == ProjectStatus.CLOSED;
    double previousPct = 0;
    for (int i = 0; i < n; i++) {
      String period = Periods.format(months.get(i));
      for (BudgetLine line : DemoSpending.split(period, spread.amounts().get(i))) {
        lines.add(
            new Object[] {period, line.category().name(), line.costType().name(), line.amount()});
      }

      if (!underWay || months.get(i).isAfter(lastMonth)) {
        continue;
      }
      double pct = performance.percent(spread.plannedShare()[i], previousPct, closed && i == n - 1);
      progress.add(
          new Object[] {period, BigDecimal.valueOf(pct).setScale(2, RoundingMode.HALF_UP)});
      double spent = performance.spent(pct, previousPct, bac, random);
      previousPct = pct;
      if (spent >= 1) {
        actuals(t.id(), months.get(i), spent, random, out.actuals);
      }
    }
    out.lines.put(t.id(), lines);
    out.progress.put(t.id(), progress);
  }

  /** One month's spending as the rows of its actual costs. */
  private static void actuals(
      long projectId, YearMonth month, double spent, SplittableRandom random, List<Object[]> out) {
    BigDecimal amount = BigDecimal.valueOf(spent).setScale(2, RoundingMode.HALF_UP);
    for (ActualData a : DemoSpending.spending(month, amount, random)) {
      out.add(
          new Object[] {
            projectId,
            a.period(),
            Date.valueOf(a.date()),
            a.category().name(),
            a.costType().name(),
            a.amount(),
            a.description(),
            a.reference()
          });
    }
  }

  private void write(List<ProjectOutline> chunk, Plans plans, Timestamp now) {
    batch(
        "insert into bud_plan (project_id, eac_method, version, updated_at, updated_by)"
            + " values (?, ?, 0, ?, ?)",
        plans.plans.stream().map(p -> new Object[] {p[0], p[1], now, BY}).toList());
    String ids = String.join(",", Collections.nCopies(chunk.size(), "?"));
    Map<Long, Long> planIds = new HashMap<>();
    jdbc.query(
        "select id, project_id from bud_plan where project_id in (" + ids + ")",
        rs -> {
          planIds.put(rs.getLong(2), rs.getLong(1));
        },
        chunk.stream().map(ProjectOutline::id).toArray());
    List<Object[]> lines = new ArrayList<>();
    plans.lines.forEach(
        (projectId, rows) -> {
          Long planId = planIds.get(projectId);
          rows.forEach(r -> lines.add(new Object[] {planId, r[0], r[1], r[2], r[3]}));
        });
    List<Object[]> progress = new ArrayList<>();
    plans.progress.forEach(
        (projectId, rows) -> {
          Long planId = planIds.get(projectId);
          rows.forEach(r -> progress.add(new Object[] {planId, r[0], r[1]}));
        });
    batch(
        "insert into bud_plan_line (plan_id, period, category, cost_type, amount)"
            + " values (?, ?, ?, ?, ?)",
        lines);
    batch(
        "insert into bud_plan_progress (plan_id, period, percent_complete) values (?, ?, ?)",
        progress);
    batch(
        """
        insert into bud_actual_cost (project_id, period, booked_on, category, cost_type, amount,
          description, reference, source, created_at, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, 'import: erp-actuals.csv', ?, ?)
        """,
        plans.actuals.stream()
            .map(
                a -> {
                  Object[] row = java.util.Arrays.copyOf(a, a.length + 2);
                  row[a.length] = now;
                  row[a.length + 1] = BY;
                  return row;
                })
            .toList());
  }

  private void batch(String sql, List<Object[]> rows) {
    SyntheticProjectLoad.insert(jdbc, sql, rows);
  }
}

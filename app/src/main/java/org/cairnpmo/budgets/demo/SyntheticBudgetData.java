package org.cairnpmo.budgets.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.budgets.domain.Periods;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoProperties;
import org.cairnpmo.projects.ProjectOutline;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budgets for the synthetic projects of {@code cairn.demo.projects=N} (codes {@code SYN-...}): a
 * monthly budget over the project's planned span equal to its register budget (an S-shaped spread,
 * split into labour/opex, material/capex and other/opex), and for projects under way monthly
 * progress and actual costs up to last month, each project with its own schedule and cost
 * performance.
 *
 * <p>Written with JDBC batches straight into the budget tables, {@value #CHUNK} projects per
 * transaction. Deterministic (one seed per project number) and idempotent: a synthetic project with
 * a budget plan is left alone. Runs after the synthetic projects and their control data.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class SyntheticBudgetData {

  static final String PREFIX = "SYN-";
  static final int CHUNK = 500;
  private static final int BATCH = 1000;
  private static final String BY = "demo";
  private static final Logger log = LoggerFactory.getLogger(SyntheticBudgetData.class);

  private final JdbcTemplate jdbc;
  private final ProjectsApi projects;
  private final TransactionTemplate transaction;
  private final int wanted;
  private final Clock clock;

  SyntheticBudgetData(
      JdbcTemplate jdbc,
      ProjectsApi projects,
      PlatformTransactionManager transactions,
      DemoProperties demo,
      Clock clock) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.transaction = new TransactionTemplate(transactions);
    this.wanted = demo.projects();
    this.clock = clock;
  }

  /** Loads after the demo's own budgets, last. */
  @EventListener
  void on(DemoLoaded.Budgets loaded) {
    loadIfMissing();
  }

  void loadIfMissing() {
    if (wanted <= 0) {
      return;
    }
    try {
      ensure(YearMonth.now(clock.withZone(ZoneId.systemDefault())).minusMonths(1));
    } catch (RuntimeException e) {
      // Chunks already written stay (each is whole); the next start completes the rest.
      log.error("Synthetic budgets: stopped: {}", e.getMessage(), e);
    }
  }

  /** The project's number, the seed of its data (a hand-made SYN- code falls back to a hash). */
  static long number(ProjectOutline project) {
    String code = project.code();
    String digits = code.substring(PREFIX.length());
    return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : code.hashCode();
  }

  /** Adds budgets to every synthetic project that has none; returns how many got one. */
  int ensure(YearMonth lastMonth) {
    long started = System.nanoTime();
    Set<Long> planned =
        new HashSet<>(jdbc.queryForList("select project_id from bud_plan", Long.class));
    List<ProjectOutline> targets =
        projects.outlinesByCodePrefix(PREFIX).stream()
            .filter(p -> p.plannedStart() != null && p.plannedFinish() != null)
            .filter(p -> p.budget() != null && p.budget().signum() > 0)
            .filter(p -> !planned.contains(p.id()))
            .toList();
    if (targets.isEmpty()) {
      log.info("Synthetic budgets: every synthetic project has its budget already.");
      return 0;
    }
    Timestamp now = Timestamp.from(clock.instant());
    long lines = 0;
    long actuals = 0;
    for (int from = 0; from < targets.size(); from += CHUNK) {
      List<ProjectOutline> chunk = targets.subList(from, Math.min(from + CHUNK, targets.size()));
      Plans plans = new Plans();
      for (ProjectOutline t : chunk) {
        plan(t, lastMonth, plans);
      }
      transaction.executeWithoutResult(status -> write(chunk, plans, now));
      lines += plans.lines.values().stream().mapToInt(List::size).sum();
      actuals += plans.actuals.size();
      log.info(
          "Synthetic budgets: {} / {} projects done ({} ms).",
          Math.min(from + CHUNK, targets.size()),
          targets.size(),
          (System.nanoTime() - started) / 1_000_000);
    }
    log.info(
        "Synthetic budgets: added for {} projects in {} ms: {} budget lines, {} actual costs.",
        targets.size(),
        (System.nanoTime() - started) / 1_000_000,
        lines,
        actuals);
    return targets.size();
  }

  /** The rows of one chunk; lines and progress are keyed by project until the plans have ids. */
  static final class Plans {
    final List<Object[]> plans = new ArrayList<>();
    final Map<Long, List<Object[]>> lines = new HashMap<>();
    final Map<Long, List<Object[]>> progress = new HashMap<>();
    final List<Object[]> actuals = new ArrayList<>();
  }

  static void plan(ProjectOutline t, YearMonth lastMonth, Plans out) {
    SplittableRandom random = new SplittableRandom(15_485_863L * number(t) + 3);
    List<YearMonth> months =
        Periods.range(YearMonth.from(t.plannedStart()), YearMonth.from(t.plannedFinish()));
    if (months.isEmpty() || months.size() > 120) {
      return;
    }
    BigDecimal bac = t.budget().setScale(2, RoundingMode.HALF_UP);
    int n = months.size();
    double[] weights = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = Math.sin(Math.PI * (i + 0.5) / n) + 0.25;
      sum += weights[i];
    }
    out.plans.add(
        new Object[] {
          t.id(),
          (random.nextInt(4) == 0 ? EacMethod.AC_PLUS_REMAINING_AT_CPI_SPI : EacMethod.BAC_OVER_CPI)
              .name()
        });
    List<Object[]> lines = new ArrayList<>(n * 3);
    List<Object[]> progress = new ArrayList<>();
    BigDecimal allocated = BigDecimal.ZERO;
    double cumulative = 0;
    double schedule = 0.78 + random.nextDouble() * 0.3;
    double cost = 0.9 + random.nextDouble() * 0.35;
    boolean underWay = t.status() != ProjectStatus.PROPOSED;
    boolean closed = t.status() == ProjectStatus.CLOSED;
    double previousPct = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal month =
          i == n - 1
              ? bac.subtract(allocated)
              : bac.multiply(BigDecimal.valueOf(weights[i] / sum))
                  .setScale(0, RoundingMode.HALF_UP);
      allocated = allocated.add(month);
      cumulative += weights[i] / sum;
      String period = Periods.format(months.get(i));
      BigDecimal labour = month.multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP);
      BigDecimal material =
          month.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP);
      BigDecimal other =
          month.subtract(labour).subtract(material).setScale(2, RoundingMode.HALF_UP);
      lines.add(new Object[] {period, CostCategory.LABOUR.name(), CostType.OPEX.name(), labour});
      lines.add(
          new Object[] {period, CostCategory.MATERIAL.name(), CostType.CAPEX.name(), material});
      lines.add(new Object[] {period, CostCategory.OTHER.name(), CostType.OPEX.name(), other});

      if (!underWay || months.get(i).isAfter(lastMonth)) {
        continue;
      }
      double pct = Math.min(100.0, Math.min(1.0, cumulative) * 100 * schedule);
      if (closed && i == n - 1) {
        pct = 100.0;
      }
      pct = Math.max(previousPct, Math.round(pct * 10) / 10.0);
      progress.add(
          new Object[] {period, BigDecimal.valueOf(pct).setScale(2, RoundingMode.HALF_UP)});
      double spent =
          (pct - previousPct)
              / 100.0
              * bac.doubleValue()
              * cost
              * (0.85 + random.nextDouble() * 0.3);
      previousPct = pct;
      if (spent >= 1) {
        actuals(t.id(), months.get(i), spent, random, out.actuals);
      }
    }
    out.lines.put(t.id(), lines);
    out.progress.put(t.id(), progress);
  }

  /** One month's spending as a timesheet, a purchase order and an invoice. */
  private static void actuals(
      long projectId, YearMonth month, double spent, SplittableRandom random, List<Object[]> out) {
    BigDecimal amount = BigDecimal.valueOf(spent).setScale(2, RoundingMode.HALF_UP);
    BigDecimal labour =
        amount
            .multiply(BigDecimal.valueOf(0.5 + random.nextDouble() * 0.2))
            .setScale(2, RoundingMode.HALF_UP);
    BigDecimal material =
        amount.subtract(labour).multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP);
    BigDecimal other = amount.subtract(labour).subtract(material);
    String period = Periods.format(month);
    int ref = 1000 + random.nextInt(9000);
    Object[][] rows = {
      {
        month.atDay(Math.min(25, month.lengthOfMonth())),
        CostCategory.LABOUR,
        CostType.OPEX,
        labour,
        "Team time and contractors",
        "TS-" + period
      },
      {
        month.atDay(10),
        CostCategory.MATERIAL,
        CostType.CAPEX,
        material,
        "Hardware and licences",
        "PO-" + ref
      },
      {
        month.atDay(18),
        CostCategory.OTHER,
        CostType.OPEX,
        other,
        "Travel, training and fees",
        "INV-" + (ref + 1)
      }
    };
    for (Object[] r : rows) {
      if (((BigDecimal) r[3]).signum() > 0) {
        out.add(
            new Object[] {
              projectId,
              period,
              Date.valueOf((LocalDate) r[0]),
              ((Enum<?>) r[1]).name(),
              ((Enum<?>) r[2]).name(),
              r[3],
              r[4],
              r[5]
            });
      }
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
    if (rows.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        sql,
        rows,
        BATCH,
        (ps, row) -> {
          for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
          }
        });
  }
}

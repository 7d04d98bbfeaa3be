package org.cairnpmo.budgets.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.Periods;
import org.cairnpmo.budgets.domain.ProgressPoint;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budgets for the demo organization, after the base demo (people and the register): every ACTIVE
 * and CLOSED project gets a time-phased budget equal to its register budget (an S-shaped spread
 * over its planned months, split into labour, material and other), monthly progress and actual
 * costs up to last month. Each project has its own schedule and cost performance, so some run late,
 * some over budget and a few ahead, and the S-curves tell different stories.
 *
 * <p>Idempotent: a project that already has a budget is left alone. Goes through {@link
 * BudgetService} as the PMO, so the demo obeys the same rules as people do.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BudgetsDemoData {

  private static final Logger log = LoggerFactory.getLogger(BudgetsDemoData.class);

  private final BudgetService budgets;
  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final TransactionTemplate transaction;
  private final Clock clock;

  /** Loads after project control. */
  @EventListener
  DemoLoaded.Budgets on(DemoLoaded.SyntheticControl loaded) {
    loadIfMissing();
    return new DemoLoaded.Budgets();
  }

  void loadIfMissing() {
    DemoLoaded.orLog(log, "Demo budgets", this::load);
  }

  private void load() {
    Optional<UserSummary> pmo = identity.userByUsername("pmo");
    if (pmo.isEmpty()) {
      log.warn("Demo budgets: the demo person 'pmo' is missing; nothing loaded.");
      return;
    }
    CurrentUser by = pmo.get().asCurrentUser();
    YearMonth lastMonth = YearMonth.now(clock.withZone(ZoneId.systemDefault())).minusMonths(1);
    int loaded = 0;
    ProjectFilter filter =
        new ProjectFilter(
            null, EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.CLOSED), null, null, null, null);
    List<ProjectView> candidates = new ArrayList<>();
    for (int page = 0; page < 50; page++) {
      Page<ProjectView> found =
          projects.search(filter, PageRequest.of(page, 200, Sort.by("code")), by);
      candidates.addAll(found.getContent());
      if (!found.hasNext()) {
        break;
      }
    }
    for (ProjectView project : candidates) {
      if (project.budgetAmount() == null
          || project.budgetAmount().signum() <= 0
          || project.plannedStart() == null
          || project.plannedFinish() == null
          || project.code().startsWith("SYN")
          || budgets.hasBudget(project.id())) {
        continue;
      }
      try {
        Boolean done = transaction.execute(status -> load(project, by, lastMonth));
        if (Boolean.TRUE.equals(done)) {
          loaded++;
        }
      } catch (RuntimeException e) {
        // One project's demo budget must not keep Cairn from starting; that project stays empty.
        log.warn("Demo budgets: no budget for {}: {}", project.code(), e.getMessage());
      }
    }
    log.info("Demo budgets: loaded budgets, progress and actual costs for {} projects.", loaded);
  }

  private boolean load(ProjectView project, CurrentUser by, YearMonth lastMonth) {
    YearMonth start = YearMonth.from(project.plannedStart());
    YearMonth finish = YearMonth.from(project.plannedFinish());
    List<YearMonth> months = Periods.range(start, finish);
    if (months.isEmpty() || months.size() > 120) {
      return false;
    }
    Random random = new Random(project.code().hashCode() * 31L + 7);
    BigDecimal bac = project.budgetAmount().setScale(2, RoundingMode.HALF_UP);

    int n = months.size();
    DemoSpending.Spread spread = DemoSpending.sCurve(bac, n);
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.addAll(DemoSpending.split(Periods.format(months.get(i)), spread.amounts().get(i)));
    }

    // Each project performs in its own way: some late, some over budget.
    DemoSpending.Performance performance = DemoSpending.Performance.draw(random);
    boolean closed = project.status() == ProjectStatus.CLOSED;
    List<ProgressPoint> progress = new ArrayList<>();
    List<ActualData> actuals = new ArrayList<>();
    double previousPct = 0;
    for (int i = 0; i < n; i++) {
      YearMonth month = months.get(i);
      if (!closed && month.isAfter(lastMonth)) {
        break;
      }
      double pct = performance.percent(spread.plannedShare()[i], previousPct, closed && i == n - 1);
      progress.add(
          new ProgressPoint(
              Periods.format(month), BigDecimal.valueOf(pct).setScale(1, RoundingMode.HALF_UP)));
      double spent = performance.spent(pct, previousPct, bac, random);
      previousPct = pct;
      if (spent >= 1) {
        actuals.addAll(
            DemoSpending.spending(
                month, BigDecimal.valueOf(spent).setScale(2, RoundingMode.HALF_UP), random));
      }
    }
    budgets.recordPastPlan(
        project.id(),
        lines,
        progress,
        random.nextInt(4) == 0 ? EacMethod.AC_PLUS_REMAINING_AT_CPI_SPI : EacMethod.BAC_OVER_CPI,
        by);
    if (!actuals.isEmpty()) {
      budgets.recordActuals(project.id(), actuals, "import: erp-actuals.csv", by);
    }
    return true;
  }
}

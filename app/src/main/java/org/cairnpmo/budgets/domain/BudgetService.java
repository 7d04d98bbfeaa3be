package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.budgets.ProjectFinancialsChanged;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.engine.finance.EarnedValueSnapshot;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's budget, progress, actual costs and earned value. Reading follows the register (a
 * project the caller may not see is "not found"); changing is for the project's manager, the PMO
 * and administrators.
 */
@Service
public class BudgetService {

  static final int MAX_LINES = 2_400;
  static final BigDecimal MAX_LINE = new BigDecimal("1000000000000");
  static final String DEFAULT_CURRENCY = "EUR";

  private final BudgetPlanRepository plans;
  private final ActualCostRepository actuals;
  private final ProjectsApi projects;
  private final Clock clock;

  private final ApplicationEventPublisher events;

  BudgetService(
      BudgetPlanRepository plans,
      ActualCostRepository actuals,
      ProjectsApi projects,
      ApplicationEventPublisher events) {
    this.plans = plans;
    this.actuals = actuals;
    this.projects = projects;
    this.events = events;
    this.clock = Clock.systemUTC();
  }

  /** Read models (the portfolio dashboard) refresh the project once the change commits. */
  private void financialsChanged(long projectId) {
    events.publishEvent(new ProjectFinancialsChanged(projectId));
  }

  // ---------------------------------------------------------------- access

  /** The project if {@code viewer} may see it; "not found" otherwise. */
  @Transactional(readOnly = true)
  public ProjectView project(long projectId, CurrentUser viewer) {
    return projects
        .visibleProject(projectId, viewer)
        .orElseThrow(() -> new NotFoundException("Project", projectId));
  }

  public static boolean mayChange(ProjectView project, CurrentUser user) {
    return user.governsAllProjects()
        || (project.managerId() != null && project.managerId() == user.id());
  }

  private ProjectView editable(long projectId, CurrentUser editor) {
    ProjectView project = project(projectId, editor);
    if (!mayChange(project, editor)) {
      throw new AccessDeniedException("Only the project's manager or the PMO change its budget");
    }
    return project;
  }

  /** A change of the budget or the progress: a finished project's plan is kept as it was. */
  private ProjectView plannable(long projectId, CurrentUser editor) {
    ProjectView project = editable(projectId, editor);
    project.requirePlanningOpen();
    return project;
  }

  /**
   * Whether {@code user} may change the budget and progress now: not once the project is closed or
   * cancelled.
   */
  public static boolean mayPlan(ProjectView project, CurrentUser user) {
    return mayChange(project, user) && !project.isFinished();
  }

  /**
   * Whether {@code user} may book actual costs now: a finished project takes them for {@value
   * ProjectView#LATE_COST_DAYS} days, for the invoices that come late.
   */
  public boolean mayBook(ProjectView project, CurrentUser user) {
    return mayChange(project, user)
        && (project.lastCostDate() == null
            || !LocalDate.now(clock).isAfter(project.lastCostDate()));
  }

  /** The day an actual cost counts for, when checking it against a finished project's last day. */
  private static void requireCostAccepted(ProjectView project, ActualData cost) {
    LocalDate day =
        cost.date() != null
            ? cost.date()
            : Periods.parse(cost.period()).map(m -> m.atDay(1)).orElse(null);
    project.requireCostDateAccepted(day);
  }

  private static String currency(ProjectView project) {
    return project.budgetCurrency() == null ? DEFAULT_CURRENCY : project.budgetCurrency();
  }

  // ---------------------------------------------------------------- budget

  @Transactional(readOnly = true)
  public BudgetView budget(long projectId, CurrentUser viewer) {
    ProjectView project = project(projectId, viewer);
    return view(project, plans.findByProjectId(projectId), viewer);
  }

  @Transactional
  public BudgetView saveBudget(
      long projectId, BudgetData data, long expectedVersion, CurrentUser editor) {
    ProjectView project = plannable(projectId, editor);
    List<FieldProblem> problems = new ArrayList<>();
    checkLines(data.lines(), problems);
    checkMethod(data.eacMethod(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    BudgetPlan plan = planFor(projectId, expectedVersion);
    plan.replaceLines(data.lines(), data.eacMethod(), editor.username(), Instant.now(clock));
    plans.saveAndFlush(plan);
    financialsChanged(projectId);
    return view(project, Optional.of(plan), editor);
  }

  /** The budget, the progress and the EAC method together, as the page's grid saves them. */
  @Transactional
  public BudgetView savePlan(
      long projectId,
      List<BudgetLine> lines,
      List<ProgressPoint> progress,
      EacMethod method,
      long expectedVersion,
      CurrentUser editor) {
    return savePlan(plannable(projectId, editor), lines, progress, method, expectedVersion, editor);
  }

  /**
   * Records the first plan of a project that has no budget yet, also when it is already closed: for
   * a project's past carried over from elsewhere (the demo's closed projects), which records what
   * was planned rather than changing a plan. Neither the API nor the pages reach it.
   */
  @Transactional
  public BudgetView recordPastPlan(
      long projectId,
      List<BudgetLine> lines,
      List<ProgressPoint> progress,
      EacMethod method,
      CurrentUser editor) {
    return savePlan(editable(projectId, editor), lines, progress, method, 0, editor);
  }

  private BudgetView savePlan(
      ProjectView project,
      List<BudgetLine> lines,
      List<ProgressPoint> progress,
      EacMethod method,
      long expectedVersion,
      CurrentUser editor) {
    long projectId = project.id();
    List<FieldProblem> problems = new ArrayList<>();
    checkLines(lines, problems);
    checkProgress(progress, problems);
    checkMethod(method, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    BudgetPlan plan = planFor(projectId, expectedVersion);
    Instant now = Instant.now(clock);
    plan.replaceLines(lines, method, editor.username(), now);
    plan.replaceProgress(progress, editor.username(), now);
    plans.saveAndFlush(plan);
    financialsChanged(projectId);
    return view(project, Optional.of(plan), editor);
  }

  private BudgetPlan planFor(long projectId, long expectedVersion) {
    Optional<BudgetPlan> existing = plans.findByProjectId(projectId);
    long current = existing.map(BudgetPlan::apiVersion).orElse(0L);
    if (current != expectedVersion) {
      throw new StaleVersionException("The budget", expectedVersion, current);
    }
    return existing.orElseGet(() -> BudgetPlan.start(projectId));
  }

  private BudgetView view(ProjectView project, Optional<BudgetPlan> plan, CurrentUser viewer) {
    List<BudgetLine> lines = plan.map(BudgetPlan::lines).orElse(List.of());
    BigDecimal total =
        lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    total = total.setScale(2);
    String warning = null;
    BigDecimal register = project.budgetAmount();
    if (register != null && register.compareTo(total) != 0) {
      warning =
          "The time-phased budget totals "
              + total.toPlainString()
              + " "
              + currency(project)
              + ", the project register says "
              + register.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
              + " "
              + currency(project)
              + " (a difference of "
              + total.subtract(register).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
              + ").";
    } else if (register == null && total.signum() > 0) {
      warning = "The project register has no budget to compare with.";
    }
    EacMethod method = plan.map(BudgetPlan::getEacMethod).orElse(EacMethod.BAC_OVER_CPI);
    return new BudgetView(
        project.id(),
        currency(project),
        lines,
        total,
        register,
        warning,
        method,
        method.formula(),
        plan.map(BudgetPlan::apiVersion).orElse(0L),
        mayPlan(project, viewer));
  }

  static void checkLines(List<BudgetLine> lines, List<FieldProblem> problems) {
    if (lines == null) {
      problems.add(new FieldProblem("lines", "Send the lines (an empty list clears the budget)."));
      return;
    }
    if (lines.size() > MAX_LINES) {
      problems.add(new FieldProblem("lines", "A budget has at most " + MAX_LINES + " lines."));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      String at = "lines[" + i + "]";
      if (line == null) {
        problems.add(new FieldProblem(at, "A line must not be empty."));
        continue;
      }
      if (Periods.parse(line.period()).isEmpty()) {
        problems.add(new FieldProblem(at + ".period", Periods.HINT));
      }
      if (line.category() == null) {
        problems.add(new FieldProblem(at + ".category", "Use LABOUR, MATERIAL or OTHER."));
      }
      if (line.costType() == null) {
        problems.add(new FieldProblem(at + ".costType", "Use CAPEX or OPEX."));
      }
      if (line.amount() == null) {
        problems.add(new FieldProblem(at + ".amount", "The amount is missing."));
      } else if (line.amount().signum() < 0) {
        problems.add(new FieldProblem(at + ".amount", "A budget amount must not be negative."));
      } else if (line.amount().stripTrailingZeros().scale() > 2) {
        problems.add(new FieldProblem(at + ".amount", "Use at most two decimals (cents)."));
      } else if (line.amount().compareTo(MAX_LINE) >= 0) {
        problems.add(new FieldProblem(at + ".amount", "The amount is too large."));
      }
      if (line.period() != null
          && line.category() != null
          && line.costType() != null
          && !seen.add(line.period().strip() + line.category() + line.costType())) {
        problems.add(
            new FieldProblem(
                at,
                "There is already a line for "
                    + line.period()
                    + ", "
                    + line.category()
                    + ", "
                    + line.costType()
                    + "."));
      }
    }
  }

  private static void checkMethod(EacMethod method, List<FieldProblem> problems) {
    if (method == EacMethod.AC_PLUS_BOTTOM_UP_ETC) {
      problems.add(
          new FieldProblem(
              "eacMethod",
              "A bottom-up ETC is not recorded here; use BAC_OVER_CPI,"
                  + " AC_PLUS_REMAINING_AT_BUDGET or AC_PLUS_REMAINING_AT_CPI_SPI."));
    }
  }

  // ---------------------------------------------------------------- progress

  @Transactional(readOnly = true)
  public ProgressView progress(long projectId, CurrentUser viewer) {
    ProjectView project = project(projectId, viewer);
    Optional<BudgetPlan> plan = plans.findByProjectId(projectId);
    return new ProgressView(
        projectId,
        plan.map(BudgetPlan::progress).orElse(List.of()),
        plan.map(BudgetPlan::apiVersion).orElse(0L),
        mayPlan(project, viewer));
  }

  @Transactional
  public ProgressView saveProgress(
      long projectId, ProgressData data, long expectedVersion, CurrentUser editor) {
    ProjectView project = plannable(projectId, editor);
    List<FieldProblem> problems = new ArrayList<>();
    checkProgress(data.points(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    BudgetPlan plan = planFor(projectId, expectedVersion);
    plan.replaceProgress(data.points(), editor.username(), Instant.now(clock));
    plans.saveAndFlush(plan);
    financialsChanged(projectId);
    return new ProgressView(
        projectId, plan.progress(), plan.apiVersion(), mayPlan(project, editor));
  }

  static void checkProgress(List<ProgressPoint> points, List<FieldProblem> problems) {
    if (points == null) {
      problems.add(new FieldProblem("points", "Send the points (an empty list clears them)."));
      return;
    }
    if (points.size() > 1200) {
      problems.add(new FieldProblem("points", "At most 1200 months of progress."));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < points.size(); i++) {
      ProgressPoint p = points.get(i);
      String at = "points[" + i + "]";
      if (p == null) {
        problems.add(new FieldProblem(at, "A point must not be empty."));
        continue;
      }
      if (Periods.parse(p.period()).isEmpty()) {
        problems.add(new FieldProblem(at + ".period", Periods.HINT));
      } else if (!seen.add(p.period().strip())) {
        problems.add(
            new FieldProblem(at + ".period", "The month " + p.period() + " appears twice."));
      }
      BigDecimal pct = p.percentComplete();
      if (pct == null) {
        problems.add(new FieldProblem(at + ".percentComplete", "The percent complete is missing."));
      } else if (pct.signum() < 0 || pct.compareTo(EarnedValueSeries.HUNDRED) > 0) {
        problems.add(new FieldProblem(at + ".percentComplete", "Use 0 to 100."));
      } else if (pct.stripTrailingZeros().scale() > 2) {
        problems.add(new FieldProblem(at + ".percentComplete", "Use at most two decimals."));
      }
    }
  }

  // ---------------------------------------------------------------- actuals

  @Transactional(readOnly = true)
  public Page<ActualView> actuals(long projectId, int page, int size, CurrentUser viewer) {
    project(projectId, viewer);
    return actuals
        .findByProjectId(
            projectId,
            Paging.request(page, size, Sort.by(Sort.Order.desc("period"), Sort.Order.desc("id"))))
        .map(ActualCost::toView);
  }

  @Transactional
  public ActualView addActual(long projectId, ActualData data, CurrentUser editor) {
    ProjectView project = editable(projectId, editor);
    ActualData checked = checkActual(data);
    requireCostAccepted(project, checked);
    ActualView booked =
        actuals
            .save(
                ActualCost.book(
                    projectId, checked, "entered", editor.username(), Instant.now(clock)))
            .toView();
    financialsChanged(projectId);
    return booked;
  }

  /**
   * Imports every row of a CSV or XLSX file in one transaction, or nothing: when any row is wrong
   * the import is refused with every problem of every row.
   */
  @Transactional
  public ImportResult importActuals(
      long projectId, String fileName, byte[] content, CurrentUser editor) {
    ProjectView project = editable(projectId, editor);
    ActualsImport.Result result = ActualsImport.read(fileName, content);
    if (!result.ok()) {
      throw new ImportRejectedException(result.problems());
    }
    result.rows().forEach(row -> requireCostAccepted(project, row));
    String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
    if (name.length() > 180) {
      name = name.substring(0, 180);
    }
    Instant now = Instant.now(clock);
    String source = "import: " + name;
    List<ActualCost> costs =
        result.rows().stream()
            .map(row -> ActualCost.book(projectId, row, source, editor.username(), now))
            .toList();
    actuals.saveAll(costs);
    financialsChanged(projectId);
    BigDecimal total =
        result.rows().stream().map(ActualData::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new ImportResult(name, costs.size(), total);
  }

  /** Records several checked costs at once, e.g. from another system or the demo data. */
  @Transactional
  public int recordActuals(
      long projectId, List<ActualData> rows, String source, CurrentUser editor) {
    ProjectView project = editable(projectId, editor);
    Instant now = Instant.now(clock);
    List<ActualData> checked = rows.stream().map(BudgetService::checkActual).toList();
    checked.forEach(row -> requireCostAccepted(project, row));
    List<ActualCost> costs =
        checked.stream()
            .map(row -> ActualCost.book(projectId, row, source, editor.username(), now))
            .toList();
    actuals.saveAll(costs);
    financialsChanged(projectId);
    return costs.size();
  }

  /** The data with its period set, or every field problem. */
  static ActualData checkActual(ActualData data) {
    List<FieldProblem> problems = actualProblems(data);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String periodText =
        data.period() != null && !data.period().isBlank()
            ? Periods.format(Periods.parse(data.period()).orElseThrow())
            : Periods.of(data.date());
    return new ActualData(
        data.date(),
        periodText,
        data.category(),
        data.costType(),
        data.amount(),
        blankToNull(data.description()),
        blankToNull(data.reference()));
  }

  /** Everything wrong with an actual cost to record, by field; empty when it is fine. */
  public static List<FieldProblem> actualProblems(ActualData data) {
    List<FieldProblem> problems = new ArrayList<>();
    YearMonth period = null;
    if (data.period() != null && !data.period().isBlank()) {
      period = Periods.parse(data.period()).orElse(null);
      if (period == null) {
        problems.add(new FieldProblem("period", Periods.HINT));
      }
    }
    if (data.date() != null) {
      if (!Periods.inRange(YearMonth.from(data.date()))) {
        problems.add(new FieldProblem("date", "The date must lie between 2000 and 2100."));
      } else if (period != null && !YearMonth.from(data.date()).equals(period)) {
        problems.add(
            new FieldProblem(
                "date",
                "The date " + data.date() + " is not in the period " + data.period() + "."));
      }
    }
    if (data.date() == null && (data.period() == null || data.period().isBlank())) {
      problems.add(new FieldProblem("period", "Give the period (YYYY-MM) or the date."));
    }
    if (data.category() == null) {
      problems.add(new FieldProblem("category", "Use LABOUR, MATERIAL or OTHER."));
    }
    if (data.costType() == null) {
      problems.add(new FieldProblem("costType", "Use CAPEX or OPEX."));
    }
    if (data.amount() == null) {
      problems.add(new FieldProblem("amount", "The amount is missing."));
    } else {
      String problem = ActualsImport.amountProblem(data.amount());
      if (problem != null) {
        problems.add(new FieldProblem("amount", problem));
      }
    }
    String description = blankToNull(data.description());
    String reference = blankToNull(data.reference());
    if (description != null && description.length() > 500) {
      problems.add(new FieldProblem("description", "Keep the description to 500 characters."));
    }
    if (reference != null && reference.length() > 100) {
      problems.add(new FieldProblem("reference", "Keep the reference to 100 characters."));
    }
    return problems;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  // ---------------------------------------------------------------- earned value

  @Transactional(readOnly = true)
  public EvmView earnedValue(long projectId, EacMethod method, CurrentUser viewer) {
    ProjectView project = project(projectId, viewer);
    if (method == EacMethod.AC_PLUS_BOTTOM_UP_ETC) {
      throw InvalidInputException.of(
          "method",
          "A bottom-up ETC is not recorded here; use BAC_OVER_CPI, AC_PLUS_REMAINING_AT_BUDGET or"
              + " AC_PLUS_REMAINING_AT_CPI_SPI.");
    }
    Optional<BudgetPlan> plan = plans.findByProjectId(projectId);
    EacMethod chosen =
        method != null ? method : plan.map(BudgetPlan::getEacMethod).orElse(EacMethod.BAC_OVER_CPI);
    return EarnedValueSeries.assemble(
        projectId,
        currency(project),
        plan.map(BudgetPlan::lines).orElse(List.of()),
        actuals.byPeriod(projectId),
        plan.map(BudgetPlan::progress).orElse(List.of()),
        chosen);
  }

  /** The status as of a day, for other modules (no access check: the caller did that). */
  @Transactional(readOnly = true)
  public Optional<EarnedValueSnapshot> statusAsOf(long projectId, java.time.LocalDate asOf) {
    Optional<BudgetPlan> plan = plans.findByProjectId(projectId);
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    return EarnedValueSeries.statusAsOf(
        plan.get().lines(),
        actuals.byPeriod(projectId),
        plan.get().progress(),
        YearMonth.from(asOf));
  }

  /** Whether the project has a budget already (for the demo data). */
  @Transactional(readOnly = true)
  public boolean hasBudget(long projectId) {
    return plans.findByProjectId(projectId).isPresent();
  }
}

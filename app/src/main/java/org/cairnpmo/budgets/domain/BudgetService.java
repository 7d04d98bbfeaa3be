package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.budgets.ProjectFinancialsChanged;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.engine.finance.EarnedValueSnapshot;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.tabular.ImportRejectedException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.projects.ProjectFromProposal;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BudgetService {

  static final String DEFAULT_CURRENCY = "EUR";
  private static final Logger log = LoggerFactory.getLogger(BudgetService.class);

  /** Who writes what no person did: the budget carried over from an approved proposal. */
  static final String SYSTEM_AUTHOR = "system";

  private final BudgetPlanRepository plans;
  private final ActualCostRepository actuals;
  private final ProjectsApi projects;
  private final ApplicationEventPublisher events;
  private final BudgetThresholds thresholds;

  private final Clock clock;

  /** Read models (the portfolio dashboard) refresh the project once the change commits. */
  private void financialsChanged(long projectId) {
    events.publishEvent(new ProjectFinancialsChanged(projectId));
  }

  // ---------------------------------------------------------------- access

  /** The project if {@code viewer} may see it; "not found" otherwise. */
  @Transactional(readOnly = true)
  public ProjectView project(long projectId, CurrentUser viewer) {
    return projects.requireVisible(projectId, viewer);
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
        && !project.isFrozen()
        && (project.lastCostDate() == null
            || !LocalDate.now(clock).isAfter(project.lastCostDate()));
  }

  /**
   * A cost booked by a person: refused on a closed (frozen) project, whatever its date. The demo's
   * past and {@link #recordPastPlan} record history rather than change it and do not come here.
   */
  private ProjectView bookable(long projectId, CurrentUser editor) {
    ProjectView project = editable(projectId, editor);
    project.requireChangeable();
    return project;
  }

  /** The day an actual cost counts for, when checking it against a finished project's last day. */
  private static void requireCostAccepted(ProjectView project, ActualData cost) {
    LocalDate day =
        cost.date() != null
            ? cost.date()
            : Periods.parse(cost.period()).map(m -> m.atDay(1)).orElse(null);
    project.requireCostDateAccepted(day);
  }

  static String currency(ProjectView project) {
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
    BudgetChecks.require(
        problems -> BudgetChecks.checkLines(data.lines(), problems),
        problems -> BudgetChecks.checkMethod(data.eacMethod(), problems));
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
    BudgetChecks.require(
        problems -> BudgetChecks.checkLines(lines, problems),
        problems -> BudgetChecks.checkProgress(progress, problems),
        problems -> BudgetChecks.checkMethod(method, problems));
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
        plan.map(BudgetPlan::getId).orElse(null),
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
    BudgetChecks.require(problems -> BudgetChecks.checkProgress(data.points(), problems));
    BudgetPlan plan = planFor(projectId, expectedVersion);
    plan.replaceProgress(data.points(), editor.username(), Instant.now(clock));
    plans.saveAndFlush(plan);
    financialsChanged(projectId);
    return new ProgressView(
        projectId, plan.progress(), plan.apiVersion(), mayPlan(project, editor));
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
    ProjectView project = bookable(projectId, editor);
    ActualData checked = BudgetChecks.checkActual(data);
    requireCostAccepted(project, checked);
    ActualView booked =
        actuals
            .save(
                ActualCost.book(
                    projectId, checked, "entered", editor.username(), Instant.now(clock)))
            .toView();
    financialsChanged(projectId);
    thresholds.booked(projectId, checked.amount());
    return booked;
  }

  /**
   * Imports every row of a CSV or XLSX file in one transaction, or nothing: when any row is wrong
   * the import is refused with every problem of every row.
   */
  @Transactional
  public ImportResult importActuals(
      long projectId, String fileName, byte[] content, CurrentUser editor) {
    ProjectView project = bookable(projectId, editor);
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
    thresholds.booked(projectId, total);
    return new ImportResult(name, costs.size(), total);
  }

  /** Records several checked costs at once, e.g. from another system or the demo data. */
  @Transactional
  public int recordActuals(
      long projectId, List<ActualData> rows, String source, CurrentUser editor) {
    ProjectView project = editable(projectId, editor);
    Instant now = Instant.now(clock);
    List<ActualData> checked = rows.stream().map(BudgetChecks::checkActual).toList();
    checked.forEach(row -> requireCostAccepted(project, row));
    List<ActualCost> costs =
        checked.stream()
            .map(row -> ActualCost.book(projectId, row, source, editor.username(), now))
            .toList();
    actuals.saveAll(costs);
    financialsChanged(projectId);
    thresholds.booked(
        projectId,
        checked.stream().map(ActualData::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    return costs.size();
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

  /**
   * Saves the phased budget of an approved proposal's business case as the first budget of the
   * project made from it, written by the system; false, changing nothing, when the project has a
   * budget already (the event was delivered again) or the business case has no costs to spread.
   */
  @Transactional
  public boolean carryOver(ProjectFromProposal created) {
    long projectId = created.projectId();
    if (plans.findByProjectId(projectId).isPresent()) {
      return false;
    }
    ProposalApproved proposal = created.proposal();
    Optional<ProjectView> project = projects.project(projectId);
    List<BudgetLine> lines =
        PhasedBudget.spread(
            proposal.costs(),
            project.map(ProjectView::plannedStart).orElse(proposal.plannedStart()),
            project.map(ProjectView::plannedFinish).orElse(proposal.plannedFinish()));
    if (lines.isEmpty()) {
      return false;
    }
    List<FieldProblem> problems = new ArrayList<>();
    BudgetChecks.checkLines(lines, problems);
    if (!problems.isEmpty()) {
      // A business case the budget cannot hold (a sum too large): the manager enters the budget
      // by hand; delivering the event again would not change it, so it is not refused.
      log.warn("Budget of proposal {} not carried over: {}", proposal.code(), problems);
      return false;
    }
    BudgetPlan plan = BudgetPlan.start(projectId);
    plan.replaceLines(lines, null, SYSTEM_AUTHOR, Instant.now(clock));
    plans.saveAndFlush(plan);
    financialsChanged(projectId);
    return true;
  }

  /** Whether the project has a budget already (for the demo data). */
  @Transactional(readOnly = true)
  public boolean hasBudget(long projectId) {
    return plans.findByProjectId(projectId).isPresent();
  }
}

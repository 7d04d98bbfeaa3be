/**
 * Budgets and earned value: each project's time-phased budget by month, category and cost type, its
 * actual costs (entered or imported from CSV/XLSX, all or nothing), monthly progress, variance,
 * forecast to complete, and earned value (PV, EV, AC, SV, CV, SPI, CPI, EAC, ETC, VAC, TCPI) with
 * the S-curve.
 *
 * <p><b>Why a module of its own.</b> The architecture page puts budgets and earned value inside
 * {@code control}. Money has its own rules (a budget is edited as one versioned grid, an import is
 * all or nothing, every figure comes from the engine's earned-value math and an undefined index is
 * shown as undefined, never guessed), and {@code control} (status reports and the RAID log) was
 * being built at the same time. So budgets stand apart and feed {@code control} only through its
 * published {@link org.cairnpmo.control.StatusMetricsProvider} interface (SPI and CPI for the
 * suggested ratings); {@code control} does not depend on budgets.
 *
 * <p><b>Access.</b> Whoever may see a project may read its budget, actuals and earned value; a
 * project the caller may not see is "not found". The project's manager, the PMO and administrators
 * change them; anybody else gets "forbidden".
 *
 * <p><b>Earned value.</b> PV is the cumulative time-phased budget, EV is BAC × the cumulative
 * percent complete the manager reports per month (until the schedule supplies it), AC the
 * cumulative actual costs. The status period is the latest month with progress or actual costs. All
 * the math is {@code org.cairnpmo.engine.finance}'s.
 *
 * <p><b>From an approved proposal.</b> A project the register makes from an approved proposal
 * ({@code ProjectFromProposal}) starts with the phased budget of its business case: each cost
 * line's capex and opex spread evenly over the months of its year or quarter that lie inside the
 * project's planned dates, in cents with the remainder on the last month, as budget version 1 by
 * the system, and only when the project has no budget yet. In the other direction budgets tell the
 * portfolio's selection what the active and on-hold projects have committed per period ({@code
 * CommittedSpend}); that is why budgets depend on the portfolio and not the reverse.
 *
 * <p><b>Labour from timesheets.</b> The labour cost of an approved timesheet ({@code
 * resources.TimesheetApproved}, per project and month) is booked as an actual cost by the system,
 * once per event id however often it is delivered ({@code bud_labour_booking}); that is why budgets
 * depend on resources and not the reverse.
 *
 * <p><b>Budget thresholds.</b> Where costs are booked (entered, imported, a timesheet's labour)
 * budgets tell when the actual costs reach 80 % or 100 % of the budget at completion, {@link
 * org.cairnpmo.budgets.BudgetThresholdCrossed}: the total before the booking was below, the total
 * after is at or above, so each threshold is announced once as it is passed.
 *
 * <p><b>Synthetic data.</b> With {@code cairn.demo.projects=N} every synthetic project (code {@code
 * SYN-...}) with planned dates and a budget gets a budget plan equal to its register budget, spread
 * S-shaped over its planned months and split 60 % labour (opex), 25 % material (capex) and the rest
 * other costs (opex); projects past the proposal stage also get monthly progress and actual costs
 * up to last month, each with its own schedule and cost performance. Written with JDBC batches into
 * this module's tables (the synthetic projects are read through {@code ProjectsApi}), deterministic
 * per project, only for projects without a plan.
 */
@ApplicationModule(
    displayName = "Budgets and earned value",
    allowedDependencies = {"identity", "projects", "platform", "control", "portfolio", "resources"})
package org.cairnpmo.budgets;

import org.springframework.modulith.ApplicationModule;

package org.cairnpmo.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.BudgetData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.BudgetView;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.budgets.domain.ProgressData;
import org.cairnpmo.budgets.domain.ProgressPoint;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.Trend;
import org.cairnpmo.control.domain.MilestoneData;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.User;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.domain.DepartmentService;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportingDashboardReadModelTest extends DashboardFixtures {

  @Autowired BudgetService budgets;
  @Autowired MilestoneService milestones;
  @Autowired DepartmentService departments;
  @Autowired UserAccountService accounts;

  @Test
  void the_next_open_milestone_and_its_slip_follow_the_milestone_log() {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = activeProject(department, manager, false, "Milestone tracking");
    CurrentUser pm = current(manager);
    LocalDate baseline = LocalDate.now().plusDays(20);

    var design =
        milestones.create(
            project.id(),
            new MilestoneData("Design approved", baseline, baseline.plusDays(9), null, null),
            pm);
    milestones.create(
        project.id(), new MilestoneData("Go-live", baseline.plusDays(100), null, null, null), pm);

    DashboardRow row = dashboard.row(project.id(), pmo()).orElseThrow();
    assertThat(row.nextMilestone()).isEqualTo("Design approved");
    assertThat(row.nextMilestoneOn()).isEqualTo(baseline.plusDays(9));
    assertThat(row.milestoneSlipDays()).isEqualTo(9);

    milestones.update(
        project.id(),
        design.id(),
        new MilestoneData(
            "Design approved", baseline, baseline.plusDays(9), LocalDate.now(), design.version()),
        design.version(),
        pm);

    DashboardRow later = dashboard.row(project.id(), pmo()).orElseThrow();
    assertThat(later.nextMilestone()).isEqualTo("Go-live");
    assertThat(later.milestoneSlipDays()).isZero();
  }

  private static BigDecimal amount(String value) {
    return new BigDecimal(value);
  }

  @Test
  void renaming_a_department_or_a_manager_renames_them_in_the_rows_at_once() {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = activeProject(department, manager, false, "Renamed owners");
    assertThat(dashboard.row(project.id(), pmo()).orElseThrow().departmentName())
        .isEqualTo(department.name());

    departments.update(
        department.id(),
        new DepartmentForm(
            department.code(), department.name() + " (EMEA)", null, true, department.version()));
    User person = accounts.find(manager.id());
    accounts.update(
        person.getId(),
        manager.id(),
        person.getVersion(),
        "Renamed " + manager.displayName(),
        manager.email(),
        null,
        null,
        manager.roles(),
        true);

    DashboardRow row = dashboard.row(project.id(), pmo()).orElseThrow();
    assertThat(row.departmentName()).isEqualTo(department.name() + " (EMEA)");
    assertThat(row.managerName()).isEqualTo("Renamed " + manager.displayName());
  }

  @Test
  void a_submitted_report_updates_the_project_row_once_it_commits() {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = activeProject(department, manager, false, "Warehouse robots");

    DashboardRow before = dashboard.row(project.id(), pmo()).orElseThrow();
    assertThat(before.overall().present()).isFalse();
    assertThat(before.stale()).isTrue();

    submitReport(project, manager, Rag.RED);

    DashboardRow after = dashboard.row(project.id(), pmo()).orElseThrow();
    assertThat(after.overall().rag()).isEqualTo(Rag.RED);
    assertThat(after.overall().trend()).isEqualTo(Trend.NEW);
    assertThat(after.schedule().rag()).isEqualTo(Rag.RED);
    assertThat(after.lastReportOn()).isNotNull();
    assertThat(after.stale()).isFalse();
    assertThat(after.bac()).isEqualByComparingTo("100000.00");
    assertThat(after.spi()).isNull();
    assertThat(after.valueBasis()).isEqualTo("PRIORITY");
  }

  @Test
  void the_summary_counts_ratings_and_stale_reports_of_the_filtered_set() {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView red = activeProject(department, manager, false, "Red one");
    activeProject(department, manager, false, "Silent one");
    submitReport(red, manager, Rag.RED);

    DashboardSummary summary = dashboard.summary(inDepartment(department), pmo());

    assertThat(summary.projects()).isEqualTo(2);
    assertThat(summary.red()).isEqualTo(1);
    assertThat(summary.unrated()).isEqualTo(1);
    assertThat(summary.stale()).isEqualTo(1);
    assertThat(summary.money())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.currency()).isEqualTo("EUR");
              assertThat(m.budget()).isEqualByComparingTo("200000.00");
            });
  }

  @Test
  void confidential_projects_appear_only_to_members_and_those_who_see_all() {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary insider = user(Role.MEMBER);
    activeProject(department, manager, false, "Open project");
    ProjectView secret = activeProject(department, manager, true, "Secret project", insider);

    assertThat(codes(user(Role.MEMBER), department)).hasSize(1).doesNotContain(secret.code());
    assertThat(codes(insider, department)).hasSize(2).contains(secret.code());
    assertThat(codes(manager, department)).hasSize(2);
    assertThat(codes(user(Role.EXECUTIVE), department)).hasSize(2);
  }

  @Test
  void budget_progress_and_actual_costs_give_burn_spi_cpi_and_the_monthly_totals() {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = activeProject(department, manager, false, "Costed");
    CurrentUser editor = current(manager);
    YearMonth first = YearMonth.now().minusMonths(2);
    YearMonth second = first.plusMonths(1);
    BudgetView budget =
        budgets.saveBudget(
            project.id(),
            new BudgetData(
                List.of(
                    new BudgetLine(
                        first.toString(), CostCategory.LABOUR, CostType.OPEX, amount("40000")),
                    new BudgetLine(
                        second.toString(), CostCategory.LABOUR, CostType.OPEX, amount("40000"))),
                null,
                null),
            0,
            editor);
    budgets.saveProgress(
        project.id(),
        new ProgressData(List.of(new ProgressPoint(first.toString(), amount("25"))), null),
        budget.version(),
        editor);
    budgets.addActual(
        project.id(),
        new ActualData(
            null,
            first.toString(),
            CostCategory.LABOUR,
            CostType.OPEX,
            amount("25000"),
            null,
            null),
        editor);

    DashboardRow row = dashboard.row(project.id(), pmo()).orElseThrow();

    // BAC 80,000; EV = 25 % of BAC = 20,000; PV (first month) 40,000; AC 25,000.
    assertThat(row.bac()).isEqualByComparingTo("80000");
    assertThat(row.actualToDate()).isEqualByComparingTo("25000");
    assertThat(row.burn()).isEqualByComparingTo("0.3125");
    assertThat(row.spi()).isEqualByComparingTo("0.5");
    assertThat(row.cpi()).isEqualByComparingTo("0.8");
    assertThat(dashboard.months(inDepartment(department), pmo()))
        .extracting(m -> m.period() + " " + m.planned().intValue() + " " + m.actual())
        .containsExactly(first + " 40000 25000.00", second + " 40000 null");
  }

  @Test
  void a_full_rebuild_rewrites_every_row() {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = activeProject(department, manager, false, "Rebuilt");

    DashboardRefresh.Outcome outcome = refresh.rebuildAll();

    assertThat(outcome.written()).isGreaterThanOrEqualTo(1);
    assertThat(dashboard.row(project.id(), pmo())).isPresent();
  }

  private List<String> codes(UserSummary viewer, DepartmentSummary department) {
    return dashboard
        .page(inDepartment(department), DashboardSort.DEFAULT, 0, 50, current(viewer))
        .rows()
        .stream()
        .map(DashboardRow::code)
        .toList();
  }
}

package org.cairnpmo.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.Trend;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;

class ReportingDashboardReadModelTest extends DashboardFixtures {

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

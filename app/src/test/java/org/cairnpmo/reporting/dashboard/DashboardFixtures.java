package org.cairnpmo.reporting.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fixtures for the dashboard's tests: active projects in a department of their own, so that a
 * department filter shows exactly a test's projects in the shared test database.
 */
abstract class DashboardFixtures extends ControlTestSupport {

  @Autowired protected DashboardQuery dashboard;
  @Autowired protected DashboardRefresh refresh;

  /** An active project of {@code department}, managed by {@code manager}. */
  protected ProjectView activeProject(
      DepartmentSummary department,
      UserSummary manager,
      boolean confidential,
      String name,
      UserSummary... members) {
    ProjectData base = projectData(manager.id(), confidential, java.util.List.of());
    ProjectData data =
        new ProjectData(
            base.code(),
            name,
            base.description(),
            department.id(),
            null,
            manager.id(),
            base.category(),
            base.priority(),
            ProjectStatus.ACTIVE,
            LocalDate.now().minusMonths(3),
            LocalDate.now().plusMonths(9),
            base.budgetAmount(),
            base.budgetCurrency(),
            confidential,
            Arrays.stream(members)
                .map(m -> new ProjectData.Member(m.id(), MembershipRole.TEAM_MEMBER))
                .toList(),
            null);
    return projects.register(data, pmo());
  }

  /** Submits a report rating everything {@code rag}, as the project's manager. */
  protected void submitReport(ProjectView project, UserSummary manager, Rag rag) {
    LocalDate end = LocalDate.now().minusDays(1);
    reports.create(project.id(), ratedAll(end.minusDays(6), end, rag), true, current(manager));
  }

  /** Every rating {@code rag}, each with a reason in case the rules suggest otherwise. */
  protected static StatusReportData ratedAll(LocalDate start, LocalDate end, Rag rag) {
    String why = "Rated " + rag + " after the steering meeting";
    return new StatusReportData(
        start,
        end,
        rag,
        rag,
        rag,
        rag,
        rag,
        rag,
        why,
        why,
        why,
        why,
        why,
        why,
        "Status " + rag,
        "Done things",
        "Next things",
        null,
        null);
  }

  protected static DashboardFilter inDepartment(DepartmentSummary department) {
    return new DashboardFilter(department.id(), null, null, null, java.util.Set.of(), null, false);
  }
}

package org.cairnpmo.control.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairnpmo.control.EscalatedItem;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.control.Trend;
import org.cairnpmo.control.domain.HeatMap;
import org.cairnpmo.control.domain.OverdueReport;
import org.cairnpmo.control.domain.OverdueReports;
import org.cairnpmo.control.domain.RaidEscalations;
import org.cairnpmo.control.domain.RaidHeatMaps;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's project control: a year of status reports with trends, some overdue reports, RAID logs
 * all over the heat map and a few escalations; loaded once. It runs on a database of its own (like
 * the other demo tests), so the demo's people stay out of other tests.
 */
class ControlDemoDataTest extends DemoDataTest {

  @Autowired ControlDemoData demo;
  @Autowired StatusReportService reports;
  @Autowired ReportCadences cadences;
  @Autowired OverdueReports dueReports;
  @Autowired RaidEscalations escalations;
  @Autowired RaidHeatMaps heatMaps;
  @Autowired ProjectsApi projects;
  @Autowired IdentityApi identity;

  private CurrentUser as(String username) {
    UserSummary u = identity.userByUsername(username).orElseThrow();
    return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles());
  }

  private List<ProjectView> active() {
    return projects
        .search(
            new ProjectFilter(null, java.util.Set.of(ProjectStatus.ACTIVE), null, null, null, null),
            PageRequest.of(0, 200),
            as("pmo"))
        .getContent();
  }

  @Test
  void every_active_project_reports_on_a_cadence_with_a_history_whose_ratings_move() {
    CurrentUser pmo = as("pmo");
    List<ProjectView> active = active();
    assertThat(active).isNotEmpty();
    int moving = 0;
    for (ProjectView p : active) {
      assertThat(cadences.cadence(p.id(), pmo).isSet()).as(p.code()).isTrue();
      List<StatusReportView> history = reports.list(p.id(), null, 0, 200, pmo).getContent();
      assertThat(history).as(p.code()).isNotEmpty();
      if (history.stream()
          .flatMap(r -> r.ratings().stream())
          .anyMatch(r -> r.trend() == Trend.WORSENING)) {
        moving++;
      }
      if (history.size() >= 4) {
        assertThat(history)
            .filteredOn(r -> r.status() == ReportStatus.REVIEWED)
            .as(p.code())
            .isNotEmpty();
      }
    }
    assertThat(moving).isGreaterThan(active.size() / 3);
  }

  @Test
  void some_reports_are_overdue_one_of_them_for_the_demo_project_manager() {
    List<OverdueReport> overdue = dueReports.overdue(as("pmo"), null);
    assertThat(overdue).hasSizeGreaterThanOrEqualTo(4);
    assertThat(dueReports.overdue(as("pm"), as("pm").id())).isNotEmpty();
  }

  @Test
  void the_raid_logs_fill_the_heat_map_and_some_entries_are_escalated() {
    HeatMap map = heatMaps.portfolioHeatMap(as("exec"));
    assertThat(map.total()).isGreaterThan(60);
    assertThat(map.high()).isPositive();
    assertThat(map.medium()).isPositive();
    assertThat(map.low()).isPositive();
    List<EscalatedItem> escalated = escalations.escalated(as("exec"));
    assertThat(escalated).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void loading_again_adds_nothing() {
    int before = dueReports.overdue(as("pmo"), null).size();
    int risks = heatMaps.portfolioHeatMap(as("pmo")).total();

    demo.loadIfMissing();

    assertThat(dueReports.overdue(as("pmo"), null)).hasSize(before);
    assertThat(heatMaps.portfolioHeatMap(as("pmo")).total()).isEqualTo(risks);
  }
}

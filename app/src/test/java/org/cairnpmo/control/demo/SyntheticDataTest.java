package org.cairnpmo.control.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code cairn.demo.projects=5}: the synthetic projects get a year of status reports, RAID entries,
 * milestones and budgets with progress and actual costs, and starting again adds nothing. The
 * demo's own projects get their milestones too. The demo tests all run with five synthetic
 * projects, so that this costs no application of its own.
 */
class SyntheticDataTest extends DemoDataTest {

  private static final String[] TABLES = {
    "ctl_reporting_cadence",
    "ctl_status_report",
    "ctl_status_report_event",
    "ctl_risk",
    "ctl_issue",
    "ctl_decision",
    "ctl_milestone",
    "bud_plan",
    "bud_plan_line",
    "bud_plan_progress",
    "bud_actual_cost"
  };

  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;
  @Autowired ControlApi control;

  private int count(String sql) {
    Integer n = jdbc.queryForObject(sql, Integer.class);
    return n == null ? 0 : n;
  }

  private int perSynthetic(String table, String projectColumn) {
    return count(
        "select count(*) from "
            + table
            + " t join project p on p.id = t."
            + projectColumn
            + " where p.code like 'SYN-%'");
  }

  @Test
  void every_synthetic_project_has_a_year_of_control_data_and_a_budget() {
    assertThat(count("select count(*) from project where code like 'SYN-%'")).isEqualTo(5);
    assertThat(perSynthetic("ctl_reporting_cadence", "project_id")).isEqualTo(5);
    int underWay =
        count("select count(*) from project where code like 'SYN-%' and status <> 'PROPOSED'");
    assertThat(perSynthetic("ctl_status_report", "project_id"))
        .isBetween(underWay * 10, underWay * 13);
    assertThat(perSynthetic("ctl_risk", "project_id")).isBetween(10, 20);
    assertThat(perSynthetic("ctl_issue", "project_id")).isBetween(5, 10);
    assertThat(perSynthetic("ctl_decision", "project_id")).isEqualTo(5);
    assertThat(perSynthetic("ctl_milestone", "project_id")).isBetween(15, 25);
    assertThat(perSynthetic("bud_plan", "project_id")).isEqualTo(5);
    assertThat(
            count(
                "select count(*) from bud_plan_line l join bud_plan b on b.id = l.plan_id"
                    + " join project p on p.id = b.project_id where p.code like 'SYN-%'"))
        .isGreaterThanOrEqualTo(5 * 3 * 2);
    // Every report has its workflow history; the budget adds up to the register's budget.
    assertThat(
            count(
                "select count(*) from ctl_status_report r where not exists (select 1 from"
                    + " ctl_status_report_event e where e.report_id = r.id)"))
        .isZero();
    assertThat(
            count(
                "select count(*) from project p join bud_plan b on b.project_id = p.id"
                    + " where p.code like 'SYN-%' and p.budget_amount <> (select sum(l.amount)"
                    + " from bud_plan_line l where l.plan_id = b.id)"))
        .isZero();

    // The dashboard's read model completes the rows of projects written without events at start.
    assertThat(perSynthetic("reporting_project_status", "project_id")).isEqualTo(5);

    List<Long> ids =
        jdbc.queryForList("select id from project where code like 'SYN-%'", Long.class);
    Map<Long, MilestoneView> next = control.nextMilestones(ids);
    assertThat(next.values()).allSatisfy(m -> assertThat(m.completed()).isFalse());
  }

  @Test
  void the_demo_projects_have_three_to_six_milestones_each() {
    List<Integer> perProject =
        jdbc.queryForList(
            "select (select count(*) from ctl_milestone m where m.project_id = p.id)"
                + " from project p where p.code not like 'SYN-%'",
            Integer.class);
    assertThat(perProject).isNotEmpty().allSatisfy(n -> assertThat(n).isBetween(3, 6));
    assertThat(count("select count(*) from ctl_milestone where completed_date is not null"))
        .isPositive();
    assertThat(
            count(
                "select count(*) from ctl_milestone where completed_date is null"
                    + " and forecast_date > baseline_date"))
        .isPositive();
  }

  @Test
  void starting_again_adds_nothing() throws Exception {
    int[] before = new int[TABLES.length];
    for (int i = 0; i < TABLES.length; i++) {
      before[i] = count("select count(*) from " + TABLES[i]);
    }
    // The start again: the demo's runner announces the organization, and every part follows.
    var runners = context.getBeansOfType(ApplicationRunner.class).values();
    assertThat(runners).isNotEmpty();
    for (ApplicationRunner runner : runners) {
      runner.run(new DefaultApplicationArguments());
    }
    for (int i = 0; i < TABLES.length; i++) {
      assertThat(count("select count(*) from " + TABLES[i])).as(TABLES[i]).isEqualTo(before[i]);
    }
  }
}

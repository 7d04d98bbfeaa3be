package org.cairnpmo.reporting.overview;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cairnpmo.control.domain.MilestoneData;
import org.cairnpmo.control.domain.MilestoneService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OverviewPageTest extends ReportingTestSupport {

  @Autowired MilestoneService milestones;

  @Test
  void milestones_show_with_their_slip_against_the_baseline() throws Exception {
    Team t = reported(false);
    LocalDate baseline = LocalDate.now().plusDays(30);
    var manager = current(t.manager());
    milestones.create(
        t.id(),
        new MilestoneData("Pilot live", baseline, baseline.plusDays(12), null, null),
        manager);
    milestones.create(
        t.id(),
        new MilestoneData(
            "Design signed off", baseline.minusDays(60), null, baseline.minusDays(61), null),
        manager);
    milestones.create(
        t.id(),
        new MilestoneData("Cut-over", baseline.plusDays(90), baseline.plusDays(89), null, null),
        manager);

    mvc.perform(get("/projects/" + t.id() + "/overview").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Pilot live"),
                        containsString("12 days late"),
                        containsString("Design signed off"),
                        containsString("1 day early"),
                        containsString("Cut-over"),
                        not(containsString("No milestones recorded.")))));
  }

  @Test
  void a_sponsor_reads_status_trend_risks_issues_and_money_on_one_page() throws Exception {
    Team t = reported(true);
    mvc.perform(get("/projects/" + t.id() + "/overview").with(page(t.sponsor())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(t.project().name()),
                        containsString(t.manager().displayName()),
                        containsString(t.sponsor().displayName()),
                        containsString("Red · In trouble"),
                        containsString("Green → Amber → Red"),
                        containsString("The supplier missed the second delivery"),
                        containsString("Approve 20,000 EUR for a second supplier"),
                        containsString("Supplier insolvency"),
                        containsString("top 3 of 3 open, highest score first"),
                        containsString("Test server down"),
                        containsString("Critical"),
                        containsString("120,000 EUR"),
                        containsString("33,000 EUR"),
                        containsString("165,000 EUR"),
                        containsString("-45,000 EUR"),
                        containsString("0.80"),
                        containsString("0.73"),
                        containsString("overview-scurve"),
                        containsString("/projects/" + t.id() + "/status-report.pdf"),
                        containsString("/projects/" + t.id() + "/status-report.xlsx"))));
  }

  @Test
  void the_key_risks_are_the_five_highest_scores_highest_first() throws Exception {
    Team t = reported(false);
    for (int i = 1; i <= 4; i++) {
      raid.logRisk(t.id(), risk("Extra risk " + i, 4, i + 1), current(t.manager()));
    }
    String html =
        mvc.perform(get("/projects/" + t.id() + "/overview").with(page(t.member())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    org.assertj.core.api.Assertions.assertThat(html)
        .contains("top 5 of 7 open")
        .doesNotContain(">Key engineer leaves<");
    // Scores 20, 20, 16, 12, 8: equal scores show the newer risk first.
    org.assertj.core.api.Assertions.assertThat(html.indexOf("Extra risk 4"))
        .isLessThan(html.indexOf("Supplier insolvency"));
    org.assertj.core.api.Assertions.assertThat(html.indexOf("Supplier insolvency"))
        .isLessThan(html.indexOf("Extra risk 1"));
  }

  @Test
  void a_project_without_reports_budget_or_risks_says_so() throws Exception {
    Team t = team(false);
    mvc.perform(get("/projects/" + t.id() + "/overview").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("No status report yet"),
                        containsString("Nothing reported yet."),
                        containsString("No open risks."),
                        containsString("No open issues."),
                        containsString("No milestones recorded."),
                        containsString("No budget yet."),
                        containsString("not on a lifecycle"),
                        not(containsString("overview-scurve")))));
  }

  @Test
  void the_header_names_the_lifecycle_phase_and_the_next_gate() throws Exception {
    Team t = team(false);
    governed(t, false);
    mvc.perform(get("/projects/" + t.id() + "/overview").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Phase: <strong>Initiation</strong>"),
                        containsString("next gate <strong>Approval</strong>"))));
  }

  @Test
  void only_those_who_may_see_the_project_see_its_overview() throws Exception {
    Team t = reported(true);
    String url = "/projects/" + t.id() + "/overview";
    mvc.perform(get(url)).andExpect(redirectedUrl("/login"));
    mvc.perform(get(url).with(page(t.outsider()))).andExpect(status().isNotFound());
    mvc.perform(get("/projects/987654321/overview").with(page(t.pmo())))
        .andExpect(status().isNotFound());
    mvc.perform(get(url).with(page(t.member()))).andExpect(status().isOk());
    mvc.perform(get(url).with(page(t.stakeholder()))).andExpect(status().isOk());
    mvc.perform(get(url).with(page(t.pmo()))).andExpect(status().isOk());
    mvc.perform(get(url).with(page(t.executive()))).andExpect(status().isOk());
  }

  @Test
  void the_project_page_links_to_the_overview_and_the_downloads() throws Exception {
    Team t = team(false);
    mvc.perform(get("/projects/" + t.id()).with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("/projects/" + t.id() + "/overview"),
                        containsString("/projects/" + t.id() + "/status-report.pdf"),
                        containsString("/projects/" + t.id() + "/status-reports.csv"),
                        containsString("/projects/" + t.id() + "/raid.csv"))));
  }
}

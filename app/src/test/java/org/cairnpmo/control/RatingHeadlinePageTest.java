package org.cairnpmo.control;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A project's overview never leads with a stale rating as if it were current: older than a
 * reporting period it says so, and where today's figures suggest another rating it says that too.
 */
class RatingHeadlinePageTest extends ControlTestSupport {

  private static final LocalDate START = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(12);

  @Autowired ControlApi control;

  @Test
  void an_old_green_report_is_marked_stale_and_the_figures_suggest_red() throws Exception {
    Team t = team(false);
    cadences.setCadence(
        t.id(), new CadenceData(Cadence.WEEKLY, START, 2, null), null, current(t.manager()));
    reports.create(t.id(), report(START, null, Rag.GREEN, "All fine"), true, current(t.manager()));
    raid.logRisk(t.id(), risk("Supplier insolvent", 4, 5), current(t.member()));
    String url = "/projects/" + t.id() + "/status/headline";

    mvc.perform(get(url).with(page(t.stakeholder())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("weeks ago")))
        .andExpect(content().string(containsString("— stale")))
        .andExpect(content().string(containsString("the project reports weekly")))
        .andExpect(content().string(containsString("Figures suggest Red")))
        .andExpect(content().string(containsString("Highest score of an open risk: 20")));
    RatingHeadline headline = control.ratingHeadline(t.id(), current(t.member()));
    org.assertj.core.api.Assertions.assertThat(headline.reported()).isEqualTo(Rag.GREEN);
    org.assertj.core.api.Assertions.assertThat(headline.stale()).isTrue();
    org.assertj.core.api.Assertions.assertThat(headline.suggested()).isEqualTo(Rag.RED);

    // The overview of the register loads it from here.
    mvc.perform(get("/projects/" + t.id()).with(page(t.stakeholder())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/projects/" + t.id() + "/status/headline")));
  }

  @Test
  void a_fresh_report_that_matches_the_figures_is_shown_plainly() throws Exception {
    Team t = team(false);
    LocalDate lastWeek = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(1);
    cadences.setCadence(
        t.id(), new CadenceData(Cadence.WEEKLY, START, 2, null), null, current(t.manager()));
    reports.create(
        t.id(), report(lastWeek, null, Rag.GREEN, "All fine"), true, current(t.manager()));

    mvc.perform(get("/projects/" + t.id() + "/status/headline").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Green")))
        .andExpect(content().string(not(containsString("stale"))))
        .andExpect(content().string(not(containsString("Figures suggest"))));
  }

  @Test
  void a_project_without_a_report_says_so_and_a_hidden_one_is_not_found() throws Exception {
    Team t = team(false);
    mvc.perform(get("/projects/" + t.id() + "/status/headline").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No status report yet")));
    Team secret = team(true);
    mvc.perform(get("/projects/" + secret.id() + "/status/headline").with(page(t.member())))
        .andExpect(status().isNotFound());
  }
}

package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.RatingRuleView;
import org.junit.jupiter.api.Test;

class ControlPageTest extends ControlTestSupport {

  private static final LocalDate MONDAY = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(3);

  private void weekly(Team t) {
    cadences.setCadence(
        t.id(), new CadenceData(Cadence.WEEKLY, MONDAY, 2, null), null, current(t.manager()));
  }

  @Test
  void the_status_page_shows_the_cadence_overdue_periods_and_who_may_write() throws Exception {
    Team t = team(false);
    weekly(t);
    String url = "/projects/" + t.id() + "/status";

    mvc.perform(get(url).with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Status reports")))
        .andExpect(content().string(containsString("reports are overdue")))
        .andExpect(content().string(containsString("Write a report")))
        .andExpect(content().string(containsString("Change cadence")))
        .andExpect(content().string(containsString("What the rules suggest today")));
    mvc.perform(get(url).with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Write a report"))))
        .andExpect(content().string(not(containsString("Change cadence"))));

    Team secret = team(true);
    mvc.perform(get("/projects/" + secret.id() + "/status").with(page(secret.outsider())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/projects/abc/status").with(page(t.pmo()))).andExpect(status().isBadRequest());
    mvc.perform(get(url)).andExpect(status().is3xxRedirection());
  }

  @Test
  void the_manager_sets_the_cadence_from_the_page_and_a_member_may_not() throws Exception {
    Team t = team(false);
    String url = "/projects/" + t.id() + "/status/cadence";
    LocalDate month = t.project().plannedStart().plusMonths(1);

    mvc.perform(post(url).with(page(t.member())).with(csrf()).param("cadence", "WEEKLY"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(url)
                .with(page(t.manager()))
                .with(csrf())
                .param("cadence", "WEEKLY")
                .param("dueDays", "99"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Use 0 to 30 days")));
    mvc.perform(
            post(url)
                .with(page(t.manager()))
                .with(csrf())
                .param("cadence", "MONTHLY")
                .param("startsOn", month.withDayOfMonth(15).toString())
                .param("dueDays", "5"))
        .andExpect(redirectedUrl("/projects/" + t.id() + "/status"))
        .andExpect(
            flash()
                .attribute(
                    "flash",
                    containsString(
                        "reports monthly, from "
                            + java.time.format.DateTimeFormatter.ofPattern(
                                    "d MMM yyyy", java.util.Locale.ENGLISH)
                                .format(month.withDayOfMonth(1)))));
    assertThat(cadences.cadence(t.id(), current(t.member())).dueDays()).isEqualTo(5);
  }

  @Test
  void a_manager_submits_a_report_with_a_reason_for_the_override_and_the_pmo_reviews_it()
      throws Exception {
    Team t = team(false);
    weekly(t);
    String form = "/projects/" + t.id() + "/status/new";

    mvc.perform(get(form).with(page(t.member()))).andExpect(status().isForbidden());
    mvc.perform(get(form).with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("New status report")))
        .andExpect(content().string(containsString("Suggested:")))
        .andExpect(content().string(containsString("name=\"scheduleReason\"")))
        .andExpect(content().string(containsString("No rule applies")));

    var submitWithoutReason =
        post(form)
            .with(page(t.manager()))
            .with(csrf())
            .param("periodStart", MONDAY.toString())
            .param("overall", "AMBER")
            .param("schedule", "AMBER")
            .param("cost", "GREEN")
            .param("scope", "GREEN")
            .param("resources", "GREEN")
            .param("risk", "GREEN")
            .param("summary", "Interface work is late")
            .param("action", "submit");
    mvc.perform(submitWithoutReason)
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Please check the form")))
        .andExpect(content().string(containsString("Say why you rate schedule amber")));
    assertThat(reports.list(t.id(), null, 0, 10, current(t.pmo())).getTotalElements()).isZero();

    mvc.perform(
            submitWithoutReason
                .param("overallReason", "Schedule pulls it down")
                .param("scheduleReason", "The supplier slipped two weeks"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/projects/" + t.id() + "/status/reports/*"))
        .andExpect(flash().attribute("flash", containsString("submitted for review")));
    StatusReportView report =
        reports.list(t.id(), null, 0, 10, current(t.pmo())).getContent().get(0);
    String url = "/projects/" + t.id() + "/status/reports/" + report.id();

    mvc.perform(get(url).with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The supplier slipped two weeks")))
        .andExpect(content().string(not(containsString("Mark as reviewed"))));
    mvc.perform(get(url).with(page(t.pmo())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Mark as reviewed")));
    mvc.perform(
            post(url + "/review")
                .with(page(t.manager()))
                .with(csrf())
                .param("outcome", "REVIEWED")
                .param("version", "1"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(url + "/review")
                .with(page(t.pmo()))
                .with(csrf())
                .param("outcome", "RETURNED")
                .param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Say what the author should change")));
    mvc.perform(
            post(url + "/review")
                .with(page(t.pmo()))
                .with(csrf())
                .param("outcome", "REVIEWED")
                .param("comment", "Thanks, clear")
                .param("version", "5"))
        .andExpect(redirectedUrl(url))
        .andExpect(flash().attribute("flashError", containsString("Someone else changed")));
    mvc.perform(
            post(url + "/review")
                .with(page(t.pmo()))
                .with(csrf())
                .param("outcome", "REVIEWED")
                .param("comment", "Thanks, clear")
                .param("version", "0"))
        .andExpect(redirectedUrl(url))
        .andExpect(flash().attribute("flash", "Report reviewed."));
    mvc.perform(get("/projects/" + t.id() + "/status").with(page(t.member())))
        .andExpect(content().string(containsString("Rules suggested Green")))
        .andExpect(content().string(containsString("Reviewed")));
  }

  @Test
  void a_draft_is_saved_edited_and_submitted_from_its_page() throws Exception {
    Team t = team(false);
    weekly(t);
    StatusReportView draft =
        reports.create(t.id(), report(MONDAY, null, Rag.GREEN, null), false, current(t.manager()));
    String url = "/projects/" + t.id() + "/status/reports/" + draft.id();

    mvc.perform(get(url + "/edit").with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Save draft")));
    mvc.perform(post(url + "/submit").with(page(t.manager())).with(csrf()).param("version", "0"))
        .andExpect(redirectedUrl(url + "/edit"))
        .andExpect(flash().attribute("flashError", containsString("Summarize")));
    mvc.perform(
            post(url + "/edit")
                .with(page(t.manager()))
                .with(csrf())
                .param("version", "0")
                .param("periodStart", MONDAY.toString())
                .param("overall", "GREEN")
                .param("schedule", "GREEN")
                .param("cost", "GREEN")
                .param("scope", "GREEN")
                .param("resources", "GREEN")
                .param("risk", "GREEN")
                .param("summary", "On track")
                .param("action", "save"))
        .andExpect(redirectedUrl(url))
        .andExpect(flash().attribute("flash", containsString("Draft saved")));
    mvc.perform(post(url + "/submit").with(page(t.manager())).with(csrf()).param("version", "1"))
        .andExpect(redirectedUrl(url))
        .andExpect(flash().attribute("flash", "Report submitted for review."));
    mvc.perform(get(url + "/edit").with(page(t.manager())))
        .andExpect(redirectedUrl(url))
        .andExpect(flash().attribute("flashError", containsString("only a draft")));
  }

  @Test
  void the_overview_and_overdue_pages_highlight_late_reports() throws Exception {
    Team t = team(false);
    weekly(t);

    mvc.perform(get("/status/overdue").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Overdue status reports")))
        .andExpect(content().string(containsString(t.project().code())))
        .andExpect(content().string(containsString("is-overdue")));
    mvc.perform(get("/status/overdue?mine=true").with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(t.project().code())));
    mvc.perform(get("/status").with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Your projects this period")))
        .andExpect(content().string(not(containsString("Awaiting your review"))));
    mvc.perform(get("/status").with(page(t.pmo())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Awaiting your review")))
        .andExpect(content().string(containsString("aria-current=\"page\">Status</a>")));
    mvc.perform(get("/").with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Reports due")))
        .andExpect(content().string(containsString("of your reports are overdue")));
    mvc.perform(get("/").with(page(t.member())))
        .andExpect(content().string(not(containsString("Reports due"))));
  }

  @Test
  void the_pmo_pages_through_every_report_awaiting_review() throws Exception {
    Team t = team(false);
    weekly(t);
    reports.create(
        t.id(), report(MONDAY, null, Rag.GREEN, "Waiting for review"), true, current(t.manager()));
    long waiting = reports.awaitingReviewCount(current(t.pmo()));
    long lastPage = (waiting - 1) / 50;

    mvc.perform(get("/status/awaiting?page=" + lastPage).with(page(t.pmo())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        waiting + (waiting == 1 ? " report" : " reports") + " awaiting review")))
        .andExpect(content().string(containsString(t.project().code())));
    mvc.perform(get("/status/awaiting").with(page(t.manager()))).andExpect(status().isForbidden());
    mvc.perform(get("/status/awaiting").with(page(t.member()))).andExpect(status().isForbidden());
    mvc.perform(get("/status/awaiting")).andExpect(status().is3xxRedirection());
  }

  @Test
  void only_the_pmo_changes_the_rating_rules_page() throws Exception {
    Team t = team(false);

    mvc.perform(get("/status/rules").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("SPI &lt; 0.9")))
        .andExpect(content().string(not(containsString("Add a rule"))));
    mvc.perform(
            post("/status/rules")
                .with(page(t.member()))
                .with(csrf())
                .param("metric", "CPI")
                .param("comparison", "LT")
                .param("threshold", "0.5")
                .param("rating", "RED"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/status/rules").with(page(t.pmo())))
        .andExpect(content().string(containsString("Add a rule")));
    mvc.perform(
            post("/status/rules")
                .with(page(t.pmo()))
                .with(csrf())
                .param("metric", "CPI")
                .param("comparison", "LT")
                .param("threshold", "lots")
                .param("rating", "RED")
                .param("active", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a valid value")));
    mvc.perform(
            post("/status/rules")
                .with(page(t.pmo()))
                .with(csrf())
                .param("metric", "CPI")
                .param("comparison", "LT")
                .param("threshold", "0.5")
                .param("rating", "RED")
                .param("note", "Page test rule")
                .param("active", "true"))
        .andExpect(redirectedUrl("/status/rules"))
        .andExpect(flash().attribute("flash", containsString("CPI < 0.5 → Red (Cost)")));
    RatingRuleView rule =
        rules.list().stream()
            .filter(r -> "Page test rule".equals(r.note()))
            .findFirst()
            .orElseThrow();
    mvc.perform(get("/status/rules/" + rule.id()).with(page(t.pmo())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Change the rule")));
    mvc.perform(
            post("/status/rules/" + rule.id() + "/delete")
                .with(page(t.pmo()))
                .with(csrf())
                .param("version", String.valueOf(rule.version())))
        .andExpect(redirectedUrl("/status/rules"))
        .andExpect(flash().attribute("flash", containsString("Rule removed")));
  }

  @org.springframework.beans.factory.annotation.Autowired
  org.cairnpmo.control.domain.RatingRuleService rules;
}

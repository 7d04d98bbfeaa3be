package org.cairnpmo.control;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InputRules;
import org.junit.jupiter.api.Test;

/**
 * The RAID pages at the scale of a real portfolio: the dependency field searches the projects the
 * person may see instead of listing all of them, the risk list keeps its filters from page to page,
 * and every date field of a control form says which dates it accepts.
 */
class RaidPickerAndFiltersPageTest extends ControlTestSupport {

  @Test
  void the_dependency_picker_finds_visible_projects_by_code_or_name_and_never_lists_them_all()
      throws Exception {
    Team t = team(false);
    Team other = team(false);
    Team secret = team(true);
    String candidates = "/projects/" + t.id() + "/raid/dependencies/candidates";

    // The form lists no project until something is typed.
    mvc.perform(get("/projects/" + t.id() + "/raid/dependencies/new").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"otherProject-choices\"")))
        .andExpect(content().string(not(containsString(other.project().code()))));
    mvc.perform(get(candidates).param("q", other.project().code()).with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"otherProjectId\"")))
        .andExpect(content().string(containsString(other.project().code())));
    // By a part of the name, case aside: every test project shares it, so the list is capped.
    mvc.perform(
            get(candidates)
                .param("q", other.project().name().toUpperCase().substring(0, 6))
                .with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"otherProjectId\"")));
    // A confidential project the member does not belong to is not offered, nor the project itself.
    mvc.perform(get(candidates).param("q", secret.project().code()).with(page(t.member())))
        .andExpect(content().string(not(containsString("value=\"" + secret.id() + "\""))))
        .andExpect(content().string(containsString("No project you can see matches")));
    mvc.perform(get(candidates).param("q", t.project().code()).with(page(t.member())))
        .andExpect(content().string(not(containsString("value=\"" + t.id() + "\""))));
    // The project chosen so far stays checked whatever is typed next.
    mvc.perform(
            get(candidates)
                .param("q", "zzz-nothing")
                .param("otherProjectId", String.valueOf(other.id()))
                .with(page(t.member())))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(other.project().code()),
                        containsString("value=\"" + other.id() + "\" checked"))));
    // A project the viewer may not see answers "not found", as everywhere.
    mvc.perform(
            get("/projects/" + secret.id() + "/raid/dependencies/candidates")
                .param("q", "a")
                .with(page(t.member())))
        .andExpect(status().isNotFound());
  }

  @Test
  void the_risk_list_keeps_its_filters_in_the_page_links() throws Exception {
    Team t = team(false);
    CurrentUser member = current(t.member());
    for (int i = 0; i < 52; i++) {
      raid.logRisk(t.id(), risk("Supplier risk " + i, 4, 5), member);
    }
    mvc.perform(
            get("/projects/" + t.id() + "/raid")
                .param("tab", "risks")
                .param("status", "OPEN")
                .param("probability", "4")
                .param("impact", "5")
                .with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "/projects/"
                            + t.id()
                            + "/raid?tab=risks&amp;status=OPEN&amp;probability=4&amp;impact=5"
                            + "&amp;page=1")));
  }

  @Test
  void a_date_out_of_range_gets_the_range_message_on_every_control_form() throws Exception {
    Team t = team(false);
    String range = InputRules.DATE_RANGE_MESSAGE;
    mvc.perform(
            post("/projects/" + t.id() + "/raid/risks/new")
                .with(page(t.member()))
                .with(csrf())
                .param("title", "Late supplier")
                .param("probability", "3")
                .param("impact", "3")
                .param("proximityDate", "2500-01-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(range)))
        .andExpect(content().string(not(containsString("Enter a valid value"))));
    mvc.perform(
            post("/projects/" + t.id() + "/raid/decisions/new")
                .with(page(t.member()))
                .with(csrf())
                .param("what", "Two waves")
                .param("decidedBy", "Board")
                .param("decidedOn", "1899-12-31"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(range)));
    mvc.perform(
            post("/projects/" + t.id() + "/milestones")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "Go-live")
                .param("baselineDate", "9999-01-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(range)));
    mvc.perform(
            post("/projects/" + t.id() + "/status/cadence")
                .with(page(t.manager()))
                .with(csrf())
                .param("cadence", "WEEKLY")
                .param("startsOn", "0001-01-01")
                .param("dueDays", "2"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(range)));
    mvc.perform(
            post("/projects/" + t.id() + "/status/new")
                .with(page(t.manager()))
                .with(csrf())
                .param("periodStart", "2201-01-01")
                .param("overall", "GREEN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(range)));
    RiskView risk = raid.logRisk(t.id(), risk("Supplier insolvent", 2, 5), current(t.member()));
    mvc.perform(
            post("/projects/" + t.id() + "/raid/risks/" + risk.id() + "/occurred")
                .with(page(t.member()))
                .with(csrf())
                .param("dueDate", "2500-01-01")
                .param("version", String.valueOf(risk.version())))
        .andExpect(flash().attribute("flashError", containsString(range)));
    // A word is still not a date at all.
    mvc.perform(
            post("/projects/" + t.id() + "/milestones")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "Go-live")
                .param("baselineDate", "soon"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a valid value")));
  }
}

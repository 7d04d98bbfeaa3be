package org.cairnpmo.control;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A cancelled project is read-only for its planning data in every module, answers 409 with the
 * reason, still books the actual costs dated up to 90 days after it finished, and lets open RAID
 * entries be closed.
 */
class FinishedProjectApiTest extends ControlTestSupport {

  private Team team;
  private UserSummary manager;
  private String base;
  private RiskView openRisk;

  @BeforeEach
  void cancelledProject() {
    team = team(false);
    manager = team.manager();
    base = "/api/v1/projects/" + team.id();
    openRisk = raid.logRisk(team.id(), risk("Left open", 2, 4), current(manager));
    projects.cancelBySystem(team.id(), "pmo", "Stopped by the board");
  }

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      Object body)
      throws Exception {
    return mvc.perform(
        request.with(as(manager)).contentType(MediaType.APPLICATION_JSON).content(write(body)));
  }

  private static void refused(ResultActions result) throws Exception {
    result
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/project-final"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cancelled")));
  }

  @Test
  void the_raid_log_takes_no_new_entry_and_no_change_but_open_entries_can_be_closed()
      throws Exception {
    refused(send(post(base + "/raid/risks"), risk("New risk", 3, 3)));
    RiskData changed = risk("Left open, renamed", 2, 4);
    refused(
        send(
            put(base + "/raid/risks/" + openRisk.id())
                .header(HttpHeaders.IF_MATCH, "\"" + openRisk.version() + "\""),
            changed));
    Map<String, Object> closing =
        new java.util.HashMap<>(json.convertValue(risk("Left open", 2, 4), Map.class));
    closing.put("status", "CLOSED");
    send(
            put(base + "/raid/risks/" + openRisk.id())
                .header(HttpHeaders.IF_MATCH, "\"" + openRisk.version() + "\""),
            closing)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
  }

  @Test
  void reports_cadence_and_milestones_are_kept_as_they_were() throws Exception {
    refused(
        send(
            put(base + "/cadence"),
            Map.of("cadence", "MONTHLY", "startsOn", LocalDate.now().withDayOfMonth(1))));
    refused(
        send(
            post(base + "/status-reports"),
            report(
                LocalDate.now().withDayOfMonth(1),
                LocalDate.now().withDayOfMonth(1).plusMonths(1).minusDays(1),
                Rag.GREEN,
                "All done")));
    refused(
        send(
            post(base + "/milestones"),
            Map.of("name", "Go-live", "baselineDate", LocalDate.now().plusMonths(1))));
  }

  @Test
  void the_budget_is_frozen_but_late_invoices_are_booked_for_90_days() throws Exception {
    refused(
        send(
            put(base + "/budget").header(HttpHeaders.IF_MATCH, "\"0\""),
            Map.of(
                "lines",
                List.of(
                    Map.of(
                        "period",
                        "2027-01",
                        "category",
                        "LABOUR",
                        "costType",
                        "OPEX",
                        "amount",
                        1000)))));
    LocalDate today = LocalDate.now();
    send(post(base + "/actuals"), actual(today.plusDays(90))).andExpect(status().isCreated());
    refused(send(post(base + "/actuals"), actual(today.plusDays(91))));
    mvc.perform(get(base).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.finishedOn").value(today.toString()));
  }

  @Test
  void the_budget_page_says_why_nothing_can_be_planned() throws Exception {
    String html =
        mvc.perform(get("/projects/" + team.id() + "/budget").with(page(manager)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    org.assertj.core.api.Assertions.assertThat(html)
        .contains("This project is cancelled")
        .contains("It still accepts actual costs dated on or before")
        .doesNotContain("name=\"eacMethod\"");
  }

  @Test
  void the_status_and_raid_pages_say_what_the_project_still_accepts() throws Exception {
    for (String path : new String[] {"/status", "/raid"}) {
      String html =
          mvc.perform(get("/projects/" + team.id() + path).with(page(manager)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      org.assertj.core.api.Assertions.assertThat(html)
          .as(path)
          .contains("This project is cancelled")
          .contains("open RAID entries can be closed");
    }
  }

  @Test
  void an_open_risk_of_a_finished_project_can_be_closed_from_its_page() throws Exception {
    String html =
        mvc.perform(
                get("/projects/" + team.id() + "/raid/risks/" + openRisk.id()).with(page(manager)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    org.assertj.core.api.Assertions.assertThat(html).contains("name=\"status\"");
  }

  @Test
  void progress_an_occurred_risk_and_late_rows_of_an_import_are_refused_too() throws Exception {
    refused(
        send(
            put(base + "/progress").header(HttpHeaders.IF_MATCH, "\"0\""),
            Map.of("points", List.of(Map.of("period", "2027-01", "percentComplete", 50)))));
    refused(
        send(
            post(base + "/raid/risks/" + openRisk.id() + "/occurrence")
                .header(HttpHeaders.IF_MATCH, "\"" + openRisk.version() + "\""),
            Map.of("title", "It happened", "severity", "HIGH")));
    LocalDate tooLate = LocalDate.now().plusDays(91);
    String file =
        "date,category,cost type,amount\n"
            + LocalDate.now()
            + ",LABOUR,OPEX,100\n"
            + tooLate
            + ",LABOUR,OPEX,100\n";
    refused(
        mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    base + "/actuals/import")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file", "late.csv", "text/csv", file.getBytes()))
                .with(as(manager))));
    mvc.perform(get(base + "/actuals").with(as(manager)))
        .andExpect(jsonPath("$.totalElements").value(0));
  }

  private static Map<String, Object> actual(LocalDate date) {
    return Map.of(
        "date",
        date,
        "category",
        "LABOUR",
        "costType",
        "OPEX",
        "amount",
        1200,
        "reference",
        "late");
  }
}

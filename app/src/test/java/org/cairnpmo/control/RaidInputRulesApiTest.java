package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** A risk is logged open or closed, rated with whole numbers from 1 to 5, and nothing else. */
class RaidInputRulesApiTest extends ControlTestSupport {

  private ResultActions logRisk(Team t, Map<String, Object> body) throws Exception {
    return mvc.perform(
        post("/api/v1/projects/" + t.id() + "/raid/risks")
            .with(as(t.manager()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(body)));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> riskBody() {
    return new HashMap<>(json.convertValue(risk("Supplier is late", 3, 4), Map.class));
  }

  @Test
  void a_new_risk_is_open_or_closed_never_occurred() throws Exception {
    Team t = team(false);
    Map<String, Object> occurred = riskBody();
    occurred.put("status", "OCCURRED");
    logRisk(t, occurred)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    mvc.perform(get("/api/v1/projects/" + t.id() + "/raid/risks").with(as(t.manager())))
        .andExpect(jsonPath("$.totalElements").value(0));

    Map<String, Object> closed = riskBody();
    closed.put("status", "CLOSED");
    logRisk(t, closed)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    logRisk(t, riskBody())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("OPEN"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"probability", "impact", "residualProbability", "residualImpact"})
  void a_rating_between_the_points_of_the_scale_is_refused(String field) throws Exception {
    Team t = team(false);
    Map<String, Object> body = riskBody();
    body.put("residualProbability", 2);
    body.put("residualImpact", 2);
    body.put(field, 2.5);
    logRisk(t, body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value("Use a whole number."));
    body.put(field, 2.0);
    logRisk(t, body).andExpect(status().isCreated());
    body.put(field, 6);
    logRisk(t, body).andExpect(status().isBadRequest());
  }

  @Test
  void the_projects_csv_takes_the_sorts_of_the_project_list() throws Exception {
    var pmo = user(org.cairnpmo.identity.Role.PMO);
    String list =
        mvc.perform(get("/api/v1/projects?sort=priority,desc&size=5").with(as(pmo)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String csv =
        mvc.perform(get("/api/v1/projects.csv?sort=priority,desc").with(as(pmo)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    String firstCode = json.readTree(list).get("content").get(0).get("code").asString();
    assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains(firstCode);
    mvc.perform(get("/api/v1/projects.csv?sort=priority&sort=desc").with(as(pmo)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/projects.csv?sort=colour,desc").with(as(pmo)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sort"));
  }

  @Test
  void the_raid_and_report_exports_take_the_filters_of_their_lists() throws Exception {
    Team t = team(false);
    raid.logRisk(t.id(), risk("Wanted risk", 3, 4), current(t.manager()));
    raid.logRisk(t.id(), risk("Other risk", 1, 1), current(t.manager()));
    String base = "/api/v1/projects/" + t.id();
    String csv =
        mvc.perform(get(base + "/raid.csv?kind=risks&probability=3&impact=4").with(as(t.pmo())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).contains("Wanted risk").doesNotContain("Other risk");
    String page =
        mvc.perform(
                get("/projects/" + t.id() + "/raid.csv?kind=risks&probability=1&impact=1")
                    .with(page(t.pmo())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page).contains("Other risk").doesNotContain("Wanted risk");
    assertThat(
            mvc.perform(get(base + "/raid.csv?kind=risks&status=CLOSED").with(as(t.pmo())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("Wanted risk")
        .doesNotContain("Other risk");
    mvc.perform(get(base + "/raid.csv?kind=risks&status=MET").with(as(t.pmo())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    mvc.perform(get(base + "/raid.csv?kind=decisions&status=OPEN").with(as(t.pmo())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    mvc.perform(get(base + "/status-reports.csv?status=SUBMITTED").with(as(t.pmo())))
        .andExpect(status().isOk());
    mvc.perform(get(base + "/status-reports.csv?status=LOST").with(as(t.pmo())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
  }
}

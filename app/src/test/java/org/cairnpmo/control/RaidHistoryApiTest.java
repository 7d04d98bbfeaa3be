package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The history of a RAID entry through the API: who changed which field, seen like its project. */
class RaidHistoryApiTest extends ControlTestSupport {

  private long riskOf(Team t, UserSummary by, RiskData risk) throws Exception {
    return read(mvc.perform(
                post("/api/v1/projects/" + t.id() + "/raid/risks")
                    .with(as(by))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(risk)))
            .andExpect(status().isCreated())
            .andReturn())
        .get("id")
        .asLong();
  }

  private void revise(Team t, long id, UserSummary by, RiskData risk, String version)
      throws Exception {
    mvc.perform(
            put("/api/v1/projects/" + t.id() + "/raid/risks/" + id)
                .with(as(by))
                .header(HttpHeaders.IF_MATCH, version)
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(risk)))
        .andExpect(status().isOk());
  }

  @Test
  void an_edited_risk_shows_who_changed_which_field_from_what_to_what_newest_first()
      throws Exception {
    Team t = team(false);
    long id = riskOf(t, t.member(), risk("Supplier late", 2, 3));
    revise(t, id, t.manager(), risk("Supplier very late", 4, 3), "\"0\"");

    JsonNode page =
        read(
            mvc.perform(
                    get("/api/v1/history")
                        .param("kind", "risk")
                        .param("id", "" + id)
                        .with(as(t.stakeholder())))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(page.get("totalElements").asLong()).isEqualTo(2);
    JsonNode edit = page.get("content").get(0);
    assertThat(edit.get("changedBy").asString()).isEqualTo(t.manager().username());
    assertThat(edit.get("action").asString()).isEqualTo("changed");
    assertThat(edit.get("changes").findValuesAsString("field")).contains("title", "probability");
    JsonNode title = null;
    for (JsonNode change : edit.get("changes")) {
      if (change.get("field").asString().equals("title")) {
        title = change;
      }
    }
    assertThat(title.get("oldValue").asString()).isEqualTo("Supplier late");
    assertThat(title.get("newValue").asString()).isEqualTo("Supplier very late");
    JsonNode creation = page.get("content").get(1);
    assertThat(creation.get("action").asString()).isEqualTo("created");
    assertThat(creation.get("changedBy").asString()).isEqualTo(t.member().username());
  }

  @Test
  void the_history_of_a_hidden_or_missing_record_is_not_found_and_an_unknown_kind_is_refused()
      throws Exception {
    Team t = team(true);
    long id = riskOf(t, t.manager(), risk("Secret", 1, 1));
    mvc.perform(
            get("/api/v1/history")
                .param("kind", "risk")
                .param("id", "" + id)
                .with(as(t.outsider())))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(
            get("/api/v1/history").param("kind", "risk").param("id", "999999999").with(as(t.pmo())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/history").param("kind", "risk").param("id", "" + id).with(as(t.pmo())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].action").value("created"));
    mvc.perform(
            get("/api/v1/history").param("kind", "nonsense").param("id", "" + id).with(as(t.pmo())))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(
            get("/api/v1/history")
                .param("kind", "risk")
                .param("id", "" + id)
                .param("page", "-1")
                .with(as(t.pmo())))
        .andExpect(status().isBadRequest());
  }

  @Test
  void the_page_of_all_changes_shows_them_to_whoever_sees_the_record_only() throws Exception {
    Team t = team(true);
    long id = riskOf(t, t.member(), risk("Vendor insolvent", 2, 2));
    revise(t, id, t.manager(), risk("Vendor insolvent soon", 2, 2), "\"0\"");
    String html =
        mvc.perform(get("/history/risk/" + id).with(page(t.stakeholder())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("Every change to risk " + id)
        .contains(t.manager().username())
        .contains("Vendor insolvent soon");
    mvc.perform(get("/history/risk/" + id).with(page(t.outsider())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/history/risk/" + id).param("page", "-3").with(page(t.manager())))
        .andExpect(status().isOk());
  }
}

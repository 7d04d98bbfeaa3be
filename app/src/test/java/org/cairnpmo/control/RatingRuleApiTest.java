package org.cairnpmo.control;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class RatingRuleApiTest extends ControlTestSupport {

  @Test
  void everyone_reads_the_rules_only_the_pmo_changes_them() throws Exception {
    UserSummary member = user(Role.MEMBER);
    UserSummary pmo = user(Role.PMO);
    Map<String, Object> rule =
        Map.of(
            "metric", "OPEN_CRITICAL_ISSUES",
            "comparison", "GE",
            "threshold", 2,
            "rating", "RED",
            "note", "Test rule");

    mvc.perform(get("/api/v1/rating-rules").with(as(member)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].text", hasItem("SPI < 0.9 → Amber (Schedule)")));
    mvc.perform(get("/api/v1/rating-rules")).andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/v1/rating-rules")
                .with(as(member))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(rule)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(
            post("/api/v1/rating-rules")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"metric\":\"VIBES\",\"comparison\":\"GE\",\"threshold\":1,\"rating\":\"RED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("metric"));
    mvc.perform(
            post("/api/v1/rating-rules")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"metric\":\"SPI\",\"comparison\":\"LT\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("threshold")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("rating")));

    JsonNode created =
        read(
            mvc.perform(
                    post("/api/v1/rating-rules")
                        .with(as(pmo))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(rule)))
                .andExpect(status().isCreated())
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.dimension").value("SCOPE"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.text").value("OPEN CRITICAL ISSUES ≥ 2 → Red (Scope)"))
                .andReturn());
    String path = "/api/v1/rating-rules/" + created.get("id").asLong();
    try {
      mvc.perform(get(path).with(as(member)))
          .andExpect(status().isOk())
          .andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
      Map<String, Object> inactive =
          Map.of(
              "metric", "OPEN_CRITICAL_ISSUES",
              "comparison", "GE",
              "threshold", 3,
              "rating", "RED",
              "active", false);
      mvc.perform(
              put(path)
                  .with(as(member))
                  .header(HttpHeaders.IF_MATCH, "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(inactive)))
          .andExpect(status().isForbidden());
      mvc.perform(
              put(path)
                  .with(as(pmo))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(inactive)))
          .andExpect(status().isPreconditionRequired());
      mvc.perform(
              put(path)
                  .with(as(pmo))
                  .header(HttpHeaders.IF_MATCH, "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(inactive)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.active").value(false))
          .andExpect(jsonPath("$.threshold").value(3));
      mvc.perform(
              put(path)
                  .with(as(pmo))
                  .header(HttpHeaders.IF_MATCH, "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(inactive)))
          .andExpect(status().isConflict());
      mvc.perform(delete(path).with(as(member))).andExpect(status().isForbidden());
      mvc.perform(delete(path).with(as(pmo)).header(HttpHeaders.IF_MATCH, "\"0\""))
          .andExpect(status().isConflict());
    } finally {
      mvc.perform(delete(path).with(as(pmo))).andExpect(status().isNoContent());
    }
    mvc.perform(get(path).with(as(pmo))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/rating-rules").with(as(member)))
        .andExpect(jsonPath("$[*].note", not(hasItem("Test rule"))));
  }
}

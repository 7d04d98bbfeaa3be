package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the API answers to values no form would send: 400 or 413 problem+json, never a 500. */
class InputRulesApiTest extends ApiTestSupport {

  private JsonNode createWith(UserSummary pmo, String field, Object value) throws Exception {
    ObjectNode body = json.valueToTree(projectData(pmo.id(), false, List.of()));
    body.set(field, json.valueToTree(value));
    MvcResult result =
        mvc.perform(
                post("/api/v1/projects")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body)))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).startsWith(PROBLEM.toString());
    return read(result).get("errors").get(0);
  }

  @Test
  void a_control_character_in_a_text_is_refused_with_the_field_named() throws Exception {
    UserSummary pmo = user(Role.PMO);

    JsonNode error = createWith(pmo, "name", "Road\u0001map");

    assertThat(error.get("field").asString()).isEqualTo("name");
    assertThat(error.get("message").asString()).isEqualTo(InputRules.CONTROL_CHARACTER_MESSAGE);
  }

  @Test
  void tab_and_line_breaks_stay_allowed() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ObjectNode body = json.valueToTree(projectData(pmo.id(), false, List.of()));
    body.put("description", "First line\r\n\tsecond line");

    mvc.perform(
            post("/api/v1/projects")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body)))
        .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(201));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0000-06-15", "1582-10-10", "+999999999-12-31", "1899-12-31", "2201-01-01"})
  void a_date_outside_the_accepted_range_is_refused(String date) throws Exception {
    JsonNode error = createWith(user(Role.PMO), "plannedStart", date);

    assertThat(error.get("field").asString()).isEqualTo("plannedStart");
    assertThat(error.get("message").asString()).isEqualTo(InputRules.DATE_RANGE_MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.5, 2.0, 1e3})
  void a_number_with_a_fraction_or_exponent_is_no_whole_number(double value) throws Exception {
    JsonNode error = createWith(user(Role.PMO), "managerId", value);

    assertThat(error.get("field").asString()).isEqualTo("managerId");
    assertThat(error.get("message").asString()).isEqualTo("Use a whole number.");
  }

  @Test
  void a_null_element_in_a_list_is_refused_with_its_index() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ObjectNode body = json.valueToTree(projectData(pmo.id(), false, List.of()));
    body.putArray("members").addNull();

    MvcResult result =
        mvc.perform(
                post("/api/v1/projects")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body)))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    JsonNode error = read(result).get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("members[0]");
    assertThat(error.get("message").asString()).contains("Remove the null");
  }

  @Test
  void a_merge_patch_is_held_to_the_same_rules() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProjectView project = project(pmo, false);

    for (String patch :
        List.of(
            "{\"name\":\"A\\u0000B\"}",
            "{\"plannedFinish\":\"+999999999-12-31\"}",
            "{\"members\":[null]}")) {
      MvcResult result =
          mvc.perform(
                  patch("/api/v1/projects/" + project.id())
                      .with(as(pmo))
                      .header("If-Match", "\"" + project.version() + "\"")
                      .contentType(MERGE_PATCH)
                      .content(patch))
              .andReturn();

      assertThat(result.getResponse().getStatus()).as(patch).isEqualTo(400);
      assertThat(read(result).get("errors").get(0).get("field").asString())
          .isIn("name", "plannedFinish", "members[0]");
    }
  }

  @Test
  void a_control_character_in_a_query_parameter_is_refused() throws Exception {
    MvcResult result =
        mvc.perform(get("/api/v1/projects").param("q", "a\u0007b").with(as(user(Role.PMO))))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    JsonNode error = read(result).get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("q");
    assertThat(error.get("message").asString()).isEqualTo(InputRules.CONTROL_CHARACTER_MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x10", "0X10", "#10", "1e3", "1 0", "99999999999999999999"})
  void ids_are_plain_decimal_numbers(String id) throws Exception {
    UserSummary pmo = user(Role.PMO);

    MvcResult result =
        mvc.perform(
                get(URI.create("/api/v1/projects/" + id.replace("#", "%23").replace(" ", "%20")))
                    .with(as(pmo)))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).startsWith(PROBLEM.toString());
  }

  @Test
  void leading_zeros_are_harmless_and_never_octal() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProjectView project = project(pmo, false);

    MvcResult result = fetch("/api/v1/projects/00" + project.id(), pmo);

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(read(result).get("id").asLong()).isEqualTo(project.id());
  }

  @Test
  void a_body_over_the_limit_is_refused_unread() throws Exception {
    String huge = "{\"name\":\"" + "x".repeat((int) BodyLimit.MAX_BYTES) + "\"}";

    MvcResult result =
        mvc.perform(
                post("/api/v1/projects")
                    .with(as(user(Role.PMO)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(huge))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(413);
    assertThat(result.getResponse().getContentType()).startsWith(PROBLEM.toString());
    assertThat(read(result).get("status").asInt()).isEqualTo(413);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{\"name\":", "[]", "null", "\"text\"", "{\"name\":\"a\"}x"})
  void a_malformed_or_empty_body_is_a_400(String body) throws Exception {
    MvcResult result =
        mvc.perform(
                post("/api/v1/projects")
                    .with(as(user(Role.PMO)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).startsWith(PROBLEM.toString());
  }

  @Test
  void a_body_of_another_type_is_a_415() throws Exception {
    MvcResult result =
        mvc.perform(
                post("/api/v1/projects")
                    .with(as(user(Role.PMO)))
                    .contentType(MediaType.TEXT_PLAIN)
                    .content("name=x"))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(415);
    assertThat(result.getResponse().getContentType()).startsWith(PROBLEM.toString());
  }
}

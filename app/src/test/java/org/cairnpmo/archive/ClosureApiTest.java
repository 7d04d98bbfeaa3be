package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The closure workflow through the API: the checklist is computed from the modules' data, the PMO
 * waives with a reason, only the sponsor or the PMO signs off (and only when every item is met or
 * waived), the sign-off closes the project, and only the PMO reopens it, with a reason its history
 * keeps.
 */
class ClosureApiTest extends ArchiveTestSupport {

  private UserSummary manager;
  private UserSummary sponsor;
  private UserSummary pmo;
  private ProjectView project;
  private String closure;

  @BeforeEach
  void activeProject() {
    manager = user(Role.PROJECT_MANAGER);
    sponsor = user(Role.EXECUTIVE);
    pmo = user(Role.PMO);
    project = activeProject(manager, sponsor, false);
    closure = "/api/v1/projects/" + project.id() + "/closure";
  }

  private ResultActions send(String path, UserSummary who, long version, Object body)
      throws Exception {
    return mvc.perform(
        post(closure + path)
            .with(as(who))
            .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(body)));
  }

  private JsonNode checklist(UserSummary who) throws Exception {
    return read(mvc.perform(get(closure).with(as(who))).andExpect(status().isOk()).andReturn());
  }

  private static JsonNode item(JsonNode closure, String key) {
    for (JsonNode item : closure.get("items")) {
      if (item.get("key").asText().equals(key)) {
        return item;
      }
    }
    throw new AssertionError("no item " + key);
  }

  @Test
  void the_checklist_is_computed_from_each_modules_data() throws Exception {
    JsonNode empty = checklist(manager);
    List<String> keys = new ArrayList<>();
    empty.get("items").forEach(i -> keys.add(i.get("key").asText()));
    assertThat(keys)
        .containsExactly(
            "final-report",
            "lessons",
            "documents",
            "budget",
            "resources",
            "raid",
            "sponsor-acceptance");
    assertThat(item(empty, "lessons").get("met").asBoolean()).isFalse();
    assertThat(item(empty, "raid").get("met").asBoolean()).isTrue();
    assertThat(item(empty, "final-report").get("fixPath").asText())
        .isEqualTo("/projects/" + project.id() + "/documents");
    assertThat(empty.get("version").asLong()).isZero();

    mvc.perform(
            post("/api/v1/projects/" + project.id() + "/lessons")
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(
                        Map.of(
                            "title", "Plan the closure early",
                            "whatHappened", "The checklist took a month",
                            "category", "SCOPE"))))
        .andExpect(status().isCreated());
    long doc =
        read(mvc.perform(
                    upload(project.id(), "Final report", file("f.pdf", pdf("final")))
                        .param("type", "Final report")
                        .with(as(manager)))
                .andExpect(status().isCreated())
                .andReturn())
            .get("id")
            .asLong();
    JsonNode filed = checklist(manager);
    assertThat(item(filed, "lessons").get("met").asBoolean()).isTrue();
    assertThat(item(filed, "final-report").get("met").asBoolean()).isFalse();
    assertThat(item(filed, "documents").get("detail").asText()).contains("1 of 1");

    mvc.perform(
            post(documents(project.id()) + "/" + doc + "/review")
                .with(as(manager))
                .header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("reviewerId", sponsor.id()))))
        .andExpect(status().isOk());
    mvc.perform(
            post(documents(project.id()) + "/" + doc + "/versions/1/approval").with(as(sponsor)))
        .andExpect(status().isOk());
    JsonNode approved = checklist(manager);
    assertThat(item(approved, "final-report").get("met").asBoolean()).isTrue();
    assertThat(item(approved, "documents").get("met").asBoolean()).isTrue();
  }

  @Test
  void only_the_pmo_waives_and_says_why() throws Exception {
    Map<String, Object> waiver = Map.of("item", "lessons", "reason", "A two-week study");
    send("/waivers", manager, 0, waiver).andExpect(status().isForbidden());
    send("/waivers", pmo, 0, Map.of("item", "lessons", "reason", " "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    send("/waivers", pmo, 0, Map.of("item", "sponsor-acceptance", "reason", "No"))
        .andExpect(status().isBadRequest());
    send("/waivers", pmo, 0, Map.of("item", "lessons", "reason", "Bad\u0000text"))
        .andExpect(status().isBadRequest());
    send("/waivers", pmo, 0, waiver)
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
        .andExpect(jsonPath("$.state").value("PREPARING"));
    send("/waivers", pmo, 0, waiver).andExpect(status().isConflict());
    JsonNode waived = item(checklist(manager), "lessons");
    assertThat(waived.get("waiverReason").asText()).isEqualTo("A two-week study");
    assertThat(waived.get("waivedBy").asText()).isEqualTo(pmo.username());
  }

  @Test
  void the_sign_off_waits_for_every_item_and_for_the_sponsor_or_the_pmo() throws Exception {
    send("/sign-off", sponsor, 0, Map.of())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/closure-not-ready"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("Lessons recorded")));
    long version = waiveAll(project.id(), current(pmo)).version();
    send("/sign-off", manager, version, Map.of()).andExpect(status().isForbidden());
    send("/sign-off", user(Role.EXECUTIVE), version, Map.of()).andExpect(status().isForbidden());
    send("/sign-off", sponsor, version, Map.of("note", "Accepted at the steering committee"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("SIGNED_OFF"))
        .andExpect(jsonPath("$.signedBy").value(sponsor.username()))
        .andExpect(jsonPath("$.projectStatus").value("CLOSED"));
    ProjectView closed = projects.project(project.id()).orElseThrow();
    assertThat(closed.status().name()).isEqualTo("CLOSED");
    assertThat(closed.finishedOn()).isEqualTo(LocalDate.now());
    assertThat(item(checklist(manager), "sponsor-acceptance").get("met").asBoolean()).isTrue();
    send("/sign-off", sponsor, version + 1, Map.of())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/project-frozen"));
  }

  @Test
  void only_the_pmo_reopens_with_a_reason_that_the_history_keeps() throws Exception {
    ProjectView closed = closedProject(manager, sponsor);
    String path = "/api/v1/projects/" + closed.id() + "/closure";
    long version = closures.closure(closed.id(), current(pmo)).version();
    for (UserSummary refused : List.of(manager, sponsor)) {
      mvc.perform(
              post(path + "/reopen")
                  .with(as(refused))
                  .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(Map.of("reason", "Let me in"))))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            post(path + "/reopen")
                .with(as(pmo))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("reason", ""))))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(path + "/reopen")
                .with(as(pmo))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("reason", "The acceptance test failed"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.projectStatus").value("ACTIVE"))
        .andExpect(jsonPath("$.state").value("PREPARING"))
        .andExpect(jsonPath("$.reopenReason").value("The acceptance test failed"));
    ProjectView reopened = projects.project(closed.id()).orElseThrow();
    assertThat(reopened.status().name()).isEqualTo("ACTIVE");
    assertThat(reopened.finishedOn()).isNull();
    mvc.perform(get("/api/v1/projects/" + closed.id() + "/history").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[*].newValue")
                .value(Matchers.hasItem("Reopened: The acceptance test failed")));
  }

  @Test
  void a_closure_of_a_project_the_caller_may_not_see_is_not_found() throws Exception {
    ProjectView secret = activeProject(manager, sponsor, true);
    mvc.perform(get("/api/v1/projects/" + secret.id() + "/closure").with(as(user(Role.MEMBER))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/projects/" + secret.id() + "/closure").with(as(manager)))
        .andExpect(status().isOk());
  }
}

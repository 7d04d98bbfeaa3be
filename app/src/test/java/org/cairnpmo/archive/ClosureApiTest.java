package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.TierLevels;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

  @Autowired private MethodologyService methodology;
  @Autowired private GateService gates;

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
  void the_closing_phases_required_deliverables_of_the_projects_method_join_the_checklist()
      throws Exception {
    onMethod(project);
    JsonNode listed = checklist(manager);
    List<String> keys = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    listed.get("items").forEach(i -> keys.add(i.get("key").asText()));
    listed.get("items").forEach(i -> labels.add(i.get("label").asText()));
    // The standard items stay, the closing phase's required deliverables join them; an optional
    // one, or one of an earlier phase, does not.
    assertThat(keys)
        .contains("final-report", "lessons", "documents", "budget", "resources", "raid");
    assertThat(labels)
        .contains(
            "Deliverable Acceptance certificate approved", "Deliverable Handover file approved")
        .doesNotContain("Deliverable Closure photos approved")
        .doesNotContain("Deliverable Business case approved");
    String certificate = keyOf(listed, "Deliverable Acceptance certificate approved");
    String handover = keyOf(listed, "Deliverable Handover file approved");
    assertThat(item(listed, certificate).get("met").asBoolean()).isFalse();
    assertThat(item(listed, certificate).get("detail").asText()).contains("no document is filed");

    // A document filed for the deliverable meets the item once its latest version is approved.
    long doc =
        read(mvc.perform(
                    upload(project.id(), "Signed acceptance", file("a.pdf", pdf("accepted")))
                        .param("deliverableId", certificate.substring("deliverable-".length()))
                        .with(as(manager)))
                .andExpect(status().isCreated())
                .andReturn())
            .get("id")
            .asLong();
    assertThat(item(checklist(manager), certificate).get("detail").asText())
        .contains("not approved");
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
    assertThat(item(checklist(manager), certificate).get("met").asBoolean()).isTrue();

    // The PMO waives the other one with a reason, as any item.
    send("/waivers", pmo, 0, Map.of("item", handover, "reason", "Handed over in person"))
        .andExpect(status().isOk());
    JsonNode waived = item(checklist(manager), handover);
    assertThat(waived.get("met").asBoolean()).isFalse();
    assertThat(waived.get("waiverReason").asText()).isEqualTo("Handed over in person");

    // A project on no method keeps the standard list.
    ProjectView plain = activeProject(manager, sponsor, false);
    JsonNode standard =
        read(
            mvc.perform(get("/api/v1/projects/" + plain.id() + "/closure").with(as(manager)))
                .andExpect(status().isOk())
                .andReturn());
    List<String> plainKeys = new ArrayList<>();
    standard.get("items").forEach(i -> plainKeys.add(i.get("key").asText()));
    assertThat(plainKeys)
        .containsExactly(
            "final-report",
            "lessons",
            "documents",
            "budget",
            "resources",
            "raid",
            "sponsor-acceptance");
  }

  /**
   * Puts the project on a tier that follows a published method whose closing phase requires two
   * deliverables (and offers a third, optional one); its first phase requires a business case.
   */
  private void onMethod(ProjectView p) throws Exception {
    LifecycleView lifecycle =
        methodology.defineLifecycle(
            new LifecycleData(
                "Closure lifecycle " + unique(),
                null,
                List.of(
                    new LifecycleData.PhaseData(
                        "Initiation", null, "Approval", null, null, null, Set.of()),
                    new LifecycleData.PhaseData(
                        "Closure", null, "Closure review", null, null, null, Set.of())),
                null),
            current(pmo));
    TierView tier =
        methodology.defineTier(
            new TierData(
                TierLevels.next(),
                "Closure tier " + unique(),
                null,
                MatchMode.ALL,
                new BigDecimal("900000000000000"),
                null,
                null,
                lifecycle.id(),
                null),
            current(pmo));
    JsonNode method =
        read(
            mvc.perform(
                    post("/api/v1/practices/methods")
                        .with(as(pmo))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            write(
                                Map.of(
                                    "name",
                                    "Closure method " + unique(),
                                    "lifecycleId",
                                    lifecycle.id(),
                                    "tierIds",
                                    List.of(tier.id()),
                                    "phases",
                                    List.of(
                                        Map.of(
                                            "phase",
                                            "Initiation",
                                            "deliverables",
                                            List.of(
                                                Map.of("name", "Business case", "required", true))),
                                        Map.of(
                                            "phase",
                                            "Closure",
                                            "deliverables",
                                            List.of(
                                                Map.of(
                                                    "name",
                                                    "Acceptance certificate",
                                                    "required",
                                                    true),
                                                Map.of("name", "Handover file", "required", true),
                                                Map.of(
                                                    "name",
                                                    "Closure photos",
                                                    "required",
                                                    false))))))))
                .andExpect(status().isCreated())
                .andReturn());
    mvc.perform(
            post("/api/v1/practices/methods/" + method.get("id").asLong() + "/publication")
                .with(as(pmo))
                .header("If-Match", "\"" + method.get("version").asLong() + "\""))
        .andExpect(status().isOk());
    gates.place(new PlacementData(p.id(), RiskLevel.MEDIUM, tier.id(), null), current(pmo));
  }

  private static String keyOf(JsonNode closure, String label) {
    for (JsonNode item : closure.get("items")) {
      if (item.get("label").asText().equals(label)) {
        return item.get("key").asText();
      }
    }
    throw new AssertionError("no item " + label);
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

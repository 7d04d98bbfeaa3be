package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** A lesson promoted into a method's next version, and the link kept both ways. */
class LessonPromotionTest extends TemplateTestSupport {

  private static final String LESSONS = "/api/v1/practices/lessons/";
  private static final String METHODS = "/api/v1/practices/methods/";

  @Test
  void a_lesson_promoted_into_a_published_method_changes_its_next_draft_and_both_sides_show_it()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    JsonNode published = publishedMethod(pmo);
    long v1 = published.get("id").asLong();
    ProjectView project = project(user(Role.PROJECT_MANAGER), false);
    JsonNode lesson = recordLesson(pmo, project.id(), lessonBody("Rehearse cutover " + unique()));
    long lessonId = lesson.get("id").asLong();

    JsonNode promotion =
        read(
            promote(pmo, lessonId, 0, body("CHECKLIST", v1, "Initiation", "Rehearse the cutover"))
                .andExpect(status().isCreated())
                .andReturn());
    long v2 = promotion.get("targetId").asLong();
    assertThat(v2).as("a published method is changed through a new draft version").isNotEqualTo(v1);
    assertThat(promotion.get("targetRevision").asInt()).isEqualTo(2);

    JsonNode draft = read(fetch(METHODS + v2, pmo));
    assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
    JsonNode initiation = draft.get("phases").get(0);
    assertThat(initiation.get("phase").asString()).isEqualTo("Initiation");
    assertThat(initiation.get("checklist").toString())
        .contains("Sponsor named")
        .contains("Rehearse the cutover");
    assertThat(read(fetch(METHODS + v1, pmo)).get("phases").get(0).get("checklist").toString())
        .as("the published version stays as it was")
        .doesNotContain("Rehearse the cutover");

    // Both ways: the lesson shows the change it caused, the version the lesson that changed it.
    JsonNode adopted = read(fetch(LESSONS + lessonId, pmo));
    assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
    JsonNode caused = read(fetch(LESSONS + lessonId + "/promotions", pmo));
    assertThat(caused).hasSize(1);
    assertThat(caused.get(0).get("targetKind").asString()).isEqualTo("METHOD");
    assertThat(caused.get(0).get("targetId").asLong()).isEqualTo(v2);
    JsonNode changedBy = read(fetch(METHODS + v2 + "/lessons", user(Role.MEMBER)));
    assertThat(changedBy).hasSize(1);
    assertThat(changedBy.get(0).get("lessonId").asLong()).isEqualTo(lessonId);

    // A second lesson promoted into the published version goes into the same draft.
    long second =
        recordLesson(pmo, project.id(), lessonBody("Cutover runbook " + unique()))
            .get("id")
            .asLong();
    Map<String, Object> deliverable = body("DELIVERABLE", v1, "Initiation", "Cutover runbook");
    deliverable.put("description", "Step by step, with the rollback");
    JsonNode again =
        read(promote(pmo, second, 0, deliverable).andExpect(status().isCreated()).andReturn());
    assertThat(again.get("targetId").asLong()).isEqualTo(v2);
    assertThat(read(fetch(METHODS + v2, pmo)).get("phases").get(0).get("deliverables").toString())
        .contains("Cutover runbook");
    assertThat(read(fetch(METHODS + v2 + "/lessons", pmo))).hasSize(2);

    // The same checklist item twice is refused next to the field; a stale lesson version is 409.
    long third =
        recordLesson(pmo, project.id(), lessonBody("Again " + unique())).get("id").asLong();
    promote(pmo, third, 0, body("CHECKLIST", v2, "Initiation", "rehearse the CUTOVER"))
        .andExpect(status().isBadRequest());
    promote(pmo, lessonId, 0, body("GUIDANCE", v2, "Initiation", "Rehearse twice."))
        .andExpect(status().isConflict());

    // Once the draft is published, the version it replaced is retired and takes no change.
    JsonNode v2now = read(fetch(METHODS + v2, pmo));
    mvc.perform(
            post(METHODS + v2 + "/publication")
                .with(as(pmo))
                .header("If-Match", "\"" + v2now.get("version").asLong() + "\""))
        .andExpect(status().isOk());
    promote(pmo, third, 0, body("CHECKLIST", v1, "Initiation", "Something new"))
        .andExpect(status().isConflict());
  }

  @Test
  void a_confidential_lesson_that_changed_a_method_is_shown_only_to_those_who_see_its_project()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    long v1 = publishedMethod(pmo).get("id").asLong();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView secret = project(manager, true);
    long lessonId =
        recordLesson(pmo, secret.id(), lessonBody("Secret lesson " + unique())).get("id").asLong();
    long v2 =
        read(promote(pmo, lessonId, 0, body("GUIDANCE", v1, "Initiation", "Name a deputy."))
                .andExpect(status().isCreated())
                .andReturn())
            .get("targetId")
            .asLong();

    assertThat(read(fetch(METHODS + v2 + "/lessons", manager))).hasSize(1);
    assertThat(read(fetch(METHODS + v2 + "/lessons", user(Role.MEMBER)))).isEmpty();
    assertThat(read(fetch(METHODS + v2, pmo)).get("phases").get(0).get("guidance").asString())
        .contains("Name the **sponsor** first.")
        .contains("Name a deputy.");
  }

  @Test
  void a_lesson_is_linked_to_a_template_version_and_only_the_pmo_promotes() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    long lessonId =
        recordLesson(manager, project.id(), lessonBody("Template " + unique())).get("id").asLong();
    Map<String, Object> template = new HashMap<>();
    template.put("targetKind", "TEMPLATE");
    long version = publishedSmall(current(pmo)).id();
    template.put("targetId", version);
    template.put("text", "Standard risk: supplier late");
    promote(manager, lessonId, 0, template).andExpect(status().isForbidden());
    JsonNode link =
        read(promote(pmo, lessonId, 0, template).andExpect(status().isCreated()).andReturn());
    assertThat(link.get("targetKind").asString()).isEqualTo("TEMPLATE");
    assertThat(link.get("targetId").asLong()).isEqualTo(version);
    assertThat(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/practices/templates/" + version)
                        .with(signedIn(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Changed by lessons learned")
        .contains("Standard risk: supplier late");
    // A template version that does not exist is refused next to the field.
    template.put("targetId", 424242424L);
    promote(pmo, lessonId, 1, template).andExpect(status().isBadRequest());
    assertThat(read(fetch(LESSONS + lessonId, pmo)).get("status").asString()).isEqualTo("ADOPTED");
    // Without a target the API answers which field is missing.
    promote(pmo, lessonId, 1, Map.of("targetKind", "METHOD")).andExpect(status().isBadRequest());
  }

  private JsonNode publishedMethod(UserSummary pmo) throws Exception {
    LifecycleView lifecycle = lifecycle();
    JsonNode draft =
        defineMethod(pmo, methodBody("Promoted " + unique(), lifecycle.id(), List.of()));
    return read(
        mvc.perform(
                post(METHODS + draft.get("id").asLong() + "/publication")
                    .with(as(pmo))
                    .header("If-Match", "\"" + draft.get("version").asLong() + "\""))
            .andExpect(status().isOk())
            .andReturn());
  }

  private static Map<String, Object> body(String change, long target, String phase, String text) {
    Map<String, Object> body = new HashMap<>();
    body.put("targetKind", "METHOD");
    body.put("targetId", target);
    body.put("change", change);
    body.put("phase", phase);
    body.put("text", text);
    return body;
  }

  private ResultActions promote(
      UserSummary by, long lessonId, long version, Map<String, Object> body) throws Exception {
    return mvc.perform(
        post(LESSONS + lessonId + "/promotions")
            .with(as(by))
            .header("If-Match", "\"" + version + "\"")
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(body)));
  }
}

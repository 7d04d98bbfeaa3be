package org.cairnpmo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

class PlanApiTest extends PlanningTestSupport {

  @Test
  void a_small_plan_gets_the_dates_ms_project_gives_it() throws Exception {
    Team t = team(false);
    startOnMonday(t);
    long a = task(t, "Design", 5);
    long b = task(t, "Build", 3);
    long c = task(t, "Review", 2);
    link(t, a, b).andExpect(status().isCreated());
    link(t, a, c, "SS", 480).andExpect(status().isCreated());

    Map<String, JsonNode> tasks = tasksByName(t, "");
    assertThat(at(tasks.get("Design"), "start")).isEqualTo(MONDAY);
    assertThat(at(tasks.get("Design"), "finish")).isEqualTo(LocalDateTime.of(2027, 1, 8, 17, 0));
    assertThat(at(tasks.get("Build"), "start")).isEqualTo(LocalDateTime.of(2027, 1, 11, 8, 0));
    assertThat(at(tasks.get("Build"), "finish")).isEqualTo(LocalDateTime.of(2027, 1, 13, 17, 0));
    assertThat(at(tasks.get("Review"), "start")).isEqualTo(LocalDateTime.of(2027, 1, 5, 8, 0));
    assertThat(tasks.get("Design").path("critical").asBoolean()).isTrue();
    assertThat(tasks.get("Build").path("critical").asBoolean()).isTrue();
    assertThat(tasks.get("Review").path("critical").asBoolean()).isFalse();
    // Review may finish on Wednesday the 13th at the latest: 5 days of float.
    assertThat(tasks.get("Review").path("totalFloatMinutes").asLong()).isEqualTo(5 * 480);
    assertThat(tasks.get("Build").path("wbs").asText()).isEqualTo("2");

    mvc.perform(post(plan(t) + "/schedule").with(as(t.manager())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.finish").value("2027-01-13T17:00:00"))
        .andExpect(jsonPath("$.moved.length()").value(0))
        .andExpect(jsonPath("$.conflicts.length()").value(0));
    getAs(t, "", t.member())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.finish").value("2027-01-13T17:00:00"))
        .andExpect(jsonPath("$.taskCount").value(3))
        .andExpect(jsonPath("$.editable").value(false));
  }

  @Test
  void an_edit_answers_what_moved() throws Exception {
    Team t = team(false);
    startOnMonday(t);
    long a = task(t, "Design", 5);
    long b = task(t, "Build", 3);
    link(t, a, b);
    Map<String, Object> longer = new HashMap<>();
    longer.put("name", "Design");
    longer.put("durationMinutes", 6 * 480);
    JsonNode answer =
        read(
            send(put(plan(t) + "/tasks/" + a), t.manager(), version(t), longer)
                .andExpect(status().isOk())
                .andReturn());
    List<String> moved = answer.path("schedule").path("moved").findValuesAsString("name");
    assertThat(moved).containsExactly("Design", "Build");
    assertThat(answer.path("schedule").path("moved").get(1).path("newStart").asText())
        .isEqualTo("2027-01-12T08:00:00");
  }

  @Test
  void a_second_edit_from_the_same_version_answers_409() throws Exception {
    Team t = team(false);
    long v = version(t);
    Map<String, Object> body = Map.of("name", "First", "durationMinutes", 480);
    send(post(plan(t) + "/tasks"), t.manager(), v, body)
        .andExpect(status().isCreated())
        .andExpect(header().string(HttpHeaders.ETAG, "\"" + (v + 1) + "\""));
    send(post(plan(t) + "/tasks"), t.pmo(), v, Map.of("name", "Second"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.currentVersion").value(v + 1));
    send(post(plan(t) + "/tasks"), t.manager(), null, Map.of("name", "No version"))
        .andExpect(status().isPreconditionRequired());
    assertThat(tasksByName(t, "")).containsOnlyKeys("First");
  }

  @Test
  void whoever_sees_the_project_reads_its_plan_and_only_its_manager_and_the_pmo_change_it()
      throws Exception {
    Team t = team(false);
    long task = task(t, "Kick-off", 1);
    for (UserSummary reader :
        List.of(t.member(), t.stakeholder(), t.sponsor(), t.executive(), t.outsider())) {
      getAs(t, "/tasks", reader)
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.content[0].name").value("Kick-off"));
      getAs(t, "/tasks/" + task, reader).andExpect(status().isOk());
    }
    for (UserSummary notAllowed : List.of(t.member(), t.sponsor(), t.executive(), t.outsider())) {
      send(post(plan(t) + "/tasks"), notAllowed, version(t), Map.of("name", "Not mine"))
          .andExpect(status().isForbidden());
      send(post(plan(t) + "/schedule"), notAllowed, null, null).andExpect(status().isForbidden());
    }
    send(post(plan(t) + "/tasks"), t.pmo(), version(t), Map.of("name", "PMO's"))
        .andExpect(status().isCreated());
    assertThat(tasksByName(t, "")).containsOnlyKeys("Kick-off", "PMO's");
  }

  @Test
  void a_confidential_project_plan_is_not_found_for_outsiders() throws Exception {
    Team t = team(true);
    long task = task(t, "Secret", 1);
    long v = version(t);
    for (String path :
        List.of("", "/tasks", "/tasks/" + task, "/links", "/calendars", "/baselines")) {
      getAs(t, path, t.outsider()).andExpect(status().isNotFound());
    }
    send(post(plan(t) + "/tasks"), t.outsider(), v, Map.of("name", "Probe"))
        .andExpect(status().isNotFound());
    send(post(plan(t) + "/schedule"), t.outsider(), null, null).andExpect(status().isNotFound());
    getAs(t, "/tasks", t.member()).andExpect(status().isOk());
    getAs(t, "/tasks", t.executive()).andExpect(status().isOk());
    // A task of another plan looks exactly like a missing one.
    Team other = team(false);
    getAs(other, "/tasks/" + task, other.manager()).andExpect(status().isNotFound());
    send(put(plan(other) + "/tasks/" + task), other.manager(), version(other), Map.of("name", "x"))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_link_that_closes_a_circle_is_refused_with_the_tasks_named() throws Exception {
    Team t = team(false);
    long a = task(t, "Design", 2);
    long b = task(t, "Build", 2);
    long c = task(t, "Test", 2);
    link(t, a, b).andExpect(status().isCreated());
    link(t, b, c).andExpect(status().isCreated());
    link(t, c, a)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("successorId"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("1 Design"),
                        org.hamcrest.Matchers.containsString("2 Build"),
                        org.hamcrest.Matchers.containsString("3 Test"))));
    link(t, a, a)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("A task cannot depend on itself."));
    link(t, a, b)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("successorId"));
    assertThat(read(fetch(plan(t) + "/links", t.manager()))).hasSize(2);
  }

  @Test
  void bad_values_are_refused_naming_the_field() throws Exception {
    Team t = team(false);
    long v = version(t);
    Map<String, Object> negative = Map.of("name", "Bad", "durationMinutes", -1);
    send(post(plan(t) + "/tasks"), t.manager(), v, negative)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("durationMinutes"));
    Map<String, Object> control = Map.of("name", "Bad\u0007name");
    send(post(plan(t) + "/tasks"), t.manager(), v, control).andExpect(status().isBadRequest());
    Map<String, Object> noDate = Map.of("name", "Fixed", "constraintType", "MUST_START_ON");
    send(post(plan(t) + "/tasks"), t.manager(), v, noDate)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("constraintDate"));
    Map<String, Object> farFuture = Map.of("name", "Late", "deadline", "2301-01-01T08:00:00");
    send(post(plan(t) + "/tasks"), t.manager(), v, farFuture)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("deadline"));
    Map<String, Object> estimate = new HashMap<>();
    estimate.put("name", "Guess");
    estimate.put(
        "estimate",
        Map.of("optimisticMinutes", 900, "mostLikelyMinutes", 480, "pessimisticMinutes", 960));
    send(post(plan(t) + "/tasks"), t.manager(), v, estimate)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("estimate"));
    Map<String, Object> milestone =
        Map.of("name", "Go-live", "kind", "MILESTONE", "durationMinutes", 480);
    send(post(plan(t) + "/tasks"), t.manager(), v, milestone)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("durationMinutes"));
    long a = task(t, "A", 1);
    long b = task(t, "B", 1);
    Map<String, Object> lag =
        Map.of("predecessorId", a, "successorId", b, "lagValue", 1_000_000_000L);
    send(post(plan(t) + "/links"), t.manager(), version(t), lag)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lagValue"));
    Map<String, Object> resource = Map.of("name", "Crane", "kind", "EQUIPMENT", "maxUnits", 0);
    send(post(plan(t) + "/resources"), t.manager(), version(t), resource)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("maxUnits"));
    assertThat(tasksByName(t, "")).containsOnlyKeys("A", "B");
  }

  @Test
  void the_outline_gives_wbs_codes_that_follow_indent_outdent_move_and_delete() throws Exception {
    Team t = team(false);
    long phase = task(t, "Phase", 0);
    long one = task(t, "One", 1);
    long two = task(t, "Two", 1);
    send(post(plan(t) + "/tasks/" + one + "/indent"), t.manager(), version(t), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result.wbs").value("1.1"));
    send(post(plan(t) + "/tasks/" + two + "/indent"), t.manager(), version(t), null)
        .andExpect(jsonPath("$.result.wbs").value("1.2"));
    Map<String, JsonNode> tasks = tasksByName(t, "");
    assertThat(tasks.get("Phase").path("summary").asBoolean()).isTrue();
    assertThat(at(tasks.get("Phase"), "finish")).isEqualTo(at(tasks.get("Two"), "finish"));
    send(
            post(plan(t) + "/tasks/" + two + "/move"),
            t.manager(),
            version(t),
            Map.of("parentId", phase, "position", 0))
        .andExpect(jsonPath("$.result.wbs").value("1.1"));
    assertThat(tasksByName(t, "").get("One").path("wbs").asText()).isEqualTo("1.2");
    send(post(plan(t) + "/tasks/" + one + "/outdent"), t.manager(), version(t), null)
        .andExpect(jsonPath("$.result.wbs").value("2"));
    send(
            post(plan(t) + "/tasks/" + phase + "/move"),
            t.manager(),
            version(t),
            Map.of("parentId", two))
        .andExpect(status().isBadRequest());
    long three = task(t, "Three", 1, phase);
    link(t, three, one).andExpect(status().isCreated());
    remove(t, "/tasks/" + phase)
        .andExpect(status().isOk())
        .andExpect(header().exists(HttpHeaders.ETAG));
    assertThat(tasksByName(t, "")).containsOnlyKeys("One");
    assertThat(tasksByName(t, "").get("One").path("wbs").asText()).isEqualTo("1");
    assertThat(read(fetch(plan(t) + "/links", t.manager()))).isEmpty();
  }

  @Test
  void variances_compare_the_plan_with_a_saved_baseline() throws Exception {
    Team t = team(false);
    startOnMonday(t);
    long a = task(t, "Design", 5);
    long b = task(t, "Build", 3);
    link(t, a, b);
    send(put(plan(t) + "/baselines/1"), t.manager(), version(t), Map.of("name", "Approved plan"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.number").value(1))
        .andExpect(jsonPath("$.taskCount").value(2));
    Map<String, Object> longer = Map.of("name", "Design", "durationMinutes", 7 * 480);
    send(put(plan(t) + "/tasks/" + a), t.manager(), version(t), longer).andExpect(status().isOk());

    Map<String, JsonNode> tasks = tasksByName(t, "&baseline=1");
    JsonNode build = tasks.get("Build").path("variance");
    assertThat(build.path("baselineNumber").asInt()).isEqualTo(1);
    assertThat(build.path("startVarianceMinutes").asLong()).isEqualTo(2 * 480);
    assertThat(build.path("finishVarianceMinutes").asLong()).isEqualTo(2 * 480);
    assertThat(build.path("durationVarianceMinutes").asLong()).isZero();
    assertThat(tasks.get("Design").path("variance").path("durationVarianceMinutes").asLong())
        .isEqualTo(2 * 480);
    assertThat(tasksByName(t, "").get("Build").path("variance").isNull()).isTrue();
    getAs(t, "/tasks?baseline=4", t.member()).andExpect(status().isNotFound());
    getAs(t, "/baselines", t.member()).andExpect(jsonPath("$[0].name").value("Approved plan"));
    send(put(plan(t) + "/baselines/11"), t.manager(), version(t), null)
        .andExpect(status().isBadRequest());
  }

  @Test
  void an_impossible_constraint_is_kept_and_reported_as_a_conflict() throws Exception {
    Team t = team(false);
    startOnMonday(t);
    long a = task(t, "Design", 5);
    Map<String, Object> fixed = new HashMap<>();
    fixed.put("name", "Demo");
    fixed.put("durationMinutes", 480);
    fixed.put("constraintType", "START_NO_LATER_THAN");
    fixed.put("constraintDate", "2027-01-06T08:00:00");
    long demo =
        read(send(post(plan(t) + "/tasks"), t.manager(), version(t), fixed)
                .andExpect(status().isCreated())
                .andReturn())
            .path("result")
            .path("id")
            .asLong();
    JsonNode answer = read(link(t, a, demo).andExpect(status().isCreated()).andReturn());
    JsonNode conflict = answer.path("schedule").path("conflicts").get(0);
    assertThat(conflict.path("taskName").asText()).isEqualTo("Demo");
    assertThat(conflict.path("kind").asText()).isEqualTo("CONSTRAINT");
    getAs(t, "", t.member()).andExpect(jsonPath("$.conflicts[0].taskId").value(demo));
    // The constraint wins over the link, so the predecessor shows how late it is.
    assertThat(tasksByName(t, "").get("Design").path("totalFloatMinutes").asLong()).isNegative();
  }
}

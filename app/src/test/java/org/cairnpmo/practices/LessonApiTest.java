package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class LessonApiTest extends PracticesTestSupport {

  private static final String BASE = "/api/v1/practices/lessons";

  @Autowired GateService gates;

  private JsonNode body(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return read(result.andReturn());
  }

  @Test
  void the_people_on_a_project_and_the_pmo_record_its_lessons_and_nobody_else() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    ProjectView project = project(manager, false, member);

    JsonNode lesson = recordLesson(member, project.id(), lessonBody("Late servers " + unique()));
    assertThat(lesson.get("status").asString()).isEqualTo("NEW");
    assertThat(lesson.get("tags").toString()).contains("suppliers").contains("contracts");
    assertThat(lesson.get("projectCode").asString()).isEqualTo(project.code());
    recordLesson(manager, project.id(), lessonBody("Kick-off " + unique()));
    recordLesson(user(Role.PMO), project.id(), lessonBody("PMO view " + unique()));
    recordLesson(user(Role.ADMIN), project.id(), lessonBody("Admin view " + unique()));

    for (UserSummary outsider :
        List.of(user(Role.MEMBER), user(Role.PROJECT_MANAGER), user(Role.EXECUTIVE))) {
      mvc.perform(
              post("/api/v1/projects/" + project.id() + "/lessons")
                  .with(as(outsider))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(lessonBody("Not mine " + unique()))))
          .andExpect(status().isForbidden());
    }
    JsonNode list = read(fetch("/api/v1/projects/" + project.id() + "/lessons", user(Role.MEMBER)));
    assertThat(list.get("totalElements").asLong()).isEqualTo(4);
  }

  @Test
  void a_lesson_of_a_project_you_may_not_see_is_nowhere_for_you() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView secret = project(manager, true);
    String word = "Zebra" + java.util.UUID.randomUUID().toString().replace("-", "");
    JsonNode lesson = recordLesson(manager, secret.id(), lessonBody(word + " secret lesson"));
    long id = lesson.get("id").asLong();
    UserSummary outsider = user(Role.MEMBER);

    mvc.perform(get(BASE + "/" + id).with(as(outsider)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get(BASE + "/987654321").with(as(outsider))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/projects/" + secret.id() + "/lessons").with(as(outsider)))
        .andExpect(status().isNotFound());
    assertThat(read(fetch(BASE + "?q=" + word, outsider)).get("totalElements").asLong()).isZero();
    assertThat(read(fetch(BASE + "/relevant?q=" + word, outsider))).isEmpty();
    mvc.perform(
            put(BASE + "/" + id)
                .with(as(outsider))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(lessonBody("Changed"))))
        .andExpect(status().isNotFound());

    // Those who see the project see the lesson, in lists and suggestions too.
    assertThat(read(fetch(BASE + "?q=" + word, manager)).get("totalElements").asLong())
        .isEqualTo(1);
    assertThat(read(fetch(BASE + "/relevant?q=" + word, user(Role.EXECUTIVE)))).hasSize(1);
    mvc.perform(get(BASE + "/" + id).with(as(user(Role.PMO)))).andExpect(status().isOk());
  }

  @Test
  void the_pmo_wide_list_filters_by_category_phase_tag_department_and_text() throws Exception {
    UserSummary pmo = user(Role.PMO);
    DepartmentSummary department = department();
    ProjectData data = projectData(null, false, List.of());
    ProjectView project =
        projects.register(
            new ProjectData(
                data.code(),
                data.name(),
                data.description(),
                department.id(),
                null,
                null,
                data.category(),
                data.priority(),
                data.status(),
                data.plannedStart(),
                data.plannedFinish(),
                data.budgetAmount(),
                data.budgetCurrency(),
                false,
                List.of(),
                null),
            current(pmo));
    String tag = "tag" + unique().toLowerCase();
    Map<String, Object> one = lessonBody("Filtered " + unique());
    one.put("tags", List.of(tag));
    one.put("phase", "Hypercare");
    one.put("category", "SCHEDULE");
    recordLesson(pmo, project.id(), one);
    recordLesson(pmo, project.id(), lessonBody("Other " + unique()));

    String departmentQuery = BASE + "?departmentId=" + department.id();
    assertThat(read(fetch(departmentQuery, pmo)).get("totalElements").asLong()).isEqualTo(2);
    assertThat(
            read(fetch(departmentQuery + "&category=SCHEDULE", pmo)).get("totalElements").asLong())
        .isEqualTo(1);
    assertThat(read(fetch(departmentQuery + "&phase=hypercare", pmo)).get("totalElements").asLong())
        .isEqualTo(1);
    assertThat(read(fetch(BASE + "?tag=" + tag, pmo)).get("totalElements").asLong()).isEqualTo(1);
    assertThat(read(fetch(departmentQuery + "&q=PENALTY", pmo)).get("totalElements").asLong())
        .isEqualTo(2);
    assertThat(read(fetch(departmentQuery + "&q=100%25", pmo)).get("totalElements").asLong())
        .isZero();
    mvc.perform(get(BASE + "?size=500").with(as(pmo))).andExpect(status().isBadRequest());
    mvc.perform(get(BASE + "?category=NOPE").with(as(pmo))).andExpect(status().isBadRequest());
  }

  @Test
  void the_phase_is_one_of_the_projects_lifecycle_where_it_has_one() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    LifecycleView lifecycle = lifecycle();
    gates.place(
        new PlacementData(project.id(), RiskLevel.LOW, tier(lifecycle).id(), lifecycle.id()),
        current(user(Role.PMO)));
    Map<String, Object> wrong = lessonBody("Wrong phase " + unique());
    wrong.put("phase", "Hypercare");
    mvc.perform(
            post("/api/v1/projects/" + project.id() + "/lessons")
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(wrong)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("phase"));
    Map<String, Object> right = lessonBody("Right phase " + unique());
    right.put("phase", "Delivery");
    assertThat(recordLesson(manager, project.id(), right).get("phase").asString())
        .isEqualTo("Delivery");
  }

  @Test
  void bad_input_answers_400_never_500() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    for (Map.Entry<String, Object> bad :
        Map.<String, Object>of(
                "title", " ",
                "whatHappened", "x".repeat(4001),
                "recommendation", "Ring\u0007ring",
                "category", "WEATHER")
            .entrySet()) {
      Map<String, Object> body = lessonBody("Bad " + unique());
      body.put(bad.getKey(), bad.getValue());
      mvc.perform(
              post("/api/v1/projects/" + project.id() + "/lessons")
                  .with(as(manager))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(body)))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
  }

  @Test
  void only_the_pmo_curates_and_a_merged_duplicate_points_to_its_survivor() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    JsonNode survivor = recordLesson(manager, project.id(), lessonBody("Survivor " + unique()));
    JsonNode duplicate = recordLesson(manager, project.id(), lessonBody("Duplicate " + unique()));
    long s = survivor.get("id").asLong();
    long d = duplicate.get("id").asLong();

    for (UserSummary notPmo : List.of(manager, user(Role.EXECUTIVE), user(Role.MEMBER))) {
      for (String action : List.of("/review", "/adoption")) {
        mvc.perform(post(BASE + "/" + s + action).with(as(notPmo)).header("If-Match", "\"0\""))
            .andExpect(status().isForbidden());
      }
      mvc.perform(
              post(BASE + "/" + d + "/merge")
                  .with(as(notPmo))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(Map.of("survivorId", s, "version", 0))))
          .andExpect(status().isForbidden());
    }

    UserSummary pmo = user(Role.PMO);
    JsonNode reviewed =
        body(
            mvc.perform(post(BASE + "/" + s + "/review").with(as(pmo)).header("If-Match", "\"0\""))
                .andExpect(status().isOk()));
    assertThat(reviewed.get("status").asString()).isEqualTo("REVIEWED");
    mvc.perform(post(BASE + "/" + s + "/review").with(as(pmo)).header("If-Match", "\"1\""))
        .andExpect(status().isConflict());
    mvc.perform(post(BASE + "/" + s + "/adoption").with(as(pmo)).header("If-Match", "\"0\""))
        .andExpect(status().isConflict()); // stale
    JsonNode adopted =
        body(
            mvc.perform(
                    post(BASE + "/" + s + "/adoption").with(as(pmo)).header("If-Match", "\"1\""))
                .andExpect(status().isOk()));
    assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");

    mvc.perform(
            post(BASE + "/" + d + "/merge")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("survivorId", d, "version", 0))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("survivorId"));
    mvc.perform(
            post(BASE + "/" + d + "/merge")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("survivorId", 987654321, "version", 0))))
        .andExpect(status().isBadRequest());
    JsonNode merged =
        body(
            mvc.perform(
                    post(BASE + "/" + d + "/merge")
                        .with(as(pmo))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(Map.of("survivorId", s, "version", 0))))
                .andExpect(status().isOk()));
    assertThat(merged.get("status").asString()).isEqualTo("MERGED");
    assertThat(merged.get("mergedIntoId").asLong()).isEqualTo(s);

    // Nothing merges into a merged lesson; a merged lesson changes no more.
    JsonNode third = recordLesson(manager, project.id(), lessonBody("Third " + unique()));
    mvc.perform(
            post(BASE + "/" + third.get("id").asLong() + "/merge")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("survivorId", d, "version", 0))))
        .andExpect(status().isBadRequest());
    Map<String, Object> edit = lessonBody("Edited");
    edit.put("version", merged.get("version").asLong());
    mvc.perform(
            put(BASE + "/" + d)
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(edit)))
        .andExpect(status().isConflict());

    // Merged lessons leave the lists unless asked for.
    JsonNode list = read(fetch("/api/v1/projects/" + project.id() + "/lessons", manager));
    assertThat(list.get("totalElements").asLong()).isEqualTo(2);
    JsonNode mergedList =
        read(fetch("/api/v1/projects/" + project.id() + "/lessons?status=MERGED", manager));
    assertThat(mergedList.get("totalElements").asLong()).isEqualTo(1);
  }

  @Test
  void whoever_recorded_a_lesson_its_manager_and_the_pmo_change_it() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    UserSummary colleague = user(Role.MEMBER);
    ProjectView project =
        projects.register(
            projectData(
                manager.id(),
                false,
                List.of(
                    new ProjectData.Member(member.id(), MembershipRole.TEAM_MEMBER),
                    new ProjectData.Member(colleague.id(), MembershipRole.TEAM_MEMBER))),
            current(user(Role.PMO)));
    JsonNode lesson = recordLesson(member, project.id(), lessonBody("Mine " + unique()));
    long id = lesson.get("id").asLong();
    Map<String, Object> edit = lessonBody("Changed " + unique());
    mvc.perform(
            put(BASE + "/" + id)
                .with(as(colleague))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(edit)))
        .andExpect(status().isForbidden());
    long version = 0;
    for (UserSummary editor : List.of(member, manager, user(Role.PMO))) {
      JsonNode changed =
          body(
              mvc.perform(
                      put(BASE + "/" + id)
                          .with(as(editor))
                          .header("If-Match", "\"" + version + "\"")
                          .contentType(MediaType.APPLICATION_JSON)
                          .content(write(edit)))
                  .andExpect(status().isOk()));
      version = changed.get("version").asLong();
    }
    mvc.perform(
            put(BASE + "/" + id)
                .with(as(manager))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(edit)))
        .andExpect(status().isConflict());
  }

  @Test
  void the_lessons_that_matter_come_first_and_never_from_the_project_itself() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProjectView here = project(null, false);
    ProjectView there = project(null, false);
    String word = "Quokka" + java.util.UUID.randomUUID().toString().replace("-", "");
    Map<String, Object> match = lessonBody(word + " migration weekend overran");
    match.put("category", "TECHNICAL");
    JsonNode best = recordLesson(pmo, there.id(), match);
    recordLesson(pmo, here.id(), lessonBody(word + " on this very project"));
    JsonNode found =
        read(
            fetch(
                BASE
                    + "/relevant?q="
                    + word
                    + "+migration&category=TECHNICAL&excludeProjectId="
                    + here.id(),
                pmo));
    assertThat(found.get(0).get("lessonId").asLong()).isEqualTo(best.get("id").asLong());
    for (JsonNode s : found) {
      assertThat(s.get("projectId").asLong()).isNotEqualTo(here.id());
    }
  }
}

package org.cairnpmo.resources.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Leveling across projects through the API: a person two plans want at once, the later project
 * waits; applying moves the plans' dates, all or none; who may; projects the caller may not see;
 * bad input.
 */
class LevelingApiTest extends ApiTestSupport {

  private static final String PREVIEWS = "/api/v1/resources/leveling/previews";
  private static final String APPLICATIONS = "/api/v1/resources/leveling/applications";

  @Autowired PlanningApi planning;

  private CurrentUser office;

  /** One PMO user for the fixtures of a test. */
  private CurrentUser office() {
    if (office == null) {
      office = pmo();
    }
    return office;
  }

  /** Two projects (the first more important) that want {@code shared} in the same week. */
  private record Clash(ProjectView first, ProjectView second, UserSummary shared) {}

  private Clash clash() {
    UserSummary shared = user(Role.MEMBER);
    return new Clash(
        planned(shared, Priority.HIGH, false), planned(shared, Priority.LOW, false), shared);
  }

  private ProjectView planned(UserSummary shared, Priority priority, boolean confidential) {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project =
        projects.register(
            LevelingFixtures.project("LV-" + unique(), manager.id(), priority, confidential),
            office());
    planning.replacePlan(project.id(), LevelingFixtures.plan(shared.id()), 0, office());
    return project;
  }

  private static Map<String, Object> limit(ProjectView project, Object movable, Object days) {
    Map<String, Object> limit = new LinkedHashMap<>();
    limit.put("projectId", project.id());
    limit.put("movable", movable);
    limit.put("maxDelayDays", days);
    return limit;
  }

  private ResultActions preview(UserSummary who, Object body) throws Exception {
    return mvc.perform(
        post(PREVIEWS)
            .with(as(who))
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON)
            .content(write(body)));
  }

  private ResultActions apply(UserSummary who, String body) throws Exception {
    return mvc.perform(
        post(APPLICATIONS)
            .with(as(who))
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private TaskView task(ProjectView project, String name) {
    return planning.allTasks(project.id(), null, office()).stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private long version(ProjectView project) {
    return planning.plan(project.id(), office()).version();
  }

  @Test
  void the_later_project_waits_for_the_shared_person_and_applying_moves_its_plan()
      throws Exception {
    Clash c = clash();
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    long firstVersion = version(c.first());
    JsonNode preview =
        read(
            preview(
                    rm,
                    Map.of(
                        "projects",
                        List.of(limit(c.first(), true, 10), limit(c.second(), true, 10))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people[0].userId").value(c.shared().id()))
                .andExpect(jsonPath("$.people[0].capacity").value(1))
                .andExpect(jsonPath("$.clashesBefore.length()").value(1))
                .andExpect(jsonPath("$.clashesBefore[0].load").value(2))
                .andExpect(jsonPath("$.clashesAfter.length()").value(0))
                .andExpect(jsonPath("$.projects[0].code").value(c.first().code()))
                .andExpect(jsonPath("$.projects[0].moves.length()").value(0))
                .andExpect(jsonPath("$.projects[0].finishDelayDays").value(0))
                .andExpect(jsonPath("$.projects[1].finishBefore").value("2031-03-07T17:00:00"))
                .andExpect(jsonPath("$.projects[1].finishAfter").value("2031-03-14T17:00:00"))
                .andExpect(jsonPath("$.projects[1].finishDelayDays").value(5))
                .andExpect(jsonPath("$.projects[1].moves.length()").value(2))
                .andExpect(jsonPath("$.projects[1].moves[0].name").value("Build"))
                .andExpect(
                    jsonPath("$.projects[1].moves[0].startAfter").value("2031-03-10T08:00:00"))
                .andExpect(jsonPath("$.projects[1].slippedMilestones[0].name").value("Done"))
                .andExpect(jsonPath("$.change.plans.length()").value(1))
                .andReturn());
    assertThat(task(c.second(), "Build").start()).isEqualTo(LevelingFixtures.START);

    JsonNode applied =
        read(apply(rm, preview.get("change").toString()).andExpect(status().isOk()).andReturn());
    assertThat(applied.get(0).get("code").asText()).isEqualTo(c.second().code());
    assertThat(task(c.second(), "Build").start()).isEqualTo(LevelingFixtures.START.plusDays(7));
    assertThat(task(c.second(), "Done").finish()).isEqualTo(LocalDateTime.of(2031, 3, 14, 17, 0));
    assertThat(task(c.first(), "Build").start()).isEqualTo(LevelingFixtures.START);
    assertThat(version(c.first())).isEqualTo(firstVersion);

    preview(
            rm,
            Map.of("projects", List.of(limit(c.first(), true, 10), limit(c.second(), true, 10))))
        .andExpect(jsonPath("$.clashesBefore.length()").value(0))
        .andExpect(jsonPath("$.change.plans.length()").value(0));
  }

  @Test
  void the_order_limits_and_frozen_projects_decide_who_moves() throws Exception {
    Clash c = clash();
    UserSummary admin = user(Role.ADMIN);
    preview(
            admin,
            Map.of("projects", List.of(limit(c.second(), true, 10), limit(c.first(), true, 10))))
        .andExpect(jsonPath("$.projects[0].moves.length()").value(0))
        .andExpect(jsonPath("$.projects[1].code").value(c.first().code()))
        .andExpect(jsonPath("$.projects[1].moves.length()").value(2));
    preview(
            admin,
            Map.of("projects", List.of(limit(c.first(), true, 10), limit(c.second(), false, 10))))
        .andExpect(jsonPath("$.projects[0].moves.length()").value(2))
        .andExpect(jsonPath("$.projects[1].movable").value(false))
        .andExpect(jsonPath("$.projects[1].moves.length()").value(0));
    preview(
            admin,
            Map.of("projects", List.of(limit(c.first(), true, 2), limit(c.second(), true, 2))))
        .andExpect(jsonPath("$.clashesAfter.length()").value(1))
        .andExpect(jsonPath("$.projects[1].heldByLimit.length()").value(2))
        .andExpect(jsonPath("$.change.plans.length()").value(0));
    preview(
            admin,
            Map.of(
                "projects",
                List.of(limit(c.first(), true, 10), limit(c.second(), true, 10)),
                "from",
                LevelingFixtures.MONDAY.plusDays(1).toString()))
        .andExpect(jsonPath("$.clashesAfter.length()").value(1))
        .andExpect(jsonPath("$.change.plans.length()").value(0));
  }

  @Test
  void a_plan_changed_since_the_preview_is_reported_and_nothing_is_written() throws Exception {
    Clash c = clash();
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    long first = version(c.first());
    long second = version(c.second());
    planning.addTask(
        c.second().id(), TaskData.named("Late addition", 480L), null, second, office());
    long firstBuild = task(c.first(), "Build").id();
    long secondBuild = task(c.second(), "Build").id();
    String change =
        write(
            Map.of(
                "plans",
                List.of(
                    Map.of(
                        "projectId", c.first().id(),
                        "version", first,
                        "starts", Map.of(firstBuild, "2031-03-10T08:00:00")),
                    Map.of(
                        "projectId", c.second().id(),
                        "version", second,
                        "starts", Map.of(secondBuild, "2031-03-10T08:00:00")))));

    apply(rm, change)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/plans-changed")))
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(c.second().code())))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(c.first().code()))));
    assertThat(version(c.first())).isEqualTo(first);
    assertThat(task(c.first(), "Build").start()).isEqualTo(LevelingFixtures.START);

    // A refused move in the second plan takes back the first plan's, already written.
    String backwards =
        write(
            Map.of(
                "plans",
                List.of(
                    Map.of(
                        "projectId", c.first().id(),
                        "version", first,
                        "starts", Map.of(firstBuild, "2031-03-10T08:00:00")),
                    Map.of(
                        "projectId", c.second().id(),
                        "version", version(c.second()),
                        "starts", Map.of(secondBuild, "2031-02-24T08:00:00")))));
    apply(rm, backwards)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString("only delays")));
    assertThat(version(c.first())).isEqualTo(first);
    assertThat(task(c.first(), "Build").start()).isEqualTo(LevelingFixtures.START);
  }

  @Test
  void only_resource_managers_the_pmo_and_administrators_level() throws Exception {
    Clash c = clash();
    Object body =
        Map.of("projects", List.of(limit(c.first(), true, 10), limit(c.second(), true, 10)));
    for (Role role : List.of(Role.MEMBER, Role.PROJECT_MANAGER, Role.EXECUTIVE)) {
      preview(user(role), body)
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
      apply(
              user(role),
              "{\"plans\":[{\"projectId\":"
                  + c.first().id()
                  + ",\"version\":1,\"starts\":{\"1\":\"2031-03-10T08:00:00\"}}]}")
          .andExpect(status().isForbidden());
    }
    preview(user(Role.PMO), body).andExpect(status().isOk());
  }

  @Test
  void a_project_the_caller_may_not_see_is_answered_like_one_that_does_not_exist()
      throws Exception {
    UserSummary shared = user(Role.MEMBER);
    ProjectView open = planned(shared, Priority.HIGH, false);
    ProjectView other = planned(shared, Priority.MEDIUM, false);
    ProjectView hidden = planned(shared, Priority.LOW, true);
    UserSummary rm = user(Role.RESOURCE_MANAGER);

    JsonNode unknown =
        read(
            preview(
                    rm,
                    Map.of(
                        "projects", List.of(limit(open, true, 5), Map.of("projectId", 987654321L))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("projects[1].projectId"))
                .andReturn());
    JsonNode secret =
        read(
            preview(rm, Map.of("projects", List.of(limit(open, true, 5), limit(hidden, true, 5))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("projects[1].projectId"))
                .andReturn());
    assertThat(secret.get("errors").get(0).get("message").asText())
        .isEqualTo(
            unknown
                .get("errors")
                .get(0)
                .get("message")
                .asText()
                .replace("987654321", Long.toString(hidden.id())));

    // The hidden plan's load of the shared person is not counted, nor its project named.
    preview(rm, Map.of("projects", List.of(limit(open, true, 5), limit(other, true, 5))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.people[0].projects.length()").value(2))
        .andExpect(jsonPath("$.clashesBefore[0].load").value(2))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(hidden.code()))));
    apply(
            rm,
            "{\"plans\":[{\"projectId\":"
                + hidden.id()
                + ",\"version\":1,\"starts\":{\"1\":\"2031-03-10T08:00:00\"}}]}")
        .andExpect(status().isNotFound());
  }

  @Test
  void bad_limits_are_problems_by_field() throws Exception {
    Clash c = clash();
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    preview(rm, Map.of("projects", List.of(limit(c.first(), true, 5))))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("projects"));
    preview(
            rm,
            Map.of("projects", List.of(limit(c.first(), true, 5), limit(c.second(), true, 999))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("projects[1].maxDelayDays"));
    preview(rm, Map.of("projects", List.of(limit(c.first(), true, 5), limit(c.first(), true, -1))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(2));
    preview(
            rm,
            Map.of(
                "projects",
                List.of(limit(c.first(), true, 5), limit(c.second(), true, 5)),
                "from",
                "2031-03-10",
                "to",
                "2031-03-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    preview(
            rm,
            Map.of(
                "projects",
                List.of(limit(c.first(), true, 5), limit(c.second(), true, 5)),
                "from",
                "soon"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    apply(rm, "{\"plans\":[]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("plans"));
  }
}

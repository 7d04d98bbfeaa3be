package org.cairnpmo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

class PlanSetupApiTest extends PlanningTestSupport {

  @Test
  void a_plan_calendar_with_a_holiday_moves_the_tasks_on_it_and_cannot_go_while_in_use()
      throws Exception {
    Team t = team(false);
    startOnMonday(t);
    task(t, "Survey", 5);
    Map<String, Object> calendar = new HashMap<>();
    calendar.put("name", "Site calendar");
    calendar.put(
        "exceptions",
        List.of(Map.of("name", "Site closed", "firstDay", "2027-01-05", "lastDay", "2027-01-05")));
    long calendarId =
        read(send(post(plan(t) + "/calendars"), t.manager(), version(t), calendar)
                .andExpect(status().isCreated())
                .andReturn())
            .path("result")
            .path("id")
            .asLong();
    Map<String, Object> settings = Map.of("start", MONDAY.toString(), "calendarId", calendarId);
    send(put(plan(t)), t.manager(), version(t), settings)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.schedule.moved[0].name").value("Survey"))
        .andExpect(jsonPath("$.result.calendarId").value(calendarId));
    assertThat(at(tasksByName(t, "").get("Survey"), "finish"))
        .isEqualTo(LocalDateTime.of(2027, 1, 11, 17, 0));
    remove(t, "/calendars/" + calendarId).andExpect(status().isConflict());
    getAs(t, "/calendars", t.member())
        .andExpect(jsonPath("$[0].organizationDefault").value(true))
        .andExpect(jsonPath("$[0].week[0].hours[0].from").value("08:00:00"))
        .andExpect(jsonPath("$[1].name").value("Site calendar"));

    Map<String, Object> overlapping = new HashMap<>();
    overlapping.put("name", "Broken");
    overlapping.put(
        "week",
        List.of(
            Map.of(
                "day",
                "MONDAY",
                "hours",
                List.of(
                    Map.of("from", "08:00", "to", "12:00"),
                    Map.of("from", "11:00", "to", "15:00")))));
    send(post(plan(t) + "/calendars"), t.manager(), version(t), overlapping)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("week[0].hours"));
  }

  @Test
  void resources_and_requirements_belong_to_the_plan() throws Exception {
    Team t = team(false);
    long survey = task(t, "Survey", 5);
    Map<String, Object> crane =
        Map.of("name", "Crane", "kind", "EQUIPMENT", "maxUnits", 1, "costRate", 150);
    long craneId =
        read(send(post(plan(t) + "/resources"), t.manager(), version(t), crane)
                .andExpect(status().isCreated())
                .andReturn())
            .path("result")
            .path("id")
            .asLong();
    send(post(plan(t) + "/resources"), t.manager(), version(t), crane)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    Map<String, Object> need = Map.of("taskId", survey, "resourceId", craneId, "units", 0.5);
    send(post(plan(t) + "/requirements"), t.manager(), version(t), need)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.result.resourceName").value("Crane"));
    send(post(plan(t) + "/requirements"), t.manager(), version(t), need)
        .andExpect(status().isBadRequest());
    send(put(plan(t) + "/baselines/0"), t.manager(), version(t), null).andExpect(status().isOk());
    JsonNode kept = read(fetch(plan(t) + "/baselines/0/tasks", t.member())).get(0);
    assertThat(kept.path("workMinutes").asLong()).isEqualTo(5 * 480 / 2);
    assertThat(kept.path("cost").decimalValue()).isEqualByComparingTo("3000.00");
    remove(t, "/resources/" + craneId).andExpect(status().isOk());
    assertThat(read(fetch(plan(t) + "/requirements", t.manager()))).isEmpty();
    Team other = team(false);
    Map<String, Object> foreign = Map.of("taskId", survey, "resourceId", craneId, "units", 1);
    send(post(plan(other) + "/requirements"), other.manager(), version(other), foreign)
        .andExpect(status().isBadRequest());
  }

  @Test
  void progress_at_a_status_date_reschedules_the_rest_from_it() throws Exception {
    Team t = team(false);
    startOnMonday(t);
    long design = task(t, "Design", 5);
    long build = task(t, "Build", 5);
    link(t, design, build);
    Map<String, Object> done = new HashMap<>();
    done.put("taskId", design);
    done.put("percentComplete", 100);
    done.put("actualStart", MONDAY.toString());
    done.put("actualFinish", "2027-01-12T17:00:00");
    Map<String, Object> update =
        Map.of("statusDate", "2027-01-13T17:00:00", "tasks", List.of(done));
    send(post(plan(t) + "/progress"), t.manager(), version(t), update)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result.statusDate").value("2027-01-13T17:00:00"));
    Map<String, JsonNode> tasks = tasksByName(t, "");
    assertThat(tasks.get("Design").path("percentComplete").asDouble()).isEqualTo(100);
    // Build waited for Design and then for the status date.
    assertThat(at(tasks.get("Build"), "start")).isEqualTo(LocalDateTime.of(2027, 1, 14, 8, 0));
    Map<String, Object> backwards = new HashMap<>(done);
    backwards.put("actualFinish", "2027-01-01T17:00:00");
    send(
            post(plan(t) + "/progress"),
            t.manager(),
            version(t),
            Map.of("statusDate", "2027-01-13T17:00:00", "tasks", List.of(backwards)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("tasks[0].actualFinish"));
  }

  @Test
  void a_key_milestone_linked_to_a_plan_milestone_follows_the_schedule() throws Exception {
    Team t = team(false);
    startOnMonday(t);
    long milestoneId =
        read(mvc.perform(
                    post("/api/v1/projects/" + t.id() + "/milestones")
                        .with(as(t.manager()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(Map.of("name", "Go-live", "baselineDate", "2027-02-01"))))
                .andExpect(status().isCreated())
                .andReturn())
            .path("id")
            .asLong();
    long build = task(t, "Build", 10);
    Map<String, Object> golive = new HashMap<>();
    golive.put("name", "Go-live");
    golive.put("kind", "MILESTONE");
    golive.put("keyMilestoneId", milestoneId);
    long goLive =
        read(send(post(plan(t) + "/tasks"), t.manager(), version(t), golive)
                .andExpect(status().isCreated())
                .andReturn())
            .path("result")
            .path("id")
            .asLong();
    link(t, build, goLive).andExpect(status().isCreated());
    assertThat(forecast(t, milestoneId)).isEqualTo(LocalDate.of(2027, 1, 15));
    send(
            put(plan(t) + "/tasks/" + build),
            t.manager(),
            version(t),
            Map.of("name", "Build", "durationMinutes", 15 * 480))
        .andExpect(status().isOk());
    assertThat(forecast(t, milestoneId)).isEqualTo(LocalDate.of(2027, 1, 22));
    golive.put("keyMilestoneId", 987654321L);
    send(put(plan(t) + "/tasks/" + goLive), t.manager(), version(t), golive)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("keyMilestoneId"));
  }

  @Test
  void every_change_is_for_the_manager_and_the_pmo_and_a_hidden_plan_is_not_found()
      throws Exception {
    Team t = team(true);
    long task = task(t, "Secret task", 1);
    long other = task(t, "Other task", 1);
    long v = version(t);
    Map<String, Object> taskBody = Map.of("name", "x");
    Map<String, Object> linkBody = Map.of("predecessorId", task, "successorId", other);
    Map<String, Object> calendarBody = Map.of("name", "Cal");
    Map<String, Object> resourceBody = Map.of("name", "R", "kind", "ROLE", "maxUnits", 1);
    Map<String, Object> progress = Map.of("statusDate", "2027-01-13T17:00:00");
    List<String> writes =
        List.of(
            "PUT ",
            "POST /schedule",
            "POST /progress",
            "POST /tasks",
            "PUT /tasks/" + task,
            "POST /tasks/" + other + "/indent",
            "POST /tasks/" + task + "/outdent",
            "POST /tasks/" + task + "/move",
            "DELETE /tasks/" + task,
            "POST /links",
            "DELETE /links/1",
            "POST /calendars",
            "DELETE /calendars/1",
            "POST /resources",
            "DELETE /resources/1",
            "POST /requirements",
            "DELETE /requirements/1",
            "PUT /baselines/1",
            "DELETE /baselines/1");
    List<Object> bodies =
        java.util.Arrays.asList(
            Map.of("start", MONDAY.toString()),
            null,
            progress,
            taskBody,
            taskBody,
            null,
            null,
            Map.of("position", 0),
            null,
            linkBody,
            null,
            calendarBody,
            null,
            resourceBody,
            null,
            Map.of("taskId", task, "resourceId", 1, "units", 1),
            null,
            Map.of("name", "B"),
            null);
    for (int i = 0; i < writes.size(); i++) {
      String[] route = writes.get(i).split(" ", 2);
      for (UserSummary who : List.of(t.member(), t.sponsor(), t.executive())) {
        send(request(t, route), who, v, bodies.get(i)).andExpect(status().isForbidden());
      }
      send(request(t, route), t.outsider(), v, bodies.get(i)).andExpect(status().isNotFound());
    }
    for (String read :
        List.of(
            "/tasks?baseline=0",
            "/requirements",
            "/resources",
            "/calendars/1",
            "/baselines/0/tasks")) {
      getAs(t, read, t.outsider()).andExpect(status().isNotFound());
    }
    getAs(t, "/resources", t.executive()).andExpect(status().isOk());
    assertThat(version(t)).isEqualTo(v);
  }

  private static MockHttpServletRequestBuilder request(Team t, String[] route) {
    return MockMvcRequestBuilders.request(HttpMethod.valueOf(route[0]), plan(t) + route[1]);
  }

  private LocalDate forecast(Team t, long milestoneId) throws Exception {
    return LocalDate.parse(
        read(fetch("/api/v1/projects/" + t.id() + "/milestones/" + milestoneId, t.member()))
            .path("forecastDate")
            .asText());
  }

  @Test
  void the_api_description_names_each_kind_of_plan_entry_with_its_own_operations()
      throws Exception {
    ResultActions docs =
        mvc.perform(get("/v3/api-docs").with(as(user(Role.MEMBER)))).andExpect(status().isOk());
    String paths = "$.paths['/api/v1/projects/{projectId}/plan/";
    String setup = "Plan calendars and resources";
    for (List<String> kind :
        List.of(
            List.of("calendars", "PlanCalendar", "Calendar", setup),
            List.of("resources", "PlanResource", "Resource", setup),
            List.of("requirements", "PlanRequirement", "Requirement", setup),
            List.of("links", "PlanLink", "Link", "Plan tasks and links"))) {
      String list = paths + kind.get(0) + "']";
      String one = paths + kind.get(0) + "/{id}']";
      String name = kind.get(1);
      docs.andExpect(jsonPath(list + ".get.operationId").value("list" + name + "s"))
          .andExpect(jsonPath(list + ".get.tags[0]").value(kind.get(3)))
          .andExpect(jsonPath(list + ".post.operationId").value("add" + name))
          .andExpect(
              jsonPath(list + ".post.requestBody.content['application/json'].schema['$ref']")
                  .value(endsWith("/" + kind.get(2) + "Data")))
          .andExpect(jsonPath(one + ".put.operationId").value("update" + name))
          .andExpect(jsonPath(one + ".delete.operationId").value("delete" + name))
          .andExpect(jsonPath(one + ".delete.summary").isNotEmpty());
    }
    docs.andExpect(jsonPath(paths + "calendars/{id}'].get.operationId").value("getPlanCalendar"))
        .andExpect(
            jsonPath(paths + "links'].post.description").value(containsString("closes a circle")));
  }
}

package org.cairnpmo.resources.timesheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.budgets.domain.ActualView;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.Absence;
import org.cairnpmo.resources.NoticeView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.PersonView;
import org.cairnpmo.resources.domain.Notices;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Timesheets through the API: a week saved, submitted and approved by the project's manager (then
 * locked, its labour cost booked once in the project's actual costs), bad input, and who sees and
 * decides what.
 */
class TimesheetApiTest extends ApiTestSupport {

  static final LocalDate WEEK = LocalDate.of(2027, 3, 1);

  @Autowired PoolService pool;
  @Autowired RequestService requests;
  @Autowired BudgetService budgets;
  @Autowired Notices notices;

  UserSummary rm;
  UserSummary manager;
  UserSummary worker;
  ProjectView project;
  long personId;
  long requestId;

  @BeforeEach
  void staff() {
    rm = user(Role.RESOURCE_MANAGER);
    manager = user(Role.PROJECT_MANAGER);
    worker = user(Role.MEMBER);
    project = project(manager, false);
    Staffing staffing = new Staffing(pool, requests);
    personId = staffing.person(worker, current(rm));
    requestId = staffing.approvedRequest(project, personId, current(manager), current(rm));
  }

  static List<BigDecimal> hours(String... days) {
    List<BigDecimal> list = new ArrayList<>();
    for (String d : days) {
      list.add(new BigDecimal(d));
    }
    return list;
  }

  static Map<String, Object> requestLine(long requestId, String... days) {
    Map<String, Object> line = new HashMap<>();
    line.put("requestId", requestId);
    line.put("hours", hours(days));
    return line;
  }

  static Map<String, Object> activityLine(long projectId, String activity, String... days) {
    Map<String, Object> line = new HashMap<>();
    line.put("projectId", projectId);
    line.put("activity", activity);
    line.put("hours", hours(days));
    return line;
  }

  ResultActions save(LocalDate week, long version, List<?> lines, UserSummary who)
      throws Exception {
    return mvc.perform(
        put("/api/v1/timesheets/mine/" + week)
            .with(as(who))
            .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(Map.of("lines", lines))));
  }

  ResultActions step(long id, String step, long version, Object body, UserSummary who)
      throws Exception {
    return mvc.perform(
        post("/api/v1/timesheets/" + id + "/" + step)
            .with(as(who))
            .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(body == null ? Map.of() : body)));
  }

  long submitted(LocalDate week, List<?> lines) throws Exception {
    long id =
        read(save(week, 0, lines, worker).andExpect(status().isOk()).andReturn())
            .get("id")
            .asLong();
    step(id, "submit", 0, null, worker).andExpect(status().isOk());
    return id;
  }

  @Test
  void a_week_is_saved_submitted_approved_locked_and_its_labour_cost_booked() throws Exception {
    mvc.perform(get("/api/v1/timesheets/mine/" + WEEK).with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
        .andExpect(jsonPath("$.id").doesNotExist())
        .andExpect(jsonPath("$.status").value("DRAFT"));
    mvc.perform(get("/api/v1/timesheets/mine/targets").with(as(worker)))
        .andExpect(jsonPath("$[?(@.key == 'R" + requestId + "')]").exists())
        .andExpect(jsonPath("$[?(@.key == 'P" + project.id() + "')]").exists());

    long id =
        read(save(
                    WEEK,
                    0,
                    List.of(
                        requestLine(requestId, "8", "8", "6", "8", "4"),
                        activityLine(project.id(), "Workshop", "0", "0", "2")),
                    worker)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(36))
                .andExpect(jsonPath("$.dayTotals[2]").value(8))
                .andExpect(jsonPath("$.labourCost").doesNotExist())
                .andReturn())
            .get("id")
            .asLong();
    save(WEEK, 0, List.of(requestLine(requestId, "1")), worker).andExpect(status().isOk());
    save(WEEK, 0, List.of(requestLine(requestId, "1")), worker)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    save(
            WEEK,
            1,
            List.of(
                requestLine(requestId, "8", "8", "6", "8", "4"),
                activityLine(project.id(), "Workshop", "0", "0", "2")),
            worker)
        .andExpect(status().isOk());

    step(id, "submit", 2, null, worker)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
    save(WEEK, 3, List.of(requestLine(requestId, "1")), worker)
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/timesheet-submitted")));

    mvc.perform(get("/api/v1/timesheets/queue").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").exists());
    step(id, "approve", 3, null, worker).andExpect(status().isForbidden());
    step(id, "approve", 2, null, manager).andExpect(status().isConflict());
    step(id, "approve", 3, null, manager)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.decidedBy").value(manager.displayName()))
        .andExpect(jsonPath("$.labourCost").doesNotExist());

    save(WEEK, 4, List.of(requestLine(requestId, "1")), worker)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/timesheet-locked")))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("locked")));
    step(id, "return", 4, Map.of("reason", "Too late"), rm)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/timesheet-locked")));
    mvc.perform(get("/api/v1/timesheets/" + id).with(as(rm)))
        .andExpect(jsonPath("$.labourCost").value(2880.0));

    // 36 hours at 80 an hour, booked once on the project in March 2027.
    List<ActualView> booked = waitForActuals(project.id(), 1);
    assertThat(booked).hasSize(1);
    assertThat(booked.get(0).amount()).isEqualByComparingTo("2880.00");
    assertThat(booked.get(0).period()).isEqualTo("2027-03");
    assertThat(booked.get(0).category().name()).isEqualTo("LABOUR");
  }

  private List<ActualView> waitForActuals(long projectId, int count) throws InterruptedException {
    List<ActualView> found = List.of();
    for (int i = 0; i < 100 && found.size() < count; i++) {
      Thread.sleep(100);
      found = budgets.actuals(projectId, 0, 50, current(manager)).getContent();
    }
    return found;
  }

  @Test
  void a_week_over_two_months_books_its_cost_in_each() throws Exception {
    LocalDate week = LocalDate.of(2027, 3, 29);
    long id = submitted(week, List.of(requestLine(requestId, "8", "8", "8", "8", "8")));
    step(id, "approve", 1, null, rm).andExpect(status().isOk());
    List<ActualView> booked = waitForActuals(project.id(), 2);
    assertThat(booked)
        .extracting(ActualView::period, a -> a.amount().stripTrailingZeros().toPlainString())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("2027-03", "1920"),
            org.assertj.core.groups.Tuple.tuple("2027-04", "1280"));
  }

  @Test
  void bad_weeks_are_refused_with_a_clear_message() throws Exception {
    save(WEEK, 0, List.of(requestLine(requestId, "8", "-1")), worker)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("cannot be negative")));
    save(
            WEEK,
            0,
            List.of(requestLine(requestId, "16"), activityLine(project.id(), "Night shift", "9")),
            worker)
        .andExpect(status().isBadRequest())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("More than 24 hours on Monday")));
    save(WEEK, 0, List.of(requestLine(requestId, "25")), worker).andExpect(status().isBadRequest());
    save(WEEK.plusDays(1), 0, List.of(requestLine(requestId, "1")), worker)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("starts on a Monday")));
    save(WEEK, 0, List.of(requestLine(999_999_999L, "1")), worker)
        .andExpect(status().isBadRequest())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("not an approved request")));
    ProjectView other = project(manager, false);
    save(WEEK, 0, List.of(activityLine(other.id(), "Help", "1")), worker)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("do not work on")));
    save(WEEK, 0, List.of(activityLine(project.id(), "Bad\u0007text", "1")), worker)
        .andExpect(status().isBadRequest());
    save(WEEK, 0, List.of(activityLine(project.id(), " ", "1")), worker)
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/timesheets/mine/2027-02-30").with(as(worker)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/timesheets?page=-1").with(as(worker)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/timesheets?status=LATE").with(as(worker)))
        .andExpect(status().isBadRequest());
    long id = submitted(WEEK, List.of(requestLine(requestId, "4")));
    step(id, "return", 1, Map.of("reason", " "), manager).andExpect(status().isBadRequest());
  }

  @Test
  void a_closed_project_takes_no_hours_of_a_week_after_it_closed() throws Exception {
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                    "/api/v1/projects/" + project.id())
                .with(as(manager))
                .header(HttpHeaders.IF_MATCH, "\"" + project.version() + "\"")
                .contentType("application/merge-patch+json")
                .content("{\"status\": \"ACTIVE\"}"))
        .andExpect(status().isOk());
    projects.closeBySystem(project.id(), "pmo", "Closed for the test");
    LocalDate nextWeek = LocalDate.now().with(java.time.DayOfWeek.MONDAY).plusWeeks(1);
    save(nextWeek, 0, List.of(requestLine(requestId, "4")), worker)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("was closed on")));
    save(nextWeek, 0, List.of(activityLine(project.id(), "Wrap-up", "2")), worker)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("was closed on")));
  }

  @Test
  void hours_outside_the_requests_period_or_on_an_absence_are_refused() throws Exception {
    LocalDate lastWeek = LocalDate.of(2027, 12, 27);
    save(lastWeek, 0, List.of(requestLine(requestId, "8", "8", "8", "8", "8", "2")), worker)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Line 1, Saturday 2028-01-01: request "
                            + requestId
                            + " runs from 2027-01-01 to 2027-12-31")));
    save(lastWeek, 0, List.of(requestLine(requestId, "8", "8", "8", "8", "8")), worker)
        .andExpect(status().isOk());

    PersonView person = pool.get(personId, current(rm));
    pool.update(
        personId,
        new PersonData(
            worker.id(),
            person.name(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new Absence(WEEK.plusDays(2), WEEK.plusDays(3), "Dentist")),
            person.version()),
        current(rm));
    save(
            WEEK,
            0,
            List.of(
                activityLine(project.id(), "Review", "1"),
                requestLine(requestId, "8", "8", "0", "4")),
            worker)
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Thursday 2027-03-04 is an absence of yours (Dentist)")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Wednesday"))));
    save(WEEK, 0, List.of(requestLine(requestId, "8", "8", "0", "0", "8")), worker)
        .andExpect(status().isOk());
  }

  @Test
  void the_page_offers_exactly_the_projects_a_save_accepts() throws Exception {
    ProjectView team = project(manager, false, worker);
    ProjectView managed = project(worker, false);
    ProjectView sponsored =
        projects.register(
            new org.cairnpmo.projects.ProjectData(
                "S-" + unique(),
                "Sponsored " + unique(),
                null,
                null,
                worker.id(),
                manager.id(),
                org.cairnpmo.projects.ProjectCategory.OPERATIONAL,
                org.cairnpmo.projects.Priority.LOW,
                org.cairnpmo.projects.ProjectStatus.PROPOSED,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                null,
                null,
                false,
                List.of(),
                null),
            pmo());
    JsonNode targets =
        read(mvc.perform(get("/api/v1/timesheets/mine/targets").with(as(worker))).andReturn());
    List<String> keys = new ArrayList<>();
    targets.forEach(t -> keys.add(t.get("key").asText()));
    assertThat(keys)
        .contains("R" + requestId, "P" + project.id(), "P" + team.id(), "P" + managed.id())
        .doesNotContain("P" + sponsored.id());
    save(WEEK, 0, List.of(activityLine(sponsored.id(), "Work", "1")), worker)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("do not work on")));
    save(
            WEEK,
            0,
            List.of(activityLine(team.id(), "Work", "1"), activityLine(managed.id(), "Plan", "1")),
            worker)
        .andExpect(status().isOk());
  }

  @Test
  void each_step_of_a_week_tells_those_it_concerns() throws Exception {
    long id = submitted(WEEK, List.of(requestLine(requestId, "8", "8")));
    assertThat(told(manager, "Timesheet of " + worker.displayName())).hasSize(1);
    assertThat(told(rm, "Timesheet of " + worker.displayName()))
        .as("the project's manager approves the whole week")
        .isEmpty();
    step(id, "return", 1, Map.of("reason", "Split Tuesday"), manager).andExpect(status().isOk());
    mvc.perform(get("/api/v1/resources/notices?unread=true").with(as(worker)))
        .andExpect(
            jsonPath("$.content[0].subject")
                .value("Your timesheet for the week of " + WEEK + " is returned"))
        .andExpect(
            jsonPath("$.content[0].body")
                .value(org.hamcrest.Matchers.containsString("Split Tuesday")))
        .andExpect(jsonPath("$.content[0].link").value("/resources/timesheets?week=" + WEEK));
    step(id, "submit", 2, null, worker).andExpect(status().isOk());
    step(id, "approve", 3, null, manager).andExpect(status().isOk());
    assertThat(told(worker, "Your timesheet for the week of " + WEEK))
        .containsExactly(
            "Your timesheet for the week of " + WEEK + " is approved",
            "Your timesheet for the week of " + WEEK + " is returned");
    assertThat(told(manager, "Timesheet of " + worker.displayName())).hasSize(2);

    UserSummary otherManager = user(Role.PROJECT_MANAGER);
    ProjectView second = project(otherManager, false);
    long secondRequest =
        new Staffing(pool, requests)
            .approvedRequest(second, personId, current(otherManager), current(rm));
    LocalDate next = WEEK.plusWeeks(1);
    submitted(next, List.of(requestLine(requestId, "4"), requestLine(secondRequest, "4")));
    String about = "Timesheet of " + worker.displayName() + " for the week of " + next;
    assertThat(told(manager, about)).hasSize(1);
    assertThat(told(otherManager, about)).hasSize(1);
    assertThat(told(rm, about)).as("no one manager approves the whole week").hasSize(1);
    assertThat(told(worker, about)).isEmpty();
  }

  private List<String> told(UserSummary user, String about) {
    return notices.mine(false, 0, 200, current(user)).getContent().stream()
        .map(NoticeView::subject)
        .filter(s -> s.startsWith(about))
        .toList();
  }

  @Test
  void a_returned_week_goes_back_to_draft_with_the_reason_and_last_weeks_lines_are_copied()
      throws Exception {
    long id =
        submitted(
            WEEK,
            List.of(requestLine(requestId, "8", "8"), activityLine(project.id(), "Review", "1")));
    step(id, "return", 1, Map.of("reason", "Tuesday was a holiday"), manager)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.returnReason").value("Tuesday was a holiday"));

    LocalDate next = WEEK.plusWeeks(1);
    mvc.perform(
            post("/api/v1/timesheets/mine/" + next + "/copy-last-week")
                .with(as(worker))
                .header(HttpHeaders.IF_MATCH, "\"0\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines.length()").value(2))
        .andExpect(jsonPath("$.lines[1].activity").value("Review"))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(
            post("/api/v1/timesheets/mine/" + next.plusWeeks(1) + "/copy-last-week")
                .with(as(worker))
                .header(HttpHeaders.IF_MATCH, "\"0\""))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/timesheets/mine/" + WEEK.minusWeeks(5) + "/copy-last-week")
                .with(as(worker))
                .header(HttpHeaders.IF_MATCH, "\"0\""))
        .andExpect(status().isBadRequest());
  }

  @Test
  void a_member_sees_their_own_weeks_a_manager_their_projects_lines_approvers_all()
      throws Exception {
    UserSummary stranger = user(Role.MEMBER);
    UserSummary otherManager = user(Role.PROJECT_MANAGER);
    UserSummary pmo = user(Role.PMO);
    UserSummary executive = user(Role.EXECUTIVE);
    ProjectView second = project(otherManager, false);
    long secondRequest =
        new Staffing(pool, requests)
            .approvedRequest(second, personId, current(otherManager), current(rm));

    long id =
        read(save(
                    WEEK,
                    0,
                    List.of(requestLine(requestId, "4"), requestLine(secondRequest, "3")),
                    worker)
                .andReturn())
            .get("id")
            .asLong();
    // A draft is the person's own until submitted.
    mvc.perform(get("/api/v1/timesheets/" + id).with(as(manager))).andExpect(status().isNotFound());
    step(id, "submit", 0, null, worker).andExpect(status().isOk());

    mvc.perform(get("/api/v1/timesheets/" + id).with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines.length()").value(2));
    for (UserSummary nobody : List.of(stranger, executive)) {
      mvc.perform(get("/api/v1/timesheets/" + id).with(as(nobody)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/v1/timesheets").with(as(nobody)))
          .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").doesNotExist());
      step(id, "approve", 1, null, nobody).andExpect(status().isNotFound());
    }
    mvc.perform(get("/api/v1/timesheets/" + id).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.partial").value(true))
        .andExpect(jsonPath("$.lines.length()").value(1))
        .andExpect(jsonPath("$.lines[0].projectId").value(project.id()))
        .andExpect(jsonPath("$.total").value(4))
        .andExpect(jsonPath("$.labourCost").doesNotExist())
        .andExpect(jsonPath("$.actions.approve").value(false))
        .andExpect(jsonPath("$.actions.sendBack").value(true));
    mvc.perform(get("/api/v1/timesheets?status=SUBMITTED").with(as(manager)))
        .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").exists());
    step(id, "approve", 1, null, manager).andExpect(status().isForbidden());
    for (UserSummary all : List.of(rm, pmo)) {
      mvc.perform(get("/api/v1/timesheets/" + id).with(as(all)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.lines.length()").value(2))
          .andExpect(jsonPath("$.labourCost").value(560.0));
      mvc.perform(get("/api/v1/timesheets/queue").with(as(all)))
          .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").exists());
    }
    mvc.perform(get("/api/v1/timesheets/mine/" + WEEK).with(as(stranger)))
        .andExpect(status().isNotFound());
    step(id, "submit", 1, null, stranger).andExpect(status().isNotFound());
    step(id, "approve", 1, null, pmo).andExpect(status().isOk());
    mvc.perform(get("/api/v1/timesheets/" + id).with(as(otherManager)))
        .andExpect(jsonPath("$.lines[0].projectId").value(second.id()));
  }
}

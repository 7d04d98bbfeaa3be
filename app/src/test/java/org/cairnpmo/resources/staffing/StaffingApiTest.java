package org.cairnpmo.resources.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.Absence;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Staffing through the API: suggestions for one request, a proposal for many, applying it all or
 * none, who may, and bad input.
 */
class StaffingApiTest extends ApiTestSupport {

  static final LocalDate MONDAY = LocalDate.of(2028, 3, 6);
  static final LocalDate FRIDAY_4 = LocalDate.of(2028, 3, 31);

  @Autowired PoolService pool;
  @Autowired CatalogService catalog;
  @Autowired RequestService requests;

  StaffingFixture fixture;
  UserSummary rm;
  UserSummary manager;
  CurrentUser rmUser;
  CurrentUser managerUser;
  ProjectView project;
  long role;
  String skill;

  @BeforeEach
  void pool() {
    fixture = new StaffingFixture(pool, catalog, requests);
    rm = user(Role.RESOURCE_MANAGER);
    manager = user(Role.PROJECT_MANAGER);
    rmUser = current(rm);
    managerUser = current(manager);
    project = project(manager, false);
    role = fixture.role("Staffing role " + unique(), rmUser);
    skill = "Skill " + unique();
  }

  private long person(String name, int level, int partTime, List<Absence> absences, int rate) {
    return fixture.person(name, role, skill, level, 40, partTime, absences, rate, rmUser);
  }

  private RequestView request(int hours, Priority priority) {
    return fixture.request(project, role, skill, 3, hours, MONDAY, FRIDAY_4, priority, managerUser);
  }

  private ResultActions proposal(Object filter, UserSummary user) throws Exception {
    return mvc.perform(
        post("/api/v1/resources/staffing/proposals")
            .with(as(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(filter)));
  }

  private ResultActions apply(List<?> assignments, UserSummary user) throws Exception {
    return mvc.perform(
        post("/api/v1/resources/staffing/assignments")
            .with(as(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(Map.of("assignments", assignments))));
  }

  private static Map<String, Long> choice(long request, long person, long version) {
    return Map.of("requestId", request, "personId", person, "version", version);
  }

  @Test
  void suggestions_rank_the_qualified_people_by_fit_with_the_reasons() throws Exception {
    long ada = person("Ada " + unique(), 5, 100, List.of(), 100);
    long ben = person("Ben " + unique(), 3, 50, List.of(), 60);
    long cleo =
        person(
            "Cleo " + unique(),
            5,
            100,
            List.of(new Absence(MONDAY.minusDays(3), FRIDAY_4.plusDays(3), "Sabbatical")),
            80);
    person("Dan " + unique(), 2, 100, List.of(), 50);
    RequestView r = request(20, Priority.HIGH);

    mvc.perform(get("/api/v1/resources/requests/" + r.id() + "/suggestions").with(as(rm)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.qualified").value(3))
        .andExpect(jsonPath("$.version").value(r.version()))
        .andExpect(jsonPath("$.candidates.length()").value(3))
        .andExpect(jsonPath("$.candidates[0].personId").value(ada))
        .andExpect(jsonPath("$.candidates[0].availability").value(1.0))
        .andExpect(
            jsonPath("$.candidates[0].reasons[0]")
                .value(org.hamcrest.Matchers.containsString(skill + " 5 (needs 3)")))
        .andExpect(jsonPath("$.candidates[1].personId").value(ben))
        .andExpect(
            jsonPath("$.candidates[1].reasons[1]").value(org.hamcrest.Matchers.startsWith("free ")))
        .andExpect(jsonPath("$.candidates[2].personId").value(cleo))
        .andExpect(jsonPath("$.candidates[2].availability").value(0.0));
    mvc.perform(get("/api/v1/resources/requests/" + r.id() + "/suggestions?limit=1").with(as(rm)))
        .andExpect(jsonPath("$.candidates.length()").value(1));
  }

  @Test
  void a_proposal_staffs_many_requests_and_applying_it_proposes_each_person() throws Exception {
    long ada = person("Ada " + unique(), 5, 100, List.of(), 100);
    long ben = person("Ben " + unique(), 4, 50, List.of(), 60);
    RequestView high = request(30, Priority.HIGH);
    RequestView medium = request(20, Priority.MEDIUM);
    RequestView low = request(30, Priority.LOW);

    JsonNode proposal =
        read(
            proposal(Map.of("projectId", project.id(), "timeLimitSeconds", 5), rm)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(3))
                .andExpect(jsonPath("$.assignments.length()").value(2))
                .andExpect(jsonPath("$.unstaffed.length()").value(1))
                .andExpect(jsonPath("$.unstaffed[0].request.requestId").value(low.id()))
                .andExpect(jsonPath("$.unstaffed[0].reason").value("TAKEN"))
                .andExpect(
                    jsonPath("$.unstaffed[0].why")
                        .value(
                            org.hamcrest.Matchers.containsString(
                                "request " + high.id() + " of " + project.code() + " (high)")))
                .andReturn());
    assertThat(proposal.get("value").asDouble()).isPositive();
    assertThat(proposal.get("bound").asDouble())
        .isGreaterThanOrEqualTo(proposal.get("value").asDouble());
    assertThat(proposal.get("gapPercent").asDouble()).isGreaterThanOrEqualTo(0);
    Map<Long, Long> personOf = new java.util.HashMap<>();
    for (JsonNode a : proposal.get("assignments")) {
      personOf.put(a.get("request").get("requestId").asLong(), a.get("personId").asLong());
      assertThat(a.get("why").size()).isPositive();
    }
    assertThat(personOf).containsEntry(high.id(), ada).containsEntry(medium.id(), ben);

    List<Map<String, Long>> chosen =
        List.of(choice(high.id(), ada, high.version()), choice(medium.id(), ben, medium.version()));
    apply(chosen, rm)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.saved").value(2))
        .andExpect(jsonPath("$.requests[0].status").value("PROPOSED"));
    RequestView saved = requests.get(project.id(), high.id(), rmUser);
    assertThat(saved.status()).isEqualTo(RequestStatus.PROPOSED);
    assertThat(saved.proposedPersonId()).isEqualTo(ada);
    assertThat(saved.history().get(saved.history().size() - 1).by()).isEqualTo(rm.displayName());

    // The same proposal again: both requests changed meanwhile.
    apply(chosen, rm)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/stale-version")))
        .andExpect(jsonPath("$.stale.length()").value(2))
        .andExpect(jsonPath("$.stale[0].requestId").value(high.id()));
    // Ada is proposed on 30 of her 40 hours now: the next run does not give her the low one.
    proposal(Map.of("projectId", project.id()), rm)
        .andExpect(jsonPath("$.open").value(1))
        .andExpect(jsonPath("$.assignments.length()").value(0))
        .andExpect(jsonPath("$.unstaffed[0].reason").value("NO_ONE_AVAILABLE"));
  }

  @Test
  void an_apply_with_a_stale_or_over_booking_assignment_saves_nothing() throws Exception {
    long ada = person("Ada " + unique(), 5, 100, List.of(), 100);
    long dan = person("Dan " + unique(), 2, 100, List.of(), 50);
    RequestView first = request(30, Priority.HIGH);
    RequestView second = request(30, Priority.HIGH);
    RequestView third = request(8, Priority.LOW);

    // Ada has 40 hours a week, not 60.
    apply(List.of(choice(first.id(), ada, 0), choice(second.id(), ada, 0)), rm)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/over-booked")))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing")));
    // Dan's level 2 is below the 3 asked.
    apply(List.of(choice(third.id(), dan, 0)), rm)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString("role or skills")));
    requests.propose(project.id(), third.id(), ada, 0, rmUser);
    apply(List.of(choice(first.id(), ada, 0), choice(third.id(), ada, 0)), rm)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.stale.length()").value(1))
        .andExpect(jsonPath("$.stale[0].requestId").value(third.id()));
    for (RequestView r : List.of(first, second)) {
      RequestView now = requests.get(project.id(), r.id(), rmUser);
      assertThat(now.status()).isEqualTo(RequestStatus.REQUESTED);
      assertThat(now.version()).isZero();
    }
  }

  @Test
  void only_resource_managers_the_pmo_and_administrators_staff() throws Exception {
    long ada = person("Ada " + unique(), 5, 100, List.of(), 100);
    RequestView r = request(10, Priority.HIGH);
    UserSummary member = user(Role.MEMBER);
    for (UserSummary other : List.of(member, manager, user(Role.EXECUTIVE))) {
      mvc.perform(get("/api/v1/resources/requests/" + r.id() + "/suggestions").with(as(other)))
          .andExpect(status().isForbidden());
      proposal(Map.of("projectId", project.id()), other).andExpect(status().isForbidden());
      apply(List.of(choice(r.id(), ada, 0)), other).andExpect(status().isForbidden());
    }
    proposal(Map.of("projectId", project.id()), user(Role.PMO))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.open").value(1));
    mvc.perform(
            get("/api/v1/resources/requests/" + r.id() + "/suggestions").with(as(user(Role.ADMIN))))
        .andExpect(status().isOk());
    assertThat(requests.get(project.id(), r.id(), rmUser).status())
        .isEqualTo(RequestStatus.REQUESTED);
  }

  @Test
  void the_requests_of_a_hidden_project_answer_404_and_stay_out_of_every_run() throws Exception {
    long ada = person("Ada " + unique(), 5, 100, List.of(), 100);
    ProjectView hidden = project(manager, true);
    RequestView r =
        fixture.request(
            hidden, role, skill, 3, 10, MONDAY, FRIDAY_4, Priority.CRITICAL, managerUser);
    mvc.perform(get("/api/v1/resources/requests/" + r.id() + "/suggestions").with(as(rm)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get("/api/v1/resources/requests/99999999/suggestions").with(as(rm)))
        .andExpect(status().isNotFound());
    apply(List.of(choice(r.id(), ada, 0)), rm).andExpect(status().isNotFound());
    apply(List.of(choice(99999999L, ada, 0)), rm).andExpect(status().isNotFound());
    proposal(Map.of("projectId", hidden.id()), rm)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.open").value(0));
    assertThat(requests.get(hidden.id(), r.id(), managerUser).status())
        .isEqualTo(RequestStatus.REQUESTED);
  }

  @Test
  void bad_input_is_a_problem_naming_the_field() throws Exception {
    long ada = person("Ada " + unique(), 5, 100, List.of(), 100);
    RequestView r = request(10, Priority.HIGH);
    apply(List.of(), rm)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("assignments"));
    apply(List.of(Map.of("requestId", r.id())), rm)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("assignments[0]"));
    apply(List.of(choice(r.id(), ada, 0), choice(r.id(), ada, 0)), rm)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("assignments[1].requestId"));
    apply(List.of(choice(r.id(), 99999999L, 0)), rm)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("personId"));
    proposal(Map.of("from", "2028-03-31", "to", "2028-03-01"), rm)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    proposal(Map.of("timeLimitSeconds", 0), rm)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("timeLimitSeconds"));
    proposal(Map.of("priority", "URGENT"), rm)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get("/api/v1/resources/requests/" + r.id() + "/suggestions?limit=0").with(as(rm)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("limit"));
    requests.propose(project.id(), r.id(), ada, 0, rmUser);
    mvc.perform(get("/api/v1/resources/requests/" + r.id() + "/suggestions").with(as(rm)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("proposed")));
  }
}

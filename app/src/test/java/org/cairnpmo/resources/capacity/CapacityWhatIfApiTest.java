package org.cairnpmo.resources.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.resources.capacity.WhatIfFixtures.MONDAY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanSettings;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.RequirementData;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.domain.RequirementService;
import org.cairnpmo.planning.domain.ResourceService;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.selection.RunStatus;
import org.cairnpmo.portfolio.selection.RunView;
import org.cairnpmo.portfolio.selection.ScenarioService;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.capacity.WhatIfFixtures.Portfolio;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The capacity what-if with a portfolio scenario, role names matched to the catalog, scenario
 * limits filled from the pool, and plan tasks' requirements counted once.
 */
class CapacityWhatIfApiTest extends ApiTestSupport {

  private static final String GRID = "/api/v1/resources/capacity?from=" + MONDAY + "&weeks=4";

  @Autowired RequestService requests;
  @Autowired ProposalService proposals;
  @Autowired ScenarioService scenarios;
  @Autowired CatalogService catalog;
  @Autowired PoolService pool;
  @Autowired ApplicationContext context;
  @Autowired PlanningApi planning;
  @Autowired ResourceService planResources;
  @Autowired RequirementService planRequirements;

  private static JsonNode row(JsonNode grid, String key) {
    for (JsonNode row : grid.get("rows")) {
      if (row.get("key").asText().equals(key)) {
        return row;
      }
    }
    throw new AssertionError("no row " + key);
  }

  private static List<Double> numbers(JsonNode array) {
    List<Double> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asDouble()));
    return out;
  }

  private static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  @Test
  void the_what_if_adds_exactly_the_selected_proposals_demand_by_role() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser pmo = current(pmoUser);
    Portfolio p = new WhatIfFixtures(context).portfolio(pmo, current(user(Role.RESOURCE_MANAGER)));
    RunView run = new WhatIfFixtures(context).run(p.scenarioId(), pmo);
    assertThat(run.status()).isEqualTo(RunStatus.DONE);

    JsonNode grid = read(fetch(GRID + "&scenario=" + p.scenarioId(), pmoUser));
    assertThat(grid.get("groupBy").asText()).isEqualTo("ROLE");
    JsonNode whatIf = grid.get("whatIf");
    assertThat(whatIf.get("runId").asLong()).isEqualTo(run.id());
    assertThat(whatIf.get("proposals"))
        .extracting(n -> n.get("code").asText())
        .containsExactly(p.alpha().code(), p.bravo().code());
    // Alpha: 0.5 FTE of the role and 0.25 FTE of the unknown role, 4 weeks of 40 hours.
    assertThat(whatIf.get("proposals").get(0).get("hours").asDouble()).isEqualTo(120.0);
    assertThat(whatIf.get("proposals").get(1).get("hours").asDouble()).isEqualTo(160.0);

    JsonNode role = row(grid, "role:" + p.roleId());
    assertThat(numbers(role.get("capacity"))).containsExactly(40.0, 40.0, 40.0, 40.0);
    // 0.5 FTE by the other name (Alpha) and 1 FTE by the name in lower case (Bravo).
    assertThat(numbers(role.get("scenario"))).containsExactly(60.0, 60.0, 60.0, 60.0);
    assertThat(role.get("loadPercent").get(0).asInt()).isEqualTo(150);
    assertThat(role.get("overAllocated").get(0).asBoolean()).isTrue();
    assertThat(role.get("causes"))
        .filteredOn(c -> c.get("kind").asText().equals("SCENARIO"))
        .extracting(c -> c.get("sourceId").asLong(), c -> c.get("hours").get(0).asDouble())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(p.alpha().id(), 20.0),
            org.assertj.core.groups.Tuple.tuple(p.bravo().id(), 40.0));

    JsonNode unknown = row(grid, "role:unmapped:" + p.unknownRole().toLowerCase());
    assertThat(unknown.get("name").asText()).contains(p.unknownRole(), "not in the role catalog");
    assertThat(numbers(unknown.get("capacity"))).containsOnly(0.0);
    assertThat(numbers(unknown.get("scenario"))).containsExactly(10.0, 10.0, 10.0, 10.0);
    assertThat(unknown.get("overAllocated").get(0).asBoolean()).isTrue();
    JsonNode unmapped = whatIf.get("unmappedRoles").get(0);
    assertThat(unmapped.get("role").asText()).isEqualTo(p.unknownRole());
    assertThat(unmapped.get("hours").asDouble()).isEqualTo(40.0);
    assertThat(unmapped.get("proposals").get(0).asText()).isEqualTo(p.alpha().code());
    assertThat(grid.toString()).doesNotContain(p.charlie().code());

    JsonNode without = row(read(fetch(GRID + "&groupBy=role", pmoUser)), "role:" + p.roleId());
    assertThat(without.get("scenario").isNull()).isTrue();
    assertThat(without.get("overAllocated").get(0).asBoolean()).isFalse();
    JsonNode byPerson =
        row(
            read(fetch(GRID + "&groupBy=person&scenario=" + p.scenarioId(), pmoUser)),
            "person:" + p.personId());
    assertThat(numbers(byPerson.get("scenario"))).containsOnly(0.0);

    // A selected proposal withdrawn since the run is no longer the portfolio's: it is left out.
    proposals.withdraw(p.bravo().id(), "Not needed", p.bravo().version(), pmo);
    JsonNode after = read(fetch(GRID + "&scenario=" + p.scenarioId(), pmoUser));
    assertThat(after.get("whatIf").get("proposals"))
        .extracting(n -> n.get("code").asText())
        .containsExactly(p.alpha().code());
    assertThat(numbers(row(after, "role:" + p.roleId()).get("scenario")))
        .containsExactly(20.0, 20.0, 20.0, 20.0);
  }

  @Test
  void only_those_who_read_scenarios_use_the_what_if_and_bad_input_is_a_problem() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser pmo = current(pmoUser);
    Portfolio p = new WhatIfFixtures(context).portfolio(pmo, current(user(Role.RESOURCE_MANAGER)));
    String url = GRID + "&scenario=" + p.scenarioId();
    assertThat(read(fetch(url, user(Role.EXECUTIVE))).get("whatIf").get("runId").isNull()).isTrue();
    for (Role hidden : List.of(Role.RESOURCE_MANAGER, Role.PROJECT_MANAGER)) {
      mvc.perform(get(url).with(as(user(hidden))).accept(MediaType.APPLICATION_JSON))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
    mvc.perform(get(url).with(as(user(Role.MEMBER)))).andExpect(status().isForbidden());
    mvc.perform(get(GRID + "&scenario=987654321").with(as(pmoUser)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    for (String bad : List.of("abc", "0", "-3", "1.5")) {
      mvc.perform(get(GRID + "&scenario=" + bad).with(as(pmoUser)))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM))
          .andExpect(jsonPath("$.errors[0].field").value("scenario"));
    }

    // The page: the picker only for those who read scenarios, the what-if named with its causes.
    new WhatIfFixtures(context).run(p.scenarioId(), pmo);
    String html =
        mvc.perform(
                get("/resources/capacity?from=" + MONDAY + "&weeks=4&scenario=" + p.scenarioId())
                    .with(page(pmoUser)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"capacity-scenario\"", "What-if: ", p.alpha().code(), "heat--what-if")
        .contains(p.unknownRole() + " (not in the role catalog)")
        .contains(p.alpha().code() + " " + p.alpha().title() + " (scenario)")
        .doesNotContain(p.charlie().code());
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    assertThat(
            mvc.perform(get("/resources/capacity?weeks=2").with(page(rm)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("capacity-scenario");
    mvc.perform(get("/resources/capacity?weeks=2&scenario=" + p.scenarioId()).with(page(rm)))
        .andExpect(status().isNotFound());
    assertThat(
            mvc.perform(get("/resources/capacity?scenario=x").with(page(pmoUser)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("capacity-scenario-error", "whole number");
  }

  @Test
  void other_names_match_roles_ignoring_case_and_no_two_roles_share_a_name() throws Exception {
    CurrentUser rm = current(user(Role.RESOURCE_MANAGER));
    UserSummary rmUser = user(Role.RESOURCE_MANAGER);
    String u = unique();
    var role =
        catalog.createRole(
            new RoleData(
                "Names " + u, null, null, null, null, List.of("Alias " + u, " alias " + u), null),
            rm);
    assertThat(role.otherNames()).containsExactly("Alias " + u);
    assertThat(
            read(fetch("/api/v1/resources/roles/" + role.id(), rmUser))
                .get("otherNames")
                .get(0)
                .asText())
        .isEqualTo("Alias " + u);
    String body =
        write(new RoleData("Other " + u, null, null, null, null, List.of("ALIAS " + u), null));
    mvc.perform(
            post("/api/v1/resources/roles")
                .with(as(rmUser))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("otherNames[0]"));
    for (RoleData bad :
        List.of(
            new RoleData("alias " + u, null, null, null, null, List.of(), null),
            new RoleData("Own " + u, null, null, null, null, List.of("own " + u), null),
            new RoleData("Ctl " + u, null, null, null, null, List.of("Bell\u0007here"), null))) {
      mvc.perform(
              post("/api/v1/resources/roles")
                  .with(as(rmUser))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(bad)))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
  }

  @Test
  void a_scenario_takes_its_capacity_limits_from_the_pool() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser pmo = current(pmoUser);
    CurrentUser rm = current(user(Role.RESOURCE_MANAGER));
    UserSummary managerUser = user(Role.PROJECT_MANAGER);
    CurrentUser manager = current(managerUser);
    Portfolio p = new WhatIfFixtures(context).portfolio(pmo, rm);
    ProjectView project = project(managerUser, false);
    // 20 hours a week booked for four weeks of March 2031: 80 hours of the first quarter.
    long id =
        requests
            .create(
                project.id(),
                new RequestData(
                    null,
                    p.personId(),
                    List.of(),
                    new BigDecimal("20"),
                    MONDAY,
                    MONDAY.plusWeeks(4).minusDays(1),
                    Priority.MEDIUM,
                    null),
                manager)
            .id();
    requests.propose(project.id(), id, p.personId(), 0, rm);
    requests.accept(project.id(), id, 1, manager);
    requests.approve(project.id(), id, 2, rm);

    JsonNode filled =
        read(
            fetch(
                "/api/v1/portfolio/scenarios/" + p.scenarioId() + "/capacity-from-pool", pmoUser));
    assertThat(filled.get("available").asBoolean()).isTrue();
    assertThat(filled.get("unmappedRoles"))
        .extracting(JsonNode::asText)
        .containsExactly(p.unknownRole());
    JsonNode quarter = null;
    for (JsonNode line : filled.get("lines")) {
      if (line.get("period").asText().equals("2031-Q1")
          && line.get("poolRole").asText().equals(p.roleName())) {
        quarter = line;
      }
    }
    assertThat(quarter).isNotNull();
    assertThat(quarter.get("unit").asText()).isEqualTo("FTE");
    double capacity = quarter.get("capacityHours").asDouble();
    assertThat(capacity).isBetween(400.0, 520.0);
    assertThat(quarter.get("bookedHours").asDouble()).isEqualTo(80.0);
    assertThat(quarter.get("freeHours").asDouble()).isEqualTo(capacity - 80.0);
    // One full-time person on the organization's calendar: capacity is one FTE's hours.
    assertThat(quarter.get("limit").decimalValue())
        .isEqualByComparingTo(
            BigDecimal.valueOf((capacity - 80) / capacity).setScale(2, RoundingMode.DOWN));
    assertThat(filled.get("capacityLimits"))
        .extracting(c -> c.get("role").asText() + " " + c.get("period").asText())
        .contains(p.otherName().toUpperCase() + " 2031-Q1", p.roleName().toLowerCase() + " 2031")
        .noneMatch(s -> s.startsWith(p.unknownRole()));

    mvc.perform(
            get("/api/v1/portfolio/scenarios/" + p.scenarioId() + "/capacity-from-pool")
                .with(as(user(Role.RESOURCE_MANAGER))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/portfolio/scenarios/987654321/capacity-from-pool").with(as(pmoUser)))
        .andExpect(status().isNotFound());

    // The form is filled, not saved: the typed limits of other roles stay.
    String html =
        mvc.perform(
                post("/portfolio/scenarios/" + p.scenarioId() + "/edit/capacity-from-pool")
                    .with(page(pmoUser))
                    .with(csrf())
                    .param("name", "Filled")
                    .param("capacityLimits", "Typed 2031 = 3\n" + p.roleName() + " 2031 = 99")
                    .param(
                        "candidateIds",
                        String.valueOf(p.alpha().id()),
                        String.valueOf(p.bravo().id())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains(
            "id=\"pool-capacity\"", "Typed 2031 = 3", p.otherName().toUpperCase() + " 2031-Q1 = ")
        .contains(p.unknownRole())
        .doesNotContain(p.roleName() + " 2031 = 99");
    assertThat(scenarios.get(p.scenarioId(), pmo).definition().capacityLimits()).isEmpty();
  }

  @Test
  void plan_tasks_add_their_requirements_where_no_request_covers_them() throws Exception {
    UserSummary rmUser = user(Role.RESOURCE_MANAGER);
    CurrentUser rm = current(rmUser);
    UserSummary managerUser = user(Role.PROJECT_MANAGER);
    CurrentUser manager = current(managerUser);
    UserSummary worker = user(Role.MEMBER);
    String u = unique();
    long role =
        catalog
            .createRole(
                new RoleData(
                    "Plan role " + u, null, null, null, null, List.of("Planned " + u), null),
                rm)
            .id();
    long person =
        pool.create(
                new PersonData(
                    worker.id(),
                    "Planned person " + u,
                    null,
                    null,
                    null,
                    new BigDecimal("40"),
                    100,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null),
                rm)
            .id();
    ProjectView project = project(managerUser, false);
    PlanView plan = planning.plan(project.id(), manager);
    long version =
        planning
            .updatePlan(
                project.id(),
                new PlanSettings(LocalDateTime.of(2031, 3, 3, 0, 0), null, null, null, null),
                plan.version(),
                manager)
            .version();
    var task =
        planning.addTask(
            project.id(), TaskData.named("Build " + u, 10 * 8 * 60), null, version, manager);
    version = task.version();
    var named =
        planResources.add(
            project.id(),
            new ResourceData(
                "Dev " + u, ResourceKind.PERSON, BigDecimal.ONE, worker.id(), null, null),
            version,
            manager);
    version = named.version();
    var generic =
        planResources.add(
            project.id(),
            new ResourceData("PLANNED " + u, ResourceKind.ROLE, BigDecimal.TEN, null, null, null),
            version,
            manager);
    version = generic.version();
    version =
        planRequirements
            .add(
                project.id(),
                new RequirementData(task.result().id(), named.result().id(), new BigDecimal("0.5")),
                version,
                manager)
            .version();
    planRequirements.add(
        project.id(),
        new RequirementData(task.result().id(), generic.result().id(), BigDecimal.ONE),
        version,
        manager);
    // The second week of the task is asked for by a request: the plan counts in the first only.
    long request =
        requests
            .create(
                project.id(),
                new RequestData(
                    null,
                    person,
                    List.of(),
                    new BigDecimal("10"),
                    MONDAY.plusWeeks(1),
                    MONDAY.plusWeeks(2).minusDays(1),
                    Priority.MEDIUM,
                    null),
                manager)
            .id();

    JsonNode mine = row(read(fetch(GRID + "&groupBy=person", rmUser)), "person:" + person);
    assertThat(numbers(mine.get("requested"))).containsExactly(20.0, 10.0, 0.0, 0.0);
    assertThat(mine.get("causes"))
        .extracting(c -> c.get("kind").asText(), c -> c.get("firstPeriod").asInt())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("PLANNED", 0),
            org.assertj.core.groups.Tuple.tuple("REQUESTED", 1));
    JsonNode planned =
        mine.get("causes").get(0).get("kind").asText().equals("PLANNED")
            ? mine.get("causes").get(0)
            : mine.get("causes").get(1);
    assertThat(planned.get("sourceId").asLong()).isEqualTo(task.result().id());
    assertThat(planned.get("source").asText()).contains("Build " + u);
    assertThat(planned.get("projectCode").asText()).isEqualTo(project.code());
    assertThat(request).isPositive();

    JsonNode byRole = row(read(fetch(GRID + "&groupBy=role", rmUser)), "role:" + role);
    assertThat(numbers(byRole.get("requested"))).containsExactly(40.0, 40.0, 0.0, 0.0);

    // Someone who may not see the project sees the hours, not the task.
    JsonNode outsider =
        row(read(fetch(GRID + "&groupBy=person", user(Role.PROJECT_MANAGER))), "person:" + person);
    assertThat(numbers(outsider.get("requested"))).containsExactly(20.0, 10.0, 0.0, 0.0);
  }
}

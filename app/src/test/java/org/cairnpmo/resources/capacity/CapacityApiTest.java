package org.cairnpmo.resources.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.SkillLevel;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The capacity grid through the API: booked and requested hours, hidden projects, bad input. */
class CapacityApiTest extends ApiTestSupport {

  private static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);
  private static final String GRID =
      "/api/v1/resources/capacity?from=" + MONDAY + "&weeks=4&groupBy=";

  @Autowired PoolService pool;
  @Autowired CatalogService catalog;
  @Autowired RequestService requests;

  private long person(Long roleId, int partTime, String skill, CurrentUser rm) {
    return pool.create(
            new PersonData(
                null,
                "Cap " + unique(),
                null,
                null,
                roleId,
                new BigDecimal("40"),
                partTime,
                List.of(),
                null,
                null,
                List.of(new SkillLevel(skill, 3)),
                List.of(),
                null),
            rm)
        .id();
  }

  private RequestData data(Long roleId, Long personId, String hours, String skill) {
    return new RequestData(
        roleId,
        personId,
        List.of(new SkillLevel(skill, 2)),
        new BigDecimal(hours),
        MONDAY.plusWeeks(1),
        MONDAY.plusWeeks(2).minusDays(1),
        Priority.MEDIUM,
        null);
  }

  /** A request for {@code personId} taken through to Approved. */
  private long booked(
      ProjectView project, long personId, String hours, CurrentUser manager, CurrentUser rm) {
    long id = requests.create(project.id(), data(null, personId, hours, "x"), manager).id();
    requests.propose(project.id(), id, personId, 0, rm);
    requests.accept(project.id(), id, 1, manager);
    requests.approve(project.id(), id, 2, rm);
    return id;
  }

  private JsonNode row(JsonNode grid, String key) {
    for (JsonNode row : grid.get("rows")) {
      if (row.get("key").asText().equals(key)) {
        return row;
      }
    }
    throw new AssertionError("no row " + key);
  }

  @Test
  void booked_and_requested_hours_load_people_and_roles_with_their_causes() throws Exception {
    UserSummary rmUser = user(Role.RESOURCE_MANAGER);
    CurrentUser rm = current(rmUser);
    UserSummary managerUser = user(Role.PROJECT_MANAGER);
    CurrentUser manager = current(managerUser);
    String skill = "Capacity" + unique();
    long role =
        catalog
            .createRole(new RoleData("Cap role " + unique(), null, null, null, null, null), rm)
            .id();
    long half = person(role, 50, skill, rm);
    ProjectView project = project(managerUser, false);
    long bookedId = booked(project, half, "30", manager, rm);
    long openId = requests.create(project.id(), data(role, null, "16", skill), manager).id();

    JsonNode grid = read(fetch(GRID + "person", rmUser));
    assertThat(grid.get("periods")).hasSize(4);
    JsonNode row = row(grid, "person:" + half);
    assertThat(row.get("capacity").get(0).asDouble()).isEqualTo(20.0);
    assertThat(row.get("booked").get(0).asDouble()).isZero();
    assertThat(row.get("booked").get(1).asDouble()).isEqualTo(30.0);
    assertThat(row.get("loadPercent").get(1).asInt()).isEqualTo(150);
    assertThat(row.get("overAllocated").get(1).asBoolean()).isTrue();
    assertThat(row.get("overAllocated").get(0).asBoolean()).isFalse();
    JsonNode cause = row.get("causes").get(0);
    assertThat(cause.get("kind").asText()).isEqualTo("BOOKED");
    assertThat(cause.get("requestId").asLong()).isEqualTo(bookedId);
    assertThat(cause.get("projectCode").asText()).isEqualTo(project.code());
    assertThat(cause.get("firstPeriod").asInt()).isEqualTo(1);

    JsonNode byRole = row(read(fetch(GRID + "role", rmUser)), "role:" + role);
    assertThat(byRole.get("people").asInt()).isEqualTo(1);
    assertThat(byRole.get("booked").get(1).asDouble()).isEqualTo(30.0);
    assertThat(byRole.get("requested").get(1).asDouble()).isEqualTo(16.0);
    assertThat(byRole.get("causes"))
        .extracting(c -> c.get("requestId").asLong())
        .contains(bookedId, openId);
    JsonNode bySkill =
        row(read(fetch(GRID + "skill&period=month", rmUser)), "skill:" + skill.toLowerCase());
    assertThat(bySkill.get("capacity").get(0).asDouble()).isEqualTo(80.0);
    assertThat(bySkill.get("requested").get(0).asDouble()).isEqualTo(16.0);
  }

  @Test
  void a_project_manager_sees_other_commitments_where_the_project_is_hidden_from_them()
      throws Exception {
    UserSummary rmUser = user(Role.RESOURCE_MANAGER);
    CurrentUser rm = current(rmUser);
    UserSummary insider = user(Role.PROJECT_MANAGER);
    UserSummary outsider = user(Role.PROJECT_MANAGER);
    long dev = person(null, 100, "Java", rm);
    ProjectView secret = project(insider, true);
    // Resource managers do not see confidential projects: the PMO staffs this one.
    long id = booked(secret, dev, "24", current(insider), current(user(Role.PMO)));

    JsonNode seen = row(read(fetch(GRID + "person", insider)), "person:" + dev);
    assertThat(seen.get("causes").get(0).get("requestId").asLong()).isEqualTo(id);
    JsonNode hidden = row(read(fetch(GRID + "person", outsider)), "person:" + dev);
    assertThat(hidden.get("booked").get(1).asDouble()).isEqualTo(24.0);
    assertThat(hidden.get("causes")).hasSize(1);
    JsonNode other = hidden.get("causes").get(0);
    assertThat(other.get("kind").asText()).isEqualTo("OTHER_COMMITMENTS");
    assertThat(other.get("requestId").isNull()).isTrue();
    assertThat(other.get("projectCode").isNull()).isTrue();
    assertThat(other.get("hours").get(1).asDouble()).isEqualTo(24.0);
    assertThat(read(fetch(GRID + "person", outsider)).toString()).doesNotContain(secret.code());
  }

  @Test
  void team_members_are_refused_and_bad_input_is_a_problem() throws Exception {
    UserSummary pmo = user(Role.PMO);
    mvc.perform(get(GRID + "person").with(as(user(Role.MEMBER))).accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isForbidden());
    mvc.perform(get(GRID + "person").with(as(user(Role.EXECUTIVE)))).andExpect(status().isOk());
    for (String[] bad :
        new String[][] {
          {"from=2031-03-04", "from"},
          {"from=someday", "from"},
          {"weeks=0", "weeks"},
          {"weeks=105", "weeks"},
          {"weeks=ten", "weeks"},
          {"groupBy=team", "groupBy"},
          {"period=day", "period"}
        }) {
      mvc.perform(get("/api/v1/resources/capacity?" + bad[0]).with(as(pmo)))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM))
          .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
    }
  }
}

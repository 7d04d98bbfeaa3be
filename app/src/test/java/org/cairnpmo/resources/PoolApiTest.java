package org.cairnpmo.resources;

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
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The pool's API: who sees rates, who changes the pool, and what bad input answers. */
class PoolApiTest extends ApiTestSupport {

  private PersonData person(String name, List<SkillLevel> skills) {
    return new PersonData(
        null,
        name,
        null,
        null,
        null,
        new BigDecimal("40"),
        100,
        null,
        null,
        null,
        skills,
        List.of(new Absence(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 14), "Summer holiday")),
        null);
  }

  private JsonNode create(UserSummary editor, PersonData data) throws Exception {
    MvcResult result =
        mvc.perform(
                post("/api/v1/resources/people")
                    .with(as(editor))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(data)))
            .andExpect(status().isCreated())
            .andExpect(header().exists(HttpHeaders.ETAG))
            .andReturn();
    return read(result);
  }

  private JsonNode withRate(UserSummary editor, JsonNode person, String from, String rate)
      throws Exception {
    return read(
        mvc.perform(
                post("/api/v1/resources/people/" + person.get("id").asLong() + "/rates")
                    .with(as(editor))
                    .header(HttpHeaders.IF_MATCH, "\"" + person.get("version").asLong() + "\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("from", from, "hourlyRate", rate))))
            .andExpect(status().isOk())
            .andReturn());
  }

  @Test
  void a_resource_manager_adds_a_person_with_skills_and_a_rate_history() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    String name = "Pool " + unique();
    JsonNode created = create(rm, person(name, List.of(new SkillLevel("Java", 4))));
    JsonNode first = withRate(rm, created, "2020-01-01", "80.00");
    JsonNode second = withRate(rm, first, "2100-01-01", "95.00");
    assertThat(second.get("rates")).hasSize(2);
    assertThat(second.get("currentRate").decimalValue()).isEqualByComparingTo("80.00");

    long id = created.get("id").asLong();
    mvc.perform(get("/api/v1/resources/people/" + id + "/rate?on=2100-06-01").with(as(rm)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hourlyRate").value(95.0));
    mvc.perform(get("/api/v1/resources/people/" + id + "/rate?on=2019-12-31").with(as(rm)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hourlyRate").doesNotExist());
  }

  @Test
  void everyone_signed_in_sees_names_roles_and_skills_but_only_rate_viewers_see_rates()
      throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    String name = "Rated " + unique();
    JsonNode created = create(rm, person(name, List.of(new SkillLevel("Kotlin", 3))));
    withRate(rm, created, "2020-01-01", "80.00");
    long id = created.get("id").asLong();

    for (Role role : List.of(Role.MEMBER, Role.PROJECT_MANAGER, Role.EXECUTIVE)) {
      UserSummary viewer = user(role);
      mvc.perform(get("/api/v1/resources/people/" + id).with(as(viewer)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.name").value(name))
          .andExpect(jsonPath("$.skills[0].skill").value("Kotlin"))
          .andExpect(jsonPath("$.currentRate").doesNotExist())
          .andExpect(jsonPath("$.rates").doesNotExist());
      mvc.perform(get("/api/v1/resources/people?q=" + name).with(as(viewer)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.content[0].name").value(name))
          .andExpect(jsonPath("$.content[0].currentRate").doesNotExist());
      mvc.perform(get("/api/v1/resources/people/" + id + "/rate?on=2027-01-01").with(as(viewer)))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
    for (Role role : List.of(Role.RESOURCE_MANAGER, Role.PMO, Role.ADMIN)) {
      mvc.perform(get("/api/v1/resources/people/" + id).with(as(user(role))))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.currentRate").value(80.0))
          .andExpect(jsonPath("$.rates[0].from").value("2020-01-01"));
    }
  }

  @Test
  void only_resource_managers_the_pmo_and_admins_change_the_pool() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    JsonNode created = create(rm, person("Edited " + unique(), List.of()));
    long id = created.get("id").asLong();
    create(user(Role.PMO), person("By PMO " + unique(), List.of()));
    create(user(Role.ADMIN), person("By admin " + unique(), List.of()));

    for (Role role : List.of(Role.MEMBER, Role.PROJECT_MANAGER, Role.EXECUTIVE)) {
      UserSummary other = user(role);
      mvc.perform(
              post("/api/v1/resources/people")
                  .with(as(other))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(person("Nope", List.of()))))
          .andExpect(status().isForbidden());
      mvc.perform(
              put("/api/v1/resources/people/" + id)
                  .with(as(other))
                  .header(HttpHeaders.IF_MATCH, "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(person("Nope", List.of()))))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/api/v1/resources/people/" + id + "/rates")
                  .with(as(other))
                  .header(HttpHeaders.IF_MATCH, "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(Map.of("from", "2027-01-01", "hourlyRate", "10"))))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/api/v1/resources/roles")
                  .with(as(other))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(new RoleData("Role " + unique(), null, null, null, null, null))))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/api/v1/resources/equipment")
                  .with(as(other))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(new EquipmentData("Rig", "Test rig", 1, null, null))))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/v1/resources/people")).andExpect(status().isUnauthorized());
  }

  @Test
  void a_change_names_the_version_it_edited() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    JsonNode created = create(rm, person("Versioned " + unique(), List.of()));
    long id = created.get("id").asLong();
    PersonData change = person("Renamed " + unique(), List.of(new SkillLevel("SQL", 2)));
    mvc.perform(
            put("/api/v1/resources/people/" + id)
                .with(as(rm))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(change)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
        .andExpect(jsonPath("$.skills[0].skill").value("SQL"));
    mvc.perform(
            put("/api/v1/resources/people/" + id)
                .with(as(rm))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(change)))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void bad_input_answers_problem_json_naming_the_field() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    expectInvalid(
        rm,
        "/api/v1/resources/people",
        write(person("Skilled", List.of(new SkillLevel("Java", 6)))),
        "skills[0].proficiency");
    expectInvalid(
        rm,
        "/api/v1/resources/people",
        write(
            new PersonData(
                null,
                "Negative",
                null,
                null,
                null,
                new BigDecimal("-5"),
                null,
                null,
                null,
                null,
                null,
                null,
                null)),
        "capacityHours");
    expectInvalid(
        rm,
        "/api/v1/resources/people",
        write(
            new PersonData(
                null,
                "Backwards",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new Absence(LocalDate.of(2027, 7, 14), LocalDate.of(2027, 7, 1), "Leave")),
                null)),
        "absences[0].lastDay");
    expectInvalid(rm, "/api/v1/resources/people", "{\"name\":\"Bad\\u0001name\"}", "name");
    expectInvalid(
        rm,
        "/api/v1/resources/roles",
        write(new RoleData("Role " + unique(), null, null, new BigDecimal("-1"), null, null)),
        "defaultRate");
    expectInvalid(
        rm,
        "/api/v1/resources/equipment",
        write(new EquipmentData("Rig", "Test rig", 0, null, null)),
        "quantity");

    JsonNode created = create(rm, person("Rate " + unique(), List.of()));
    mvc.perform(
            post("/api/v1/resources/people/" + created.get("id").asLong() + "/rates")
                .with(as(rm))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"hourlyRate\": 80}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("from"));
  }

  private void expectInvalid(UserSummary rm, String path, String body, String field)
      throws Exception {
    mvc.perform(post(path).with(as(rm)).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }

  @Test
  void the_pool_is_searched_by_department_role_and_skill() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    long department = department().id();
    String skill = "Cobol" + unique();
    JsonNode role =
        read(
            mvc.perform(
                    post("/api/v1/resources/roles")
                        .with(as(rm))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            write(
                                new RoleData(
                                    "Mainframe " + unique(),
                                    "Keeps the ledger running",
                                    null,
                                    new BigDecimal("100"),
                                    List.of(new SkillLevel(skill, 3)),
                                    null))))
                .andExpect(status().isCreated())
                .andReturn());
    long roleId = role.get("id").asLong();
    PersonData data =
        new PersonData(
            null,
            "Found " + unique(),
            department,
            null,
            roleId,
            null,
            80,
            null,
            null,
            null,
            List.of(new SkillLevel(skill, 5)),
            null,
            null);
    create(rm, data);
    create(rm, person("Other " + unique(), List.of()));
    UserSummary member = user(Role.MEMBER);
    for (String query :
        List.of(
            "departmentId=" + department,
            "roleId=" + roleId,
            "skill=" + skill.toLowerCase(),
            "skill=" + skill + "&departmentId=" + department + "&roleId=" + roleId)) {
      mvc.perform(get("/api/v1/resources/people?" + query).with(as(member)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.totalElements").value(1))
          .andExpect(jsonPath("$.content[0].name").value(data.name()))
          .andExpect(jsonPath("$.content[0].weeklyHours").value(32.0));
    }
    mvc.perform(get("/api/v1/resources/people?size=500").with(as(member)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/resources/people?sort=rate").with(as(member)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/resources/roles/" + roleId).with(as(member)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.defaultRate").doesNotExist())
        .andExpect(jsonPath("$.requiredSkills[0].skill").value(skill));
  }
}

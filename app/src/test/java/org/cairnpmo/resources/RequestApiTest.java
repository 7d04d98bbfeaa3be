package org.cairnpmo.resources;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Resource requests through the API: the workflow, who takes each step, and hidden projects. */
class RequestApiTest extends ApiTestSupport {

  @Autowired PoolService pool;
  @Autowired CatalogService catalog;

  private long role(UserSummary rm) {
    return catalog
        .createRole(
            new RoleData("Developer " + unique(), null, null, null, null, null), current(rm))
        .id();
  }

  private long person(UserSummary rm) {
    return pool.create(
            new PersonData(
                null,
                "Dev " + unique(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            current(rm))
        .id();
  }

  private RequestData data(long roleId) {
    return new RequestData(
        roleId,
        null,
        List.of(new SkillLevel("Java", 4)),
        new BigDecimal("20"),
        LocalDate.of(2027, 2, 1),
        LocalDate.of(2027, 6, 30),
        Priority.HIGH,
        "For the build phase");
  }

  private String base(ProjectView project) {
    return "/api/v1/projects/" + project.id() + "/resource-requests";
  }

  private ResultActions step(
      ProjectView project, long id, String step, long version, Object body, UserSummary user)
      throws Exception {
    return mvc.perform(
        post(base(project) + "/" + id + "/" + step)
            .with(as(user))
            .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(body == null ? Map.of() : body)));
  }

  @Test
  void a_request_is_proposed_accepted_and_approved_with_every_step_in_its_history()
      throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    long dev = person(rm);
    JsonNode created =
        read(
            mvc.perform(
                    post(base(project))
                        .with(as(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(data(role(rm)))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andReturn());
    long id = created.get("id").asLong();

    mvc.perform(get("/api/v1/resources/requests/waiting").with(as(rm)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + id + ")]").exists());
    step(project, id, "accept", 0, null, manager).andExpect(status().isConflict());
    step(project, id, "propose", 0, Map.of("personId", dev), manager)
        .andExpect(status().isForbidden());
    step(project, id, "propose", 0, Map.of("personId", dev), rm)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PROPOSED"));
    mvc.perform(get("/api/v1/resources/requests/waiting").with(as(manager)))
        .andExpect(
            jsonPath("$[?(@.id == " + id + " && @.proposedPersonId == " + dev + ")]").exists());
    step(project, id, "accept", 1, null, rm).andExpect(status().isForbidden());
    step(project, id, "decline", 1, Map.of("reason", " "), manager)
        .andExpect(status().isBadRequest());
    step(project, id, "decline", 1, Map.of("reason", "Needs Spring"), manager)
        .andExpect(jsonPath("$.status").value("REQUESTED"));
    step(project, id, "propose", 2, Map.of("personId", dev), rm).andExpect(status().isOk());
    step(project, id, "accept", 3, null, manager).andExpect(jsonPath("$.status").value("ACCEPTED"));
    step(project, id, "approve", 4, null, manager).andExpect(status().isForbidden());
    step(project, id, "approve", 3, null, rm).andExpect(status().isConflict());
    step(project, id, "approve", 4, null, rm)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.history.length()").value(6))
        .andExpect(jsonPath("$.history[2].note").value("Needs Spring"))
        .andExpect(jsonPath("$.history[5].by").value(rm.displayName()));
    step(project, id, "reject", 5, Map.of("reason", "Too late"), rm)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void a_resource_manager_rejects_with_a_reason() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    long id =
        read(mvc.perform(
                    post(base(project))
                        .with(as(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(data(role(rm)))))
                .andReturn())
            .get("id")
            .asLong();
    step(project, id, "reject", 0, Map.of(), rm)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    step(project, id, "reject", 0, Map.of("reason", "Nobody free"), rm)
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(jsonPath("$.reason").value("Nobody free"));
  }

  @Test
  void only_the_projects_manager_the_pmo_and_admins_request_and_bad_input_is_refused()
      throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    ProjectView project = project(manager, false, member);
    long roleId = role(rm);
    for (UserSummary other :
        List.of(member, rm, user(Role.PROJECT_MANAGER), user(Role.EXECUTIVE))) {
      mvc.perform(
              post(base(project))
                  .with(as(other))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(data(roleId))))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            post(base(project))
                .with(as(user(Role.PMO)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(data(roleId))))
        .andExpect(status().isCreated());
    RequestData backwards =
        new RequestData(
            roleId,
            null,
            null,
            new BigDecimal("20"),
            LocalDate.of(2027, 6, 1),
            LocalDate.of(2027, 5, 1),
            null,
            null);
    mvc.perform(
            post(base(project))
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(backwards)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lastDay"));
    RequestData negative =
        new RequestData(
            roleId,
            null,
            null,
            new BigDecimal("-1"),
            LocalDate.of(2027, 6, 1),
            LocalDate.of(2027, 6, 2),
            null,
            null);
    mvc.perform(
            post(base(project))
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(negative)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("hoursPerWeek"));
    mvc.perform(get(base(project)).with(as(member)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(1));
  }

  @Test
  void the_requests_of_a_hidden_project_answer_404_as_a_missing_one() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView hidden = project(manager, true);
    long id =
        read(mvc.perform(
                    post(base(hidden))
                        .with(as(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(data(role(rm)))))
                .andExpect(status().isCreated())
                .andReturn())
            .get("id")
            .asLong();
    UserSummary stranger = user(Role.MEMBER);
    mvc.perform(get(base(hidden)).with(as(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(base(hidden) + "/" + id).with(as(stranger))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/projects/99999999/resource-requests").with(as(stranger)))
        .andExpect(status().isNotFound());
    // Resource managers staff only the projects they may see.
    step(hidden, id, "propose", 0, Map.of("personId", person(rm)), rm)
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/resources/requests/waiting").with(as(rm)))
        .andExpect(jsonPath("$[?(@.id == " + id + ")]").doesNotExist());
  }
}

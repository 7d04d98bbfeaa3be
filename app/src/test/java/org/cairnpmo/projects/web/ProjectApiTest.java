package org.cairnpmo.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The project register's JSON API: the contract, optimistic locking, validation and errors. */
class ProjectApiTest extends ApiTestSupport {

  private static final String PROJECTS = "/api/v1/projects";

  private UserSummary pmo;
  private UserSummary manager;

  @BeforeEach
  void people() {
    pmo = user(Role.PMO);
    manager = user(Role.PROJECT_MANAGER);
  }

  /** A valid body for a new project managed by {@link #manager}; tests change what they test. */
  private ObjectNode newProject() {
    ObjectNode body = json.valueToTree(projectData(manager.id(), false, List.of()));
    body.remove("version");
    return body;
  }

  private ResultActions create(ObjectNode body) throws Exception {
    return mvc.perform(
        post(PROJECTS).with(as(pmo)).contentType(MediaType.APPLICATION_JSON).content(write(body)));
  }

  private ResultActions putProject(long id, ObjectNode body, String ifMatch) throws Exception {
    var request =
        put(PROJECTS + "/" + id)
            .with(as(manager))
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(body));
    if (ifMatch != null) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    return mvc.perform(request);
  }

  private ResultActions patchProject(long id, String body, String ifMatch) throws Exception {
    var request =
        patch(PROJECTS + "/" + id).with(as(manager)).contentType(MERGE_PATCH).content(body);
    if (ifMatch != null) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    return mvc.perform(request);
  }

  private static void expectFieldError(ResultActions result, String field) throws Exception {
    result
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
  }

  @Test
  void post_answers_201_with_location_etag_and_the_project_with_id_and_version() throws Exception {
    String code = "C-" + unique();
    String minimal =
        """
        {"code": "%s", "name": "Minimal project",
         "plannedStart": "2027-03-01", "plannedFinish": "2027-09-30"}
        """
            .formatted(code);

    MvcResult created =
        mvc.perform(
                post(PROJECTS)
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(minimal))
            .andExpect(status().isCreated())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
            .andExpect(jsonPath("$.code").value(code))
            .andExpect(jsonPath("$.version").value(0))
            .andExpect(jsonPath("$.status").value("PROPOSED"))
            .andExpect(jsonPath("$.plannedStart").value("2027-03-01"))
            .andReturn();
    long id = read(created).get("id").asLong();
    String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
    assertThat(location).endsWith(PROJECTS + "/" + id);

    mvc.perform(get(location).with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.name").value("Minimal project"));
  }

  @Test
  void a_get_with_the_current_etag_in_if_none_match_answers_304() throws Exception {
    ProjectView p = project(manager, false);
    mvc.perform(get(PROJECTS + "/" + p.id()).with(as(manager)).header("If-None-Match", "\"0\""))
        .andExpect(status().isNotModified());
    mvc.perform(get(PROJECTS + "/" + p.id()).with(as(manager)).header("If-None-Match", "\"7\""))
        .andExpect(status().isOk());
  }

  @Test
  void a_put_with_a_stale_if_match_is_refused_and_the_stored_project_is_unchanged()
      throws Exception {
    ProjectView p = project(manager, false);
    String path = PROJECTS + "/" + p.id();
    ObjectNode body = json.valueToTree(p);
    body.put("name", "First edit");
    putProject(p.id(), body, "\"0\"")
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
        .andExpect(jsonPath("$.version").value(1));
    JsonNode before = read(fetch(path, manager));

    body.put("name", "Second edit from the old version");
    putProject(p.id(), body, "\"0\"")
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value(endsWith("/stale-version")))
        .andExpect(jsonPath("$.currentVersion").value(1));

    JsonNode after = read(fetch(path, manager));
    assertThat(after).isEqualTo(before);
    assertThat(after.get("name").asString()).isEqualTo("First edit");
  }

  @Test
  void a_put_with_a_stale_version_in_the_body_answers_409() throws Exception {
    ProjectView p = project(manager, false);
    ObjectNode body = json.valueToTree(p);
    body.put("name", "Edited once");
    putProject(p.id(), body, null).andExpect(status().isOk());

    body.put("name", "Edited from the old version");
    body.put("version", 0);
    putProject(p.id(), body, null)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.detail", containsString("changed by someone else")));
    assertThat(read(fetch(PROJECTS + "/" + p.id(), manager)).get("name").asString())
        .isEqualTo("Edited once");
  }

  @Test
  void an_update_must_say_which_version_it_edited() throws Exception {
    ProjectView p = project(manager, false);
    ObjectNode body = json.valueToTree(p);
    body.remove("version");
    putProject(p.id(), body, null)
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.detail", containsString("If-Match")));
    putProject(p.id(), body, "*").andExpect(status().isPreconditionRequired());
    patchProject(p.id(), "{\"name\": \"No version\"}", null)
        .andExpect(status().isPreconditionRequired());
    expectFieldError(putProject(p.id(), body, "version-zero"), "If-Match");
  }

  @Test
  void if_match_accepts_weak_etags_and_wins_over_the_body_version() throws Exception {
    ProjectView p = project(manager, false);
    ObjectNode body = json.valueToTree(p);
    body.put("name", "Weakly matched");
    body.put("version", 42);
    putProject(p.id(), body, "W/\"0\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Weakly matched"))
        .andExpect(jsonPath("$.version").value(1));
  }

  @Test
  void a_put_replaces_the_data_and_is_kept_in_the_history() throws Exception {
    UserSummary member = user(Role.MEMBER);
    ProjectView p = project(manager, false, member);
    ObjectNode body = json.valueToTree(p);
    body.put("name", "Replaced");
    body.put("status", "ACTIVE");
    body.remove("members");

    putProject(p.id(), body, "\"0\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.members[*].userId", not(hasItem((int) member.id()))));

    mvc.perform(get(PROJECTS + "/" + p.id() + "/history").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.field == 'Name')].newValue").value(hasItem("Replaced")))
        .andExpect(jsonPath("$[?(@.field == 'Status')].oldValue").value(hasItem("Proposed")))
        .andExpect(jsonPath("$[0].changedBy").value(manager.username()));
  }

  @Test
  void a_merge_patch_changes_only_the_fields_sent() throws Exception {
    UserSummary member = user(Role.MEMBER);
    ProjectView p = project(manager, false, member);

    patchProject(p.id(), "{\"name\": \"Patched\", \"description\": null}", "\"0\"")
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
        .andExpect(jsonPath("$.name").value("Patched"))
        .andExpect(jsonPath("$.description").doesNotExist())
        .andExpect(jsonPath("$.code").value(p.code()))
        .andExpect(jsonPath("$.budgetAmount").value(100000.0))
        .andExpect(jsonPath("$.members[*].userId", hasItem((int) member.id())));

    // plain application/json is accepted too, with the version in the body
    mvc.perform(
            patch(PROJECTS + "/" + p.id())
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"priority\": \"HIGH\", \"version\": 1}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.priority").value("HIGH"))
        .andExpect(jsonPath("$.name").value("Patched"))
        .andExpect(jsonPath("$.version").value(2));

    patchProject(p.id(), "{\"name\": \"From a stale read\"}", "\"1\"")
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void a_merge_patch_is_validated_like_a_full_update() throws Exception {
    ProjectView p = project(manager, false);
    expectFieldError(patchProject(p.id(), "{\"name\": \"\"}", "\"0\""), "name");
    expectFieldError(
        patchProject(p.id(), "{\"plannedFinish\": \"2026-06-30\"}", "\"0\""), "plannedFinish");
    expectFieldError(
        patchProject(p.id(), "{\"plannedStart\": \"next monday\"}", "\"0\""), "plannedStart");
    expectFieldError(patchProject(p.id(), "{\"budgetAmount\": -1}", "\"0\""), "budgetAmount");
    expectFieldError(patchProject(p.id(), "{\"nmae\": \"Typo\"}", "\"0\""), "nmae");
    expectFieldError(patchProject(p.id(), "{\"version\": \"one\"}", null), "version");
    expectFieldError(patchProject(p.id(), "[\"name\"]", "\"0\""), "body");
    mvc.perform(
            patch(PROJECTS + "/" + p.id())
                .with(as(manager))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType("application/json-patch+json")
                .content("[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"X\"}]"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(header().string("Accept-Patch", containsString("merge-patch+json")));
    assertThat(read(fetch(PROJECTS + "/" + p.id(), manager)).get("version").asLong()).isZero();
  }

  @Test
  void invalid_input_answers_400_with_the_fields_at_fault() throws Exception {
    ObjectNode missingName = newProject();
    missingName.remove("name");
    expectFieldError(create(missingName), "name");

    ObjectNode finishBeforeStart = newProject();
    finishBeforeStart.put("plannedFinish", "2026-12-31");
    expectFieldError(create(finishBeforeStart), "plannedFinish");

    ObjectNode badCode = newProject();
    badCode.put("code", "no spaces allowed!");
    expectFieldError(create(badCode), "code");

    ObjectNode negativeBudget = newProject();
    negativeBudget.put("budgetAmount", -5);
    expectFieldError(create(negativeBudget), "budgetAmount");

    ObjectNode unknownDepartment = newProject();
    unknownDepartment.put("departmentId", Long.MAX_VALUE);
    expectFieldError(create(unknownDepartment), "departmentId");

    ObjectNode unknownManager = newProject();
    unknownManager.put("managerId", Long.MAX_VALUE);
    expectFieldError(create(unknownManager), "managerId");

    ObjectNode closedAtBirth = newProject();
    closedAtBirth.put("status", "CLOSED");
    expectFieldError(create(closedAtBirth), "status");
  }

  @Test
  void a_code_already_taken_answers_400_on_the_code_field() throws Exception {
    ProjectView existing = project(manager, false);
    ObjectNode duplicate = newProject();
    duplicate.put("code", existing.code().toLowerCase());
    expectFieldError(create(duplicate), "code");
  }

  @Test
  void an_unknown_sort_field_answers_400() throws Exception {
    expectFieldError(
        mvc.perform(get(PROJECTS).with(as(pmo)).param("sort", "password,asc")), "sort");
  }

  @Test
  void malformed_json_answers_400_without_internals() throws Exception {
    mvc.perform(
            post(PROJECTS)
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"X-1\", \"name\": "))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value(endsWith("/malformed-request")))
        .andExpect(jsonPath("$.errors[0].field").value("body"))
        .andExpect(content().string(not(containsString("jackson"))))
        .andExpect(content().string(not(containsString("Exception"))));
    // well-formed JSON with a value of the wrong type names the field
    mvc.perform(
            post(PROJECTS)
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(newProject().put("plannedStart", "31/12/2027"))))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("plannedStart"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("YYYY-MM-DD")))
        .andExpect(content().string(not(containsString("Exception"))));
    mvc.perform(
            post(PROJECTS)
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(newProject().put("priority", "URGENT"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("priority"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("CRITICAL")));
    mvc.perform(post(PROJECTS).with(as(pmo)).contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void a_query_parameter_of_the_wrong_type_names_the_parameter() throws Exception {
    mvc.perform(get(PROJECTS).with(as(pmo)).param("status", "FINISHED"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("ON_HOLD")));
    mvc.perform(get(PROJECTS + "/not-a-number").with(as(pmo)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"));
  }

  @Test
  void a_body_that_is_not_json_answers_415() throws Exception {
    mvc.perform(
            post(PROJECTS)
                .with(as(pmo))
                .contentType(MediaType.TEXT_PLAIN)
                .content("code=X-1&name=Plain"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    ProjectView p = project(manager, false);
    mvc.perform(
            put(PROJECTS + "/" + p.id())
                .with(as(manager))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_XML)
                .content("<project/>"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void asking_for_xml_answers_406() throws Exception {
    ProjectView p = project(manager, false);
    mvc.perform(get(PROJECTS + "/" + p.id()).with(as(manager)).accept(MediaType.APPLICATION_XML))
        .andExpect(status().isNotAcceptable());
    mvc.perform(get(PROJECTS).with(as(manager)).accept(MediaType.APPLICATION_XML))
        .andExpect(status().isNotAcceptable());
  }

  @Test
  void the_lifecycle_refuses_impossible_transitions_with_409() throws Exception {
    ProjectView p = project(manager, false);
    patchProject(p.id(), "{\"status\": \"CLOSED\"}", "\"0\"")
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value(endsWith("/invalid-transition")))
        .andExpect(jsonPath("$.detail", containsString("Proposed to Closed")));

    patchProject(p.id(), "{\"status\": \"ACTIVE\"}", "\"0\"").andExpect(status().isOk());
    patchProject(p.id(), "{\"status\": \"CLOSED\"}", "\"1\"").andExpect(status().isOk());
    // A closed project is frozen: reopening is the PMO's, on its closure page.
    patchProject(p.id(), "{\"status\": \"ACTIVE\"}", "\"2\"")
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value(endsWith("/project-frozen")));
    assertThat(read(fetch(PROJECTS + "/" + p.id(), manager)).get("status").asString())
        .isEqualTo("CLOSED");
  }

  @Test
  void projects_are_never_deleted() throws Exception {
    ProjectView p = project(manager, false);
    mvc.perform(delete(PROJECTS + "/" + p.id()).with(as(pmo)))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(header().string(HttpHeaders.ALLOW, containsString("PATCH")))
        .andExpect(jsonPath("$.detail", containsString("Cancel or close")));
    mvc.perform(get(PROJECTS + "/" + p.id()).with(as(pmo))).andExpect(status().isOk());
  }
}

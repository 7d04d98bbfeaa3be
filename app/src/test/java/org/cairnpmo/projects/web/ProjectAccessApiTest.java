package org.cairnpmo.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may do what through the project API. A project the caller may not see answers exactly like
 * one that does not exist; a project the caller may see but not change answers 403 and says nothing
 * about it.
 */
class ProjectAccessApiTest extends ApiTestSupport {

  private static final String PROJECTS = "/api/v1/projects";

  private ObjectNode body(ProjectView p, String newName) {
    ObjectNode body = json.valueToTree(p);
    body.put("name", newName);
    return body;
  }

  private ResultActions putAs(UserSummary user, ProjectView p, String newName) throws Exception {
    return mvc.perform(
        put(PROJECTS + "/" + p.id())
            .with(as(user))
            .header(HttpHeaders.IF_MATCH, "\"" + p.version() + "\"")
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(body(p, newName))));
  }

  private ResultActions patchAs(UserSummary user, long id, String body) throws Exception {
    return mvc.perform(
        patch(PROJECTS + "/" + id)
            .with(as(user))
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .contentType(MERGE_PATCH)
            .content(body));
  }

  private ResultActions createAs(UserSummary user, Long managerId) throws Exception {
    ObjectNode body = json.valueToTree(projectData(managerId, false, List.of()));
    return mvc.perform(
        post(PROJECTS).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(write(body)));
  }

  private List<String> listedCodes(UserSummary user, String query) throws Exception {
    MvcResult result =
        mvc.perform(get(PROJECTS).with(as(user)).param("q", query).param("size", "200"))
            .andExpect(status().isOk())
            .andReturn();
    return read(result).get("content").valueStream().map(p -> p.get("code").asString()).toList();
  }

  @Test
  void every_endpoint_answers_401_problem_json_without_credentials() throws Exception {
    List<MockHttpServletRequestBuilder> calls =
        List.of(
            get(PROJECTS),
            post(PROJECTS).contentType(MediaType.APPLICATION_JSON).content("{}"),
            get(PROJECTS + "/1"),
            put(PROJECTS + "/1").contentType(MediaType.APPLICATION_JSON).content("{}"),
            patch(PROJECTS + "/1").contentType(MERGE_PATCH).content("{}"),
            get(PROJECTS + "/1/history"),
            get("/api/v1/departments"),
            post("/api/v1/departments").contentType(MediaType.APPLICATION_JSON).content("{}"),
            get("/api/v1/departments/1"),
            put("/api/v1/departments/1").contentType(MediaType.APPLICATION_JSON).content("{}"),
            get("/api/v1/users/me"),
            get("/api/v1/users"));
    for (MockHttpServletRequestBuilder call : calls) {
      mvc.perform(call)
          .andExpect(status().isUnauthorized())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM))
          .andExpect(jsonPath("$.status").value(401));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"MEMBER", "EXECUTIVE", "RESOURCE_MANAGER"})
  void only_the_pmo_administrators_and_project_managers_register_projects(Role role)
      throws Exception {
    createAs(user(role), null)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(403));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"ADMIN", "PMO"})
  void the_pmo_and_administrators_register_projects_for_any_manager(Role role) throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    createAs(user(role), manager.id())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.managerId").value(manager.id()));
  }

  @Test
  void a_project_manager_registers_projects_they_manage_themselves() throws Exception {
    UserSummary pm = user(Role.PROJECT_MANAGER);
    createAs(pm, null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.managerId").value(pm.id()))
        .andExpect(jsonPath("$.editable").value(true));
    createAs(pm, user(Role.PROJECT_MANAGER).id())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("managerId"));
  }

  @Test
  void a_team_member_cannot_change_the_project_and_learns_nothing_from_the_refusal()
      throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    ProjectView p = project(manager, true, member);

    mvc.perform(get(PROJECTS + "/" + p.id()).with(as(member)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.editable").value(false));
    for (ResultActions refused :
        List.of(
            putAs(member, p, "Hijacked"), patchAs(member, p.id(), "{\"name\": \"Hijacked\"}"))) {
      String problem =
          refused
              .andExpect(status().isForbidden())
              .andExpect(content().contentTypeCompatibleWith(PROBLEM))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(problem)
          .doesNotContainIgnoringCase(p.code())
          .doesNotContain(p.name())
          .doesNotContain(manager.username())
          .doesNotContain(manager.displayName())
          .doesNotContain("Exception");
    }
    assertThat(read(fetch(PROJECTS + "/" + p.id(), manager)).get("name").asString())
        .isEqualTo(p.name());
  }

  @Test
  void another_project_manager_or_an_executive_cannot_change_a_project_they_do_not_manage()
      throws Exception {
    ProjectView p = project(user(Role.PROJECT_MANAGER), false);
    putAs(user(Role.PROJECT_MANAGER), p, "Not mine").andExpect(status().isForbidden());
    putAs(user(Role.EXECUTIVE), p, "Not mine").andExpect(status().isForbidden());
    putAs(user(Role.RESOURCE_MANAGER), p, "Not mine").andExpect(status().isForbidden());
  }

  @Test
  void the_manager_the_pmo_and_administrators_change_the_project() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, true);
    putAs(manager, p, "By the manager").andExpect(status().isOk());
    p = projects.visibleProject(p.id(), current(manager)).orElseThrow();
    putAs(user(Role.PMO), p, "By the PMO").andExpect(status().isOk());
    p = projects.visibleProject(p.id(), current(manager)).orElseThrow();
    putAs(user(Role.ADMIN), p, "By an administrator")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(3));
  }

  @Test
  void a_confidential_project_is_not_found_for_an_outsider_exactly_like_a_missing_one()
      throws Exception {
    UserSummary outsider = user(Role.PROJECT_MANAGER);
    ProjectView secret = project(user(Role.PROJECT_MANAGER), true);
    long missing = Long.MAX_VALUE - 7;

    List<String> paths = List.of("%d", "%d/history");
    for (String path : paths) {
      String hidden = notFound(get(PROJECTS + "/" + path.formatted(secret.id())), outsider);
      String absent = notFound(get(PROJECTS + "/" + path.formatted(missing)), outsider);
      assertSame(hidden, secret.id(), absent, missing);
    }
    ObjectNode body = body(secret, "Peek");
    String hiddenPut =
        notFound(
            put(PROJECTS + "/" + secret.id())
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body)),
            outsider);
    String absentPut =
        notFound(
            put(PROJECTS + "/" + missing)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body)),
            outsider);
    assertSame(hiddenPut, secret.id(), absentPut, missing);
    String hiddenPatch =
        notFound(
            patch(PROJECTS + "/" + secret.id())
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MERGE_PATCH)
                .content("{\"name\": \"Peek\"}"),
            outsider);
    String absentPatch =
        notFound(
            patch(PROJECTS + "/" + missing)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MERGE_PATCH)
                .content("{\"name\": \"Peek\"}"),
            outsider);
    assertSame(hiddenPatch, secret.id(), absentPatch, missing);
    assertThat(listedCodes(outsider, secret.code())).isEmpty();
  }

  private String notFound(MockHttpServletRequestBuilder request, UserSummary user)
      throws Exception {
    return mvc.perform(request.with(as(user)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** Two 404 bodies are the same but for the id that was asked for. */
  private void assertSame(String hidden, long hiddenId, String absent, long absentId) {
    JsonNode a = json.readTree(hidden);
    JsonNode b = json.readTree(absent);
    assertThat(a.propertyNames()).containsExactlyInAnyOrderElementsOf(b.propertyNames());
    for (String field : a.propertyNames()) {
      if (a.get(field).isString()) {
        assertThat(a.get(field).asString().replaceAll("\\b" + hiddenId + "\\b", "ID"))
            .as(field)
            .isEqualTo(b.get(field).asString().replaceAll("\\b" + absentId + "\\b", "ID"));
      } else {
        assertThat(a.get(field)).as(field).isEqualTo(b.get(field));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"PMO", "EXECUTIVE", "ADMIN"})
  void the_pmo_executives_and_administrators_see_confidential_projects(Role role) throws Exception {
    UserSummary overseer = user(role);
    ProjectView secret = project(user(Role.PROJECT_MANAGER), true);
    mvc.perform(get(PROJECTS + "/" + secret.id()).with(as(overseer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.confidential").value(true));
    mvc.perform(get(PROJECTS + "/" + secret.id() + "/history").with(as(overseer)))
        .andExpect(status().isOk());
    assertThat(listedCodes(overseer, secret.code())).containsExactly(secret.code());
  }

  @Test
  void members_sponsors_and_managers_see_their_confidential_project() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    UserSummary stakeholder = user(Role.MEMBER);
    UserSummary sponsor = user(Role.EXECUTIVE, Role.MEMBER);
    ProjectData data =
        projectData(
            manager.id(),
            true,
            List.of(
                new ProjectData.Member(member.id(), MembershipRole.TEAM_MEMBER),
                new ProjectData.Member(stakeholder.id(), MembershipRole.STAKEHOLDER)));
    ObjectNode body = json.valueToTree(data);
    body.put("sponsorId", sponsor.id());
    MvcResult created =
        mvc.perform(
                post(PROJECTS)
                    .with(as(user(Role.PMO)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body)))
            .andExpect(status().isCreated())
            .andReturn();
    JsonNode secret = read(created);
    String code = secret.get("code").asString();
    for (UserSummary insider : List.of(manager, member, stakeholder, sponsor)) {
      mvc.perform(get(PROJECTS + "/" + secret.get("id").asLong()).with(as(insider)))
          .andExpect(status().isOk());
      assertThat(listedCodes(insider, code)).containsExactly(code);
    }
  }

  @Test
  void the_list_never_shows_a_project_the_caller_may_not_see() throws Exception {
    String prefix = "V" + unique() + "-";
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    UserSummary outsider = user(Role.MEMBER);
    String open = register(prefix + "OPEN", manager, false, List.of());
    String mine = register(prefix + "MINE", manager, true, List.of(member));
    String theirs = register(prefix + "THEIRS", manager, true, List.of());

    assertThat(listedCodes(outsider, prefix)).containsExactly(open);
    assertThat(listedCodes(member, prefix)).containsExactlyInAnyOrder(open, mine);
    assertThat(listedCodes(manager, prefix)).containsExactlyInAnyOrder(open, mine, theirs);
    // filters narrow what may be seen; they never widen it
    for (String[] filter :
        List.of(
            new String[] {"managerId", Long.toString(manager.id())},
            new String[] {"status", "PROPOSED"},
            new String[] {"category", "OPERATIONAL"},
            new String[] {"priority", "MEDIUM"})) {
      mvc.perform(
              get(PROJECTS)
                  .with(as(outsider))
                  .param("q", prefix)
                  .param(filter[0], filter[1])
                  .param("size", "200"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.totalElements").value(1))
          .andExpect(jsonPath("$.content[*].code", not(hasItem(mine))))
          .andExpect(jsonPath("$.content[*].code", not(hasItem(theirs))));
    }
  }

  private String register(
      String code, UserSummary manager, boolean confidential, List<UserSummary> members) {
    ProjectData template =
        projectData(
            manager.id(),
            confidential,
            members.stream()
                .map(m -> new ProjectData.Member(m.id(), MembershipRole.TEAM_MEMBER))
                .toList());
    ObjectNode body = json.valueToTree(template);
    body.put("code", code);
    return projects.register(json.treeToValue(body, ProjectData.class), pmo()).code();
  }
}

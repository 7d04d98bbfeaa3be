package org.cairnpmo.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The register's project pages: registering, editing, status changes and who may do what. */
class ProjectRegisterPageTest extends ProjectPageTestSupport {

  @Test
  void a_project_manager_registers_a_project_they_manage() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary teammate = user(Role.MEMBER);
    String code = "C" + unique();

    mvc.perform(get("/projects/new").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Register a new project")))
        .andExpect(content().string(containsString("type=\"date\"")));

    MvcResult created =
        mvc.perform(
                validForm(post("/projects"))
                    .param("code", code)
                    .param("members[0].userId", String.valueOf(teammate.id()))
                    .param("members[0].role", "STAKEHOLDER")
                    .with(as(manager))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flash", "Project " + code + " registered."))
            .andReturn();
    String location = created.getResponse().getRedirectedUrl();
    assertThat(location).matches("/projects/\\d+");

    mvc.perform(get(location).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Warehouse robots")))
        .andExpect(content().string(containsString(manager.displayName())))
        .andExpect(content().string(containsString(teammate.displayName())))
        .andExpect(content().string(containsString("Stakeholder")))
        .andExpect(content().string(containsString("Registered as Proposed")));
  }

  @Test
  void finish_before_start_is_shown_next_to_the_finish_date() throws Exception {
    UserSummary pmo = user(Role.PMO);
    String body =
        body(
            mvc.perform(
                    validForm(post("/projects"))
                        .param("code", "D" + unique())
                        .param("plannedStart", "2027-06-01")
                        .param("plannedFinish", "2027-05-01")
                        .with(as(pmo))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(body)
        .containsPattern(
            "id=\"plannedFinish-error\"[^>]*>The planned finish cannot be before the planned"
                + " start.<")
        .contains("aria-invalid=\"true\"")
        .contains("value=\"2027-06-01\"")
        .contains("value=\"Warehouse robots\"");
  }

  @Test
  void bean_validation_messages_appear_next_to_their_fields() throws Exception {
    String body =
        body(
            mvc.perform(
                    post("/projects")
                        .param("code", "x")
                        .param("name", "")
                        .param("plannedStart", "not-a-date")
                        .param("budgetAmount", "-5")
                        .with(as(user(Role.PMO)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(body)
        .containsPattern("id=\"code-error\"[^>]*>Use 2 to 20 letters, digits or dashes<")
        .containsPattern("id=\"name-error\"[^>]*>Enter the project&#39;s name<")
        .containsPattern("id=\"plannedStart-error\"[^>]*>Enter a valid date, e.g. 2027-03-31.<")
        .containsPattern("id=\"plannedFinish-error\"[^>]*>Enter the planned finish date<")
        .containsPattern("id=\"budgetAmount-error\"[^>]*>The budget cannot be negative<")
        .contains("Please correct");
  }

  @Test
  void people_who_cannot_register_get_403() throws Exception {
    UserSummary member = user(Role.MEMBER);
    mvc.perform(get("/projects/new").with(as(member))).andExpect(status().isForbidden());
    mvc.perform(
            validForm(post("/projects"))
                .param("code", "F" + unique())
                .with(as(member))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void adding_and_removing_member_rows_keeps_the_input() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary someone = user(Role.MEMBER);
    String added =
        body(
            mvc.perform(
                    validForm(post("/projects"))
                        .param("code", "KEEP-ME")
                        .param("members[0].userId", String.valueOf(someone.id()))
                        .param("addMember", "true")
                        .with(as(pmo))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(added)
        .contains("value=\"KEEP-ME\"")
        .contains("id=\"members1.userId\"")
        .doesNotContain("field__error\"");

    String removed =
        body(
            mvc.perform(
                    validForm(post("/projects"))
                        .param("code", "KEEP-ME")
                        .param("members[0].userId", String.valueOf(someone.id()))
                        .param("members[1].userId", "")
                        .param("removeMember", "0")
                        .with(as(pmo))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(removed).contains("id=\"members0.userId\"").doesNotContain("members1.userId");
  }

  // ---------------------------------------------------------------- edit

  @Test
  void editing_saves_and_writes_the_history() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = register("E" + unique(), null, manager.id(), false);

    mvc.perform(get("/projects/{id}/edit", project.id()).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("name=\"version\" value=\"" + project.version() + "\"")))
        .andExpect(content().string(containsString("value=\"" + project.code() + "\"")));

    mvc.perform(
            validForm(post("/projects/{id}/edit", project.id()))
                .param("code", project.code())
                .param("name", "Renamed by the manager")
                .param("status", "ACTIVE")
                .param("managerId", String.valueOf(manager.id()))
                .param("version", String.valueOf(project.version()))
                .with(as(manager))
                .with(csrf()))
        .andExpect(redirectedUrl("/projects/" + project.id()))
        .andExpect(flash().attribute("flash", "Project " + project.code() + " saved."));

    String detail =
        body(mvc.perform(get("/projects/{id}", project.id()).with(as(manager))).andReturn());
    assertThat(detail)
        .contains("Renamed by the manager")
        .contains("id=\"history\"")
        .contains("data-label=\"Field\">Name</td>")
        .contains("<span class=\"history-old\">Project " + project.code() + "</span>")
        .contains("<span class=\"history-new\">Renamed by the manager</span>")
        .contains("<span class=\"history-old\">Proposed</span>")
        .contains(manager.username());
    assertThat(service.history(project.id(), pmo()))
        .anySatisfy(c -> assertThat(c.field()).isEqualTo("Status"));
  }

  @Test
  void a_stale_version_shows_the_conflict_and_keeps_the_input() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = register("X" + unique(), null, manager.id(), false);
    ProjectData current = service.dataForEdit(project.id(), pmo());
    service.revise(
        project.id(),
        new ProjectData(
            current.code(),
            "Changed meanwhile",
            current.description(),
            current.departmentId(),
            current.sponsorId(),
            current.managerId(),
            current.category(),
            current.priority(),
            current.status(),
            current.plannedStart(),
            current.plannedFinish(),
            current.budgetAmount(),
            current.budgetCurrency(),
            current.confidential(),
            current.members(),
            current.version()),
        project.version(),
        pmo());

    String body =
        body(
            mvc.perform(
                    validForm(post("/projects/{id}/edit", project.id()))
                        .param("code", project.code())
                        .param("name", "My late edit")
                        .param("managerId", String.valueOf(manager.id()))
                        .param("version", String.valueOf(project.version()))
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(body)
        .contains("Someone else changed this project while you were editing it.")
        .contains("value=\"My late edit\"");
    assertThat(service.get(project.id(), pmo()).name()).isEqualTo("Changed meanwhile");
  }

  @Test
  void an_illegal_transition_is_refused_with_its_reason() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProjectView project = register("T" + unique(), null, null, false);
    // Proposed cannot go straight to Closed.
    mvc.perform(
            post("/projects/{id}/status", project.id())
                .param("status", "CLOSED")
                .param("version", String.valueOf(project.version()))
                .with(as(pmo))
                .with(csrf()))
        .andExpect(redirectedUrl("/projects/" + project.id()))
        .andExpect(
            flash().attribute("flashError", containsString("cannot go from Proposed to Closed")));

    mvc.perform(
            post("/projects/{id}/status", project.id())
                .param("status", "ACTIVE")
                .param("version", String.valueOf(project.version()))
                .with(as(pmo))
                .with(csrf()))
        .andExpect(flash().attribute("flash", "Project " + project.code() + " is now Active."));
  }

  @Test
  void a_status_change_from_a_stale_page_changes_nothing_and_says_why() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProjectView project = register("S" + unique(), null, null, false);
    service.changeStatus(project.id(), ProjectStatus.ACTIVE, project.version(), pmo());

    mvc.perform(
            post("/projects/{id}/status", project.id())
                .param("status", "CANCELLED")
                .param("version", String.valueOf(project.version()))
                .with(as(pmo))
                .with(csrf()))
        .andExpect(redirectedUrl("/projects/" + project.id()))
        .andExpect(
            flash()
                .attribute(
                    "flashError",
                    "Someone else changed this project while you were looking at it, so the status"
                        + " was not changed. Here is the current version; check it and try"
                        + " again."));
    assertThat(service.get(project.id(), pmo()).status()).isEqualTo(ProjectStatus.ACTIVE);
  }

  @Test
  void a_status_change_is_one_revision_that_changes_only_the_status() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProjectView project = register("R" + unique(), null, null, false);

    mvc.perform(
            post("/projects/{id}/status", project.id())
                .param("status", "ACTIVE")
                .param("version", String.valueOf(project.version()))
                .with(as(pmo))
                .with(csrf()))
        .andExpect(flash().attribute("flash", "Project " + project.code() + " is now Active."));

    ProjectView after = service.get(project.id(), pmo());
    assertThat(after.version()).isEqualTo(project.version() + 1);
    assertThat(after.name()).isEqualTo(project.name());
    assertThat(service.history(project.id(), pmo()))
        .filteredOn(c -> c.revision() == after.version())
        .extracting(c -> c.field())
        .containsExactly("Status");
  }

  @Test
  void a_team_member_gets_403_on_the_edit_page() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    ProjectView project =
        projects.register(
            projectData(
                manager.id(),
                false,
                List.of(new ProjectData.Member(member.id(), MembershipRole.TEAM_MEMBER))),
            pmo());

    mvc.perform(get("/projects/{id}", project.id()).with(as(member)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Edit project"))));
    mvc.perform(get("/projects/{id}/edit", project.id()).with(as(member)))
        .andExpect(status().isForbidden());
    mvc.perform(
            validForm(post("/projects/{id}/edit", project.id()))
                .param("code", project.code())
                .param("version", String.valueOf(project.version()))
                .with(as(member))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/projects/{id}/status", project.id())
                .param("status", "ACTIVE")
                .param("version", String.valueOf(project.version()))
                .with(as(member))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(service.get(project.id(), pmo()).status()).isEqualTo(ProjectStatus.PROPOSED);
  }

  @Test
  void an_outsider_gets_404_for_a_confidential_project() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary outsider = user(Role.MEMBER);
    ProjectView secret = register("Q" + unique(), null, manager.id(), true);

    mvc.perform(get("/projects/{id}", secret.id()).with(as(outsider)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/projects/{id}/edit", secret.id()).with(as(outsider)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/projects/{id}", 987654321L).with(as(outsider)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/projects/{id}", secret.id()).with(as(manager))).andExpect(status().isOk());
  }

  @Test
  void anonymous_visitors_are_sent_to_sign_in() throws Exception {
    mvc.perform(get("/projects")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/projects/new")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void the_form_cannot_overwrite_the_id() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProjectView project = register("I" + unique(), null, null, false);
    mvc.perform(
            validForm(post("/projects/{id}/edit", project.id()))
                .param("id", "1")
                .param("code", project.code())
                .param("version", String.valueOf(project.version()))
                .with(as(pmo))
                .with(csrf()))
        .andExpect(redirectedUrl("/projects/" + project.id()));
    assertThat(service.get(project.id(), pmo()).name()).isEqualTo("Warehouse robots");
  }
}

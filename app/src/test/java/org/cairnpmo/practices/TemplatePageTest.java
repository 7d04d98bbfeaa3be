package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.practices.templates.TemplateView;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The template pages: the form reads its lines, names bad ones, and a project is made in a step.
 */
class TemplatePageTest extends TemplateTestSupport {

  private static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  @Test
  void the_form_reads_one_item_per_line_and_names_the_lines_it_cannot_read() throws Exception {
    UserSummary pmo = user(Role.PMO);
    LifecycleView lifecycle = lifecycle();
    long tier = tier(lifecycle).id();
    String name = "Page template " + unique();

    mvc.perform(
            post("/practices/templates")
                .with(page(pmo))
                .with(csrf())
                .param("name", name)
                .param("lifecycleId", Long.toString(lifecycle.id()))
                .param("tierId", Long.toString(tier))
                .param("tasks", "Design | 5\nBuild | many | Design"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(Matchers.containsString("Line 2: &#39;many&#39; is not a whole number.")));
    mvc.perform(
            post("/practices/templates")
                .with(page(pmo))
                .with(csrf())
                .param("name", name)
                .param("lifecycleId", Long.toString(lifecycle.id()))
                .param("tierId", Long.toString(tier))
                .param("risks", "Late vendor | 2 | 2\nSlow approvals | 9 | 2"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Line 2: Use 1 to 5")));
    assertThat(library.templates()).noneMatch(t -> t.name().equals(name));

    mvc.perform(
            post("/practices/templates")
                .with(page(pmo))
                .with(csrf())
                .param("name", name)
                .param("lifecycleId", Long.toString(lifecycle.id()))
                .param("tierId", Long.toString(tier))
                .param("reportingCadence", "WEEKLY")
                .param("tasks", "Design | 5\r\nBuild | 10 | Design\r\n\r\n")
                .param("milestones", "Go-live | 30")
                .param("budget", "0 | labour | opex | 1,500.50")
                .param("checklist", "Charter signed\nKick-off held")
                .param("documents", "Charter | https://example.org/c"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/practices/templates/*"))
        .andExpect(flash().attribute("flash", "Template " + name + " drafted."));
    TemplateView saved =
        library.templates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    assertThat(saved.content().tasks())
        .extracting(x -> x.name() + "/" + x.days() + "/" + x.after())
        .containsExactly("Design/5/[]", "Build/10/[Design]");
    assertThat(saved.content().budget().get(0).amount()).isEqualByComparingTo("1500.50");
    assertThat(saved.content().budget().get(0).category()).isEqualTo("LABOUR");
    assertThat(saved.content().checklist()).containsExactly("Charter signed", "Kick-off held");
    assertThat(saved.content().reportingCadence()).isEqualTo("WEEKLY");

    mvc.perform(get("/practices/templates").with(page(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(name)));
    mvc.perform(get("/practices/templates/" + saved.id()).with(page(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Build")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Edit draft"))));
  }

  @Test
  void a_project_manager_creates_a_project_from_a_template_in_one_step() throws Exception {
    TemplateView template = published(pmo(), fullContent(role().name()));
    UserSummary manager = user(Role.PROJECT_MANAGER);
    String code = "PG-" + unique();

    mvc.perform(get("/practices/templates/" + template.id()).with(page(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("New project from"))));
    mvc.perform(get("/practices/templates/" + template.id()).with(page(manager)))
        .andExpect(content().string(Matchers.containsString("New project from this template")));
    mvc.perform(get("/practices/templates/" + template.id() + "/projects/new").with(page(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("tasks: 3, milestones: 2, risks: 2")));
    mvc.perform(
            post("/practices/templates/" + template.id() + "/projects")
                .with(page(manager))
                .with(csrf())
                .param("code", code)
                .param("name", "Made on the page")
                .param("plannedStart", "2027-03-01")
                .param("plannedFinish", "2027-02-01"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("The finish cannot be before the start.")));
    mvc.perform(
            post("/practices/templates/" + template.id() + "/projects")
                .with(page(manager))
                .with(csrf())
                .param("code", code)
                .param("name", "Made on the page")
                .param("managerId", Long.toString(manager.id()))
                .param("plannedStart", "2027-03-01")
                .param("plannedFinish", "2027-09-30"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/projects/*/template"));
    long projectId =
        projects
            .search(
                new org.cairnpmo.projects.ProjectFilter(code, null, null, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 2),
                current(manager))
            .getContent()
            .get(0)
            .id();
    mvc.perform(get("/projects/" + projectId + "/template").with(page(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(template.label())))
        .andExpect(content().string(Matchers.containsString("Charter signed")));
    // An open project's template changes are read by whoever sees the project.
    mvc.perform(
            get("/api/v1/projects/" + projectId + "/template/changes")
                .with(as(user(Role.MEMBER)))
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().json("[]"));
  }

  @Test
  void the_api_refuses_a_template_that_could_not_start_a_project() throws Exception {
    UserSummary pmo = user(Role.PMO);
    mvc.perform(
            post("/api/v1/practices/templates")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name": "Broken %s", "content": {
                      "tasks": [{"name": "A", "days": 1, "after": ["B"]},
                                {"name": "B", "days": 1, "after": ["A"]},
                                {"name": "C", "days": 1, "after": ["Nobody"]}],
                      "checklist": ["Same", "same "]}}
                    """
                        .formatted(unique())))
        .andExpect(status().isBadRequest())
        .andExpect(
            content().string(Matchers.containsString("There is no task 'Nobody' to follow.")))
        .andExpect(content().string(Matchers.containsString("'same' is named twice.")));
    mvc.perform(
            post("/api/v1/practices/templates")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name": "Circle %s", "content": {
                      "tasks": [{"name": "A", "days": 1, "after": ["B"]},
                                {"name": "B", "days": 1, "after": ["A"]}]}}
                    """
                        .formatted(unique())))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("in a circle")));
  }
}

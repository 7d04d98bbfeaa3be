package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The pages of lesson search and promotion, and the hints that the pages of projects, governance
 * and control load: each renders, the fragment answers for a half-typed form, the promotion form
 * changes the method and says so on both pages.
 */
class LessonPagesTest extends TemplateTestSupport {

  @Autowired GateService gates;

  private String page(String path, UserSummary who) throws Exception {
    return mvc.perform(get(path).with(signedIn(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void the_pages_of_other_modules_load_the_hints_and_the_fragment_reads_any_input_leniently()
      throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    LifecycleView lifecycle = lifecycle();
    gates.place(
        new PlacementData(project.id(), RiskLevel.LOW, tier(lifecycle).id(), lifecycle.id()),
        current(user(Role.PMO)));

    assertThat(page("/projects/new", manager))
        .contains("id=\"lesson-hints\"")
        .contains("hx-get=\"/practices/lessons/hints\"");
    assertThat(page("/governance/projects/" + project.id(), manager))
        .contains("id=\"lesson-hints\"")
        .contains(
            "/practices/lessons/hints?phase=Initiation&amp;context=gate&amp;project="
                + project.id());
    assertThat(page("/projects/" + project.id() + "/raid/risks/new", manager))
        .contains("id=\"lesson-hints\"")
        .contains("category=RISK");

    // Nothing typed yet: a prompt; a form's default selects alone ask nothing.
    assertThat(page("/practices/lessons/hints?category=STRATEGIC&departmentId=", manager))
        .contains("as you describe the work");
    assertThat(page("/practices/lessons/hints?context=risk", manager))
        .contains("as you describe the risk");
    // Before a gate, a phase no lesson matches shows nothing at all.
    assertThat(page("/practices/lessons/hints?context=gate&phase=Nowhere" + unique(), manager))
        .doesNotContain("lesson-hints-card");
    // Whatever is half-typed, the fragment answers.
    assertThat(
            page(
                "/practices/lessons/hints?text=%22%28%2A&departmentId=x&project=-1&category=NOPE",
                manager))
        .contains("No lesson of another project matches yet");

    String word = "ibex" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    ProjectView other = project(null, false);
    recordLesson(user(Role.PMO), other.id(), lessonBody(word + " supplier lesson"));
    recordLesson(user(Role.PMO), project.id(), lessonBody(word + " own lesson"));
    String hints =
        page(
            "/practices/lessons/hints?title=" + word + "&cause=late&project=" + project.id(),
            manager);
    assertThat(hints).contains(word + " supplier lesson").doesNotContain(word + " own lesson");
  }

  @Test
  void the_search_page_shows_highlights_and_facets_by_department() throws Exception {
    UserSummary pmo = user(Role.PMO);
    DepartmentSummary department = department();
    ProjectData data = projectData(null, false, List.of());
    ProjectView project =
        projects.register(
            new ProjectData(
                data.code(),
                data.name(),
                data.description(),
                department.id(),
                null,
                null,
                data.category(),
                data.priority(),
                data.status(),
                data.plannedStart(),
                data.plannedFinish(),
                data.budgetAmount(),
                data.budgetCurrency(),
                false,
                List.of(),
                null),
            current(pmo));
    String word = "gnu" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    recordLesson(pmo, project.id(), lessonBody(word + " <b>bold</b> lesson"));

    String html = page("/practices/lessons?q=" + word, pmo);
    assertThat(html)
        .contains("<mark>" + word + "</mark>")
        .contains("&lt;b&gt;bold")
        .doesNotContain("<b>bold")
        .contains("id=\"facet-department\"")
        .contains(department.name())
        .contains("Rebuild search index");
    assertThat(page("/practices/lessons?q=" + word + "&page=999999999", pmo)).contains("1 lesson");
    assertThat(page("/practices/lessons?department=" + department.id() + "&q=" + word, pmo))
        .contains("1 lesson");
    assertThat(page("/practices/lessons?q=" + word, user(Role.MEMBER)))
        .doesNotContain("Rebuild search index");

    mvc.perform(post("/practices/lessons/search-index").with(signedIn(pmo)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", "The search index was rebuilt from the database."));
    assertThat(page("/practices/lessons?q=" + word, pmo)).contains("1 lesson");
  }

  @Test
  void the_promotion_form_changes_the_method_and_both_pages_show_the_link() throws Exception {
    UserSummary pmo = user(Role.PMO);
    LifecycleView lifecycle = lifecycle();
    JsonNode draft = defineMethod(pmo, methodBody("Paged " + unique(), lifecycle.id(), List.of()));
    long methodId = draft.get("id").asLong();
    ProjectView project = project(user(Role.PROJECT_MANAGER), false);
    String title = "Form promotion " + unique();
    long lessonId = recordLesson(pmo, project.id(), lessonBody(title)).get("id").asLong();

    assertThat(page("/practices/lessons/" + lessonId, pmo))
        .contains("Promote into the way of working")
        .contains("Not promoted into a method or template yet");
    mvc.perform(
            post("/practices/lessons/" + lessonId + "/promote")
                .with(signedIn(pmo))
                .with(csrf())
                .param("targetKind", "METHOD")
                .param("targetId", Long.toString(methodId))
                .param("change", "CHECKLIST")
                .param("phase", "Delivery")
                .param("text", "Supplier dates confirmed in writing")
                .param("version", "0"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attributeExists("flash"));
    assertThat(page("/practices/lessons/" + lessonId, pmo))
        .contains("Supplier dates confirmed in writing")
        .contains("Adopted");
    assertThat(page("/practices/methods/" + methodId, user(Role.MEMBER)))
        .contains("Changed by lessons learned")
        .contains(title);

    // A form without a target, or with a stale version, says so on the lesson's page.
    mvc.perform(
            post("/practices/lessons/" + lessonId + "/promote")
                .with(signedIn(pmo))
                .with(csrf())
                .param("targetKind", "TEMPLATE")
                .param("targetId", "abc")
                .param("version", "1"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attributeExists("flashError"));
    mvc.perform(
            post("/practices/lessons/" + lessonId + "/promote")
                .with(signedIn(pmo))
                .with(csrf())
                .param("targetKind", "TEMPLATE")
                .param("targetId", Long.toString(publishedSmall(current(pmo)).id()))
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());
    assertThat(read(fetch("/api/v1/practices/lessons/" + lessonId + "/promotions", pmo)))
        .hasSize(1);
    // Members neither see the form nor may post it.
    assertThat(page("/practices/lessons/" + lessonId, user(Role.MEMBER)))
        .doesNotContain("Promote into the way of working");
  }

  @Test
  void the_search_api_answers_facets_and_refuses_pages_beyond_its_depth() throws Exception {
    UserSummary pmo = user(Role.PMO);
    String word =
        "eland" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    recordLesson(pmo, project(null, false).id(), lessonBody(word + " first"));
    recordLesson(pmo, project(null, false).id(), lessonBody(word + " second"));
    JsonNode found = read(fetch("/api/v1/practices/lessons/search?q=" + word + "&size=1", pmo));
    assertThat(found.get("results").get("totalElements").asLong()).isEqualTo(2);
    assertThat(found.get("results").get("content")).hasSize(1);
    assertThat(found.get("results").get("content").get(0).get("titleHtml").asString())
        .contains("<mark>" + word + "</mark>");
    assertThat(found.get("facets").get("tags").toString()).contains("\"count\":2");

    mvc.perform(get("/api/v1/practices/lessons/search?q=x&page=600&size=20").with(as(pmo)))
        .andExpect(status().isBadRequest())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get("/api/v1/practices/lessons/search?size=500").with(as(pmo)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/practices/lessons/search?category=NOPE").with(as(pmo)))
        .andExpect(status().isBadRequest());
  }
}

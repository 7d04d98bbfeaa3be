package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A project closed through its closure is frozen: one change per module, through the API, answers
 * 409 {@code project-frozen} naming the project and the day it closed, even from the PMO; the pages
 * say the same above the page and change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrozenProjectApiTest extends ArchiveTestSupport {

  private UserSummary manager;
  private UserSummary pmo;
  private ProjectView project;
  private String base;
  private long riskId;
  private long riskVersion;
  private long documentId;

  @BeforeAll
  void closedProject() throws Exception {
    manager = user(Role.PROJECT_MANAGER);
    pmo = user(Role.PMO);
    UserSummary sponsor = user(Role.EXECUTIVE);
    project = activeProject(manager, sponsor, false);
    base = "/api/v1/projects/" + project.id();
    var risk =
        read(
            mvc.perform(json(post(base + "/raid/risks"), manager, riskBody()))
                .andExpect(status().isCreated())
                .andReturn());
    riskId = risk.get("id").asLong();
    riskVersion = risk.get("version").asLong();
    documentId =
        read(mvc.perform(
                    upload(project.id(), "Charter", file("c.pdf", pdf("charter")))
                        .with(as(manager)))
                .andExpect(status().isCreated())
                .andReturn())
            .get("id")
            .asLong();
    var ready = waiveAll(project.id(), current(pmo));
    closures.signOff(project.id(), null, ready.version(), current(sponsor));
    project = projects.project(project.id()).orElseThrow();
    assertThat(project.isFrozen()).isTrue();
  }

  private static Map<String, Object> riskBody() {
    Map<String, Object> risk = new LinkedHashMap<>();
    risk.put("title", "Supplier is late");
    risk.put("cause", "A small supplier");
    risk.put("event", "Late delivery");
    risk.put("effect", "Go-live slips");
    risk.put("probability", 3);
    risk.put("impact", 3);
    risk.put("proximity", "NEAR");
    risk.put("responseStrategy", "MITIGATE");
    return risk;
  }

  private MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, UserSummary who, Object body) {
    request.with(as(who)).contentType(MediaType.APPLICATION_JSON).content(write(body));
    return request;
  }

  private void refused(ResultActions result) throws Exception {
    result
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/project-frozen"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString(project.code())))
        .andExpect(
            jsonPath("$.detail").value(Matchers.containsString("closed on " + LocalDate.now())));
  }

  @Test
  void the_register_refuses_an_edit_and_a_status_change() throws Exception {
    refused(
        mvc.perform(
            patch(base)
                .with(as(pmo))
                .header(HttpHeaders.IF_MATCH, "\"" + project.version() + "\"")
                .contentType("application/merge-patch+json")
                .content("{\"name\": \"Renamed\"}")));
  }

  @Test
  void control_refuses_a_new_risk_and_the_closing_of_an_open_one() throws Exception {
    refused(mvc.perform(json(post(base + "/raid/risks"), pmo, riskBody())));
    Map<String, Object> closing = new LinkedHashMap<>(riskBody());
    closing.put("status", "CLOSED");
    refused(
        mvc.perform(
            json(
                put(base + "/raid/risks/" + riskId)
                    .header(HttpHeaders.IF_MATCH, "\"" + riskVersion + "\""),
                manager,
                closing)));
    refused(
        mvc.perform(
            json(
                post(base + "/milestones"),
                manager,
                Map.of("name", "Go-live", "baselineDate", LocalDate.now().plusMonths(1)))));
  }

  @Test
  void budgets_refuse_even_an_actual_cost_dated_before_the_closure() throws Exception {
    refused(
        mvc.perform(
            json(
                post(base + "/actuals"),
                manager,
                Map.of(
                    "date", LocalDate.now().minusDays(3),
                    "category", "LABOUR",
                    "costType", "OPEX",
                    "amount", 100,
                    "description", "Late invoice"))));
  }

  @Test
  void governance_refuses_placing_the_project_on_a_lifecycle() throws Exception {
    refused(
        mvc.perform(
            json(
                post("/api/v1/governance/projects"),
                pmo,
                Map.of("projectId", project.id(), "riskLevel", "LOW"))));
  }

  @Test
  void planning_refuses_a_new_task() throws Exception {
    refused(
        mvc.perform(
            json(
                post(base + "/plan/tasks").header(HttpHeaders.IF_MATCH, "\"0\""),
                manager,
                Map.of("name", "One more task", "durationMinutes", 480))));
  }

  @Test
  void resources_refuse_a_request_for_people() throws Exception {
    refused(
        mvc.perform(
            json(
                post(base + "/resource-requests"),
                manager,
                Map.of(
                    "hoursPerWeek", 10,
                    "firstDay", LocalDate.now().plusDays(7),
                    "lastDay", LocalDate.now().plusDays(60)))));
  }

  @Test
  void the_archive_refuses_a_document_and_a_new_version() throws Exception {
    refused(
        mvc.perform(
            upload(project.id(), "Late memo", file("m.pdf", pdf("memo"))).with(as(manager))));
    refused(
        mvc.perform(
            newVersion(project.id(), documentId, file("c2.pdf", pdf("charter two")))
                .with(as(pmo))));
  }

  @Test
  void practices_refuse_a_lesson_on_the_project() throws Exception {
    refused(
        mvc.perform(
            json(
                post(base + "/lessons"),
                manager,
                Map.of(
                    "title", "Start the closure early",
                    "whatHappened", "The checklist took a month",
                    "category", "SCOPE"))));
  }

  @Test
  void learning_refuses_coaching_the_project_team() throws Exception {
    refused(
        mvc.perform(
            json(
                post("/api/v1/learning/coachings"),
                pmo,
                Map.of(
                    "team", "Closure team",
                    "projectId", project.id(),
                    "coachId", pmo.id(),
                    "purpose", "Coach the team",
                    "startsOn", LocalDate.now()))));
  }

  @Test
  void reading_still_works_and_says_the_project_is_frozen() throws Exception {
    mvc.perform(get(base).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    String html =
        mvc.perform(get("/projects/" + project.id()).with(page(manager)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"frozen-banner\"")
        .contains("Closed on " + LocalDate.now() + " \u2014 read only")
        .doesNotContain("Edit project");
  }

  // ---------------------------------------------------------------- pages

  @Test
  void a_page_status_change_comes_back_with_the_reason_and_changes_nothing() throws Exception {
    mvc.perform(
            post("/projects/" + project.id() + "/status")
                .with(page(pmo))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("status", "ON_HOLD")
                .param("version", String.valueOf(project.version())))
        .andExpect(redirectedUrl("/projects/" + project.id()))
        .andExpect(flash().attribute("flashError", Matchers.containsString("was closed on")));
    assertThat(projects.project(project.id()).orElseThrow().status().name()).isEqualTo("CLOSED");
  }

  @Test
  void a_page_upload_shows_the_reason_and_files_nothing() throws Exception {
    mvc.perform(
            multipart("/projects/" + project.id() + "/documents")
                .file(file("late.pdf", pdf("late")))
                .param("title", "Late memo")
                .with(page(manager))
                .with(SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(redirectedUrl("/projects/" + project.id() + "/documents"))
        .andExpect(flash().attribute("error", Matchers.containsString("was closed on")));
    mvc.perform(get(documents(project.id())).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(1));
  }

  @Test
  void a_lesson_form_shows_the_reason_and_records_nothing() throws Exception {
    String answer =
        mvc.perform(
                post("/projects/" + project.id() + "/lessons")
                    .with(page(manager))
                    .with(SecurityMockMvcRequestPostProcessors.csrf())
                    .param("title", "Start the closure early")
                    .param("whatHappened", "The checklist took a month")
                    .param("category", "SCOPE"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(answer).contains("was closed on");
    mvc.perform(get(base + "/lessons").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(0));
  }

  @Test
  void a_page_without_its_own_handling_goes_back_with_the_reason() throws Exception {
    String plan = "/projects/" + project.id() + "/plan";
    mvc.perform(
            post(plan + "/baselines/1/delete")
                .with(page(manager))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("version", "0")
                .header(HttpHeaders.REFERER, "http://localhost" + plan + "/baselines"))
        .andExpect(redirectedUrl(plan + "/baselines"))
        .andExpect(flash().attribute("flashError", Matchers.containsString("was closed on")));
  }

  private static RequestPostProcessor page(UserSummary user) {
    CairnPrincipal principal =
        new CairnPrincipal(
            user.id(), user.username(), user.displayName(), null, user.roles(), true, false, false);
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
  }
}

package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.archive.demo.SampleFiles;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/** Process compliance of projects in the first phase of a tier whose method is published. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceApiTest extends PracticesTestSupport {

  private UserSummary pmo;
  private UserSummary manager;
  private UserSummary team;
  private UserSummary outsider;
  private DepartmentSummary department;
  private TierView tier;
  private ProjectView open;
  private ProjectView secret;
  @Autowired private ArchiveApi archive;

  @BeforeAll
  void projects_on_a_method() throws Exception {
    pmo = user(Role.PMO);
    manager = user(Role.PROJECT_MANAGER);
    team = user(Role.MEMBER);
    outsider = user(Role.PROJECT_MANAGER);
    department = department();
    LifecycleView lifecycle = lifecycle();
    tier = tierWithMethod(lifecycle, pmo);
    open = register(false);
    secret = register(true);
    place(open.id(), tier, pmo);
    place(secret.id(), tier, pmo);
  }

  private ProjectView register(boolean confidential) {
    return projects.register(
        data("C-" + unique(), confidential, ProjectStatus.PROPOSED), current(pmo));
  }

  private ProjectData data(String code, boolean confidential, ProjectStatus status) {
    return new ProjectData(
        code,
        "Project " + code,
        null,
        department.id(),
        null,
        manager.id(),
        ProjectCategory.OPERATIONAL,
        Priority.MEDIUM,
        status,
        LocalDate.now().minusDays(30),
        LocalDate.now().plusDays(300),
        new BigDecimal("100000.00"),
        "EUR",
        confidential,
        List.of(new ProjectData.Member(team.id(), MembershipRole.TEAM_MEMBER)),
        null);
  }

  @Test
  void a_closed_project_keeps_its_marks_and_is_told_to_record_its_lessons() throws Exception {
    ProjectView p = register(false);
    place(p.id(), tier, pmo);
    ProjectView active =
        projects.revise(
            p.id(), data(p.code(), false, ProjectStatus.ACTIVE), p.version(), current(pmo));
    projects.revise(
        p.id(), data(p.code(), false, ProjectStatus.CLOSED), active.version(), current(pmo));
    mark(p.id(), manager, "CHECK", "Initiation", "Sponsor named", true)
        .andExpect(status().isConflict());
    JsonNode c = read(fetch("/api/v1/practices/compliance/projects/" + p.id(), pmo));
    JsonNode lessons = c.get("rules").get(4);
    assertThat(lessons.get("met").asBoolean()).isFalse();
    assertThat(lessons.get("earned").asInt()).isZero();
    assertThat(c.get("score").asInt()).isEqualTo(80);
    assertThat(c.get("beforeNextGate")).isEmpty();
  }

  private List<String> beforeGate(JsonNode compliance) {
    List<String> texts = new ArrayList<>();
    compliance.get("beforeNextGate").forEach(t -> texts.add(t.get("text").asString()));
    return texts;
  }

  private org.springframework.test.web.servlet.ResultActions mark(
      long projectId, UserSummary who, String kind, String phase, String item, Boolean done)
      throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("phase", phase);
    body.put("item", item);
    body.put("reference", "https://docs.example.org/" + unique());
    body.put("done", done);
    return mvc.perform(
        put("/api/v1/practices/compliance/projects/" + projectId + "/marks")
            .with(as(who))
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(body)));
  }

  @Test
  void a_project_in_its_first_phase_is_told_what_to_do_before_its_gate() throws Exception {
    JsonNode c = read(fetch("/api/v1/practices/compliance/projects/" + open.id(), manager));
    assertThat(c.get("score").asInt()).isEqualTo(100);
    assertThat(c.get("phase").asString()).isEqualTo("Initiation");
    assertThat(c.get("nextGate").asString()).isEqualTo("Business case approval");
    assertThat(c.get("method").asString()).startsWith("Method ");
    assertThat(c.get("rules")).hasSize(5);
    assertThat(c.get("rules").get(0).get("why").asString())
        .isEqualTo("No required deliverable is due yet: no phase with one has been passed.");
    assertThat(beforeGate(c))
        .containsExactly(
            "Deliver the Business case (Project manager)", "Sponsor named", "Budget owner agreed");
  }

  @Test
  void the_people_on_the_project_mark_the_method_s_items_done() throws Exception {
    ProjectView p = register(false);
    place(p.id(), tier, pmo);
    JsonNode marked =
        read(
            mark(p.id(), manager, "DELIVERABLE", "initiation", "business case", null)
                .andExpect(status().isOk())
                .andReturn());
    assertThat(beforeGate(marked)).containsExactly("Sponsor named", "Budget owner agreed");
    // the same mark twice is one mark
    mark(p.id(), manager, "DELIVERABLE", "Initiation", "Business case", true)
        .andExpect(status().isOk());
    JsonNode ticked =
        read(
            mark(p.id(), team, "CHECK", "Initiation", "Sponsor named", true)
                .andExpect(status().isOk())
                .andReturn());
    assertThat(beforeGate(ticked)).containsExactly("Budget owner agreed");
    JsonNode back =
        read(
            mark(p.id(), pmo, "DELIVERABLE", "Initiation", "Business case", false)
                .andExpect(status().isOk())
                .andReturn());
    assertThat(beforeGate(back))
        .containsExactly("Deliver the Business case (Project manager)", "Budget owner agreed");

    mark(p.id(), manager, "DELIVERABLE", "Initiation", "Budget", true)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("item"));
    mark(p.id(), manager, "CHECK", "Build", "Sponsor named", true)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("phase"));
    mark(p.id(), manager, null, "Initiation", "Sponsor named", true)
        .andExpect(status().isBadRequest());
    mark(p.id(), outsider, "CHECK", "Initiation", "Sponsor named", true)
        .andExpect(status().isForbidden());
    mark(secret.id(), outsider, "CHECK", "Initiation", "Sponsor named", true)
        .andExpect(status().isNotFound());
  }

  @Test
  void the_portfolio_view_filters_sorts_and_hides_what_the_reader_may_not_see() throws Exception {
    String path = "/api/v1/practices/compliance?departmentId=" + department.id();
    JsonNode all = read(fetch(path + "&tierId=" + tier.id() + "&sort=code,desc", pmo));
    List<String> codes = new ArrayList<>();
    all.get("content").forEach(c -> codes.add(c.get("code").asString()));
    assertThat(codes).contains(open.code(), secret.code());
    assertThat(codes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    JsonNode mine = read(fetch(path, outsider));
    List<String> visible = new ArrayList<>();
    mine.get("content").forEach(c -> visible.add(c.get("code").asString()));
    assertThat(visible).contains(open.code()).doesNotContain(secret.code());
    assertThat(read(fetch(path + "&status=PROPOSED&maxScore=99", pmo)).get("totalElements").asInt())
        .isZero();
    mvc.perform(get(path + "&minScore=101").with(as(pmo))).andExpect(status().isBadRequest());
    mvc.perform(get(path + "&sort=colour").with(as(pmo))).andExpect(status().isBadRequest());
    mvc.perform(get(path + "&page=-1").with(as(pmo))).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/practices/compliance/projects/" + secret.id()).with(as(outsider)))
        .andExpect(status().isNotFound());
  }

  private static MockMultipartFile docx(String word) {
    return new MockMultipartFile(
        "file",
        "business-case.docx",
        "application/octet-stream",
        SampleFiles.docx(
            "Business case",
            "Test",
            List.of(new SampleFiles.Section("Why", List.of("The " + word + " pays back.")))));
  }

  private List<JsonNode> beforeGateItems(long projectId, UserSummary who) throws Exception {
    List<JsonNode> items = new ArrayList<>();
    read(fetch("/api/v1/practices/compliance/projects/" + projectId, who))
        .get("beforeNextGate")
        .forEach(items::add);
    return items;
  }

  @Test
  void a_deliverable_is_done_once_its_archived_document_is_approved_and_starts_from_its_template()
      throws Exception {
    long templateId =
        read(mvc.perform(
                    multipart("/api/v1/archive/templates")
                        .file(docx("template"))
                        .param("name", "Business case template " + unique())
                        .with(as(pmo)))
                .andExpect(status().isCreated())
                .andReturn())
            .get("id")
            .asLong();
    LifecycleView lifecycle = lifecycle();
    TierView own = tier(lifecycle);
    Map<String, Object> body =
        new HashMap<>(methodBody("Method " + unique(), lifecycle.id(), List.of(own.id())));
    Map<String, Object> deliverable =
        new HashMap<>(
            Map.of("name", "Business case", "ownerRole", "Project manager", "required", true));
    Map<String, Object> phase = new HashMap<>();
    phase.put("phase", "Initiation");
    phase.put("deliverables", List.of(deliverable));
    body.put("phases", List.of(phase));
    // A template the library does not have is refused next to the deliverable.
    deliverable.put("templateId", templateId + 1_000_000);
    mvc.perform(
            post("/api/v1/practices/methods")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("phases[0].deliverables[0].templateId"));
    deliverable.put("templateId", templateId);
    JsonNode method = defineMethod(pmo, body);
    assertThat(method.at("/phases/0/deliverables/0/templateId").asLong()).isEqualTo(templateId);
    mvc.perform(
            post("/api/v1/practices/methods/" + method.get("id").asLong() + "/publication")
                .with(as(pmo))
                .header("If-Match", "\"" + method.get("version").asLong() + "\""))
        .andExpect(status().isOk());
    ProjectView p =
        projects.register(data("D-" + unique(), false, ProjectStatus.PROPOSED), current(pmo));
    place(p.id(), own, pmo);

    // The method page links the template; the compliance page offers to start from it.
    assertThat(
            mvc.perform(
                    get("/practices/methods/" + method.get("id").asLong()).with(signedIn(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("href=\"/archive/templates/" + templateId + "\"");
    assertThat(
            mvc.perform(get("/practices/compliance/projects/" + p.id()).with(signedIn(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("action=\"/projects/" + p.id() + "/documents/from-template\"")
        .contains("Start from its template");

    JsonNode step = beforeGateItems(p.id(), manager).get(0);
    assertThat(step.get("text").asString())
        .isEqualTo("Deliver the Business case (Project manager)");
    assertThat(step.get("documentTemplateId").asLong()).isEqualTo(templateId);
    String deliverableId = step.get("deliverableId").asString();
    assertThat(deliverableId).startsWith("prc-");

    // The archive offers the method's deliverables only: another name is refused.
    mvc.perform(
            multipart("/api/v1/projects/" + p.id() + "/documents")
                .file(docx("other"))
                .param("title", "Budget")
                .param("deliverableName", "Budget")
                .with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("deliverableName"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "Choose one of the deliverables the project's method expects: Business case"
                        + " (Initiation)."));

    // Started from its template for the deliverable: a document, not yet approved.
    JsonNode document =
        read(
            mvc.perform(
                    post("/api/v1/projects/" + p.id() + "/documents/from-template")
                        .with(as(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            write(
                                Map.of("templateId", templateId, "deliverableId", deliverableId))))
                .andExpect(status().isCreated())
                .andReturn());
    assertThat(document.get("deliverableId").asString()).isEqualTo(deliverableId);
    assertThat(document.get("deliverableName").asString()).isEqualTo("Business case");
    assertThat(document.get("phase").asString()).isEqualTo("Initiation");
    assertThat(document.get("templateId").asLong()).isEqualTo(templateId);
    JsonNode waiting = beforeGateItems(p.id(), manager).get(0);
    assertThat(waiting.get("text").asString())
        .isEqualTo("Have the Business case approved (Project manager)");
    assertThat(waiting.get("documentTemplateId").isNull()).isTrue();

    String base = "/api/v1/projects/" + p.id() + "/documents/" + document.get("id").asLong();
    mvc.perform(
            post(base + "/review")
                .header("If-Match", "\"" + document.get("version").asLong() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("reviewerId", pmo.id())))
                .with(as(manager)))
        .andExpect(status().isOk());
    mvc.perform(post(base + "/versions/1/approval").with(as(pmo))).andExpect(status().isOk());
    assertThat(beforeGateItems(p.id(), manager)).isEmpty();

    // Its details: a deliverable left as it is is kept; another must be one the method expects.
    long version = read(fetch(base, manager)).get("version").asLong();
    Map<String, Object> details = new HashMap<>();
    details.put("title", "Business case, signed");
    details.put("deliverableId", deliverableId);
    details.put("deliverableName", "Business case");
    details.put("version", version);
    mvc.perform(
            put(base)
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(details)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deliverableId").value(deliverableId));
    details.put("deliverableId", "prc-unknown");
    details.put("version", version + 1);
    mvc.perform(
            put(base)
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(details)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("deliverableId"));

    // The archive answers only for the projects the reader sees.
    mvc.perform(
            multipart("/api/v1/projects/" + secret.id() + "/documents")
                .file(docx("secret"))
                .param("title", "Secret case")
                .param("deliverableName", "business case")
                .with(as(manager)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.deliverableName").value("Business case"));
    assertThat(archive.deliverableDocuments(List.of(secret.id()), current(pmo)).get(secret.id()))
        .hasSize(1);
    assertThat(archive.deliverableDocuments(List.of(secret.id()), current(outsider))).isEmpty();
  }
}

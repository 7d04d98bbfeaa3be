package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The search across Cairn through its API: ranking, typos, highlighting, facets, and for every kind
 * of result, that a record of a confidential project (or a proposal) is found and counted for those
 * who may see it and for nobody else.
 */
class SearchApiTest extends ArchiveTestSupport {

  @Autowired ProposalService proposals;

  private static final java.util.Random RANDOM = new java.util.Random();

  /**
   * A word no other test uses: ten random letters, so that no two tests' words are within the typos
   * the search forgives of each other.
   */
  private static String word() {
    StringBuilder w = new StringBuilder("qu");
    for (int i = 0; i < 10; i++) {
      w.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return w.toString();
  }

  private JsonNode search(String query, UserSummary who) throws Exception {
    return read(
        mvc.perform(get("/api/v1/search").param("q", query).with(as(who)))
            .andExpect(status().isOk())
            .andReturn());
  }

  private static List<String> kinds(JsonNode found) {
    List<String> kinds = new ArrayList<>();
    found.get("results").get("content").forEach(h -> kinds.add(h.get("kind").asText()));
    return kinds;
  }

  private static long total(JsonNode found) {
    return found.get("results").get("totalElements").asLong();
  }

  private static long facetTotal(JsonNode found, String facet) {
    long sum = 0;
    for (JsonNode c : found.get("facets").get(facet)) {
      sum += c.get("count").asLong();
    }
    return sum;
  }

  private long lesson(long projectId, UserSummary by, String title, String whatHappened)
      throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("whatHappened", whatHappened);
    body.put("category", "PROCUREMENT");
    return read(mvc.perform(
                post("/api/v1/projects/" + projectId + "/lessons")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body))
                    .with(as(by)))
            .andExpect(status().isCreated())
            .andReturn())
        .get("id")
        .asLong();
  }

  /** What an outsider and a member of a confidential project find of a word in it. */
  private void onlyInsidersFind(String word, String kind, UserSummary insider, UserSummary outsider)
      throws Exception {
    JsonNode inside = search(word, insider);
    assertThat(kinds(inside)).containsExactly(kind);
    assertThat(total(inside)).isEqualTo(1);
    assertThat(facetTotal(inside, "kinds")).isEqualTo(1);
    JsonNode outside = search(word, outsider);
    assertThat(kinds(outside)).isEmpty();
    assertThat(total(outside)).isZero();
    for (String facet : List.of("kinds", "projects", "departments", "types", "years")) {
      assertThat(outside.get("facets").get(facet)).as(facet).isEmpty();
    }
  }

  private record Team(ProjectView project, UserSummary manager, UserSummary member) {}

  private Team confidential() {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    return new Team(named("Project " + word(), manager, true, member), manager, member);
  }

  /** A project of a fresh department, named {@code name}. */
  private ProjectView named(
      String name, UserSummary manager, boolean confidential, UserSummary... members) {
    ProjectData d =
        projectData(
            manager.id(),
            confidential,
            java.util.Arrays.stream(members)
                .map(m -> new ProjectData.Member(m.id(), MembershipRole.TEAM_MEMBER))
                .toList());
    return projects.register(
        new ProjectData(
            d.code(),
            name,
            d.description(),
            department().id(),
            d.sponsorId(),
            d.managerId(),
            d.category(),
            d.priority(),
            d.status(),
            d.plannedStart(),
            d.plannedFinish(),
            d.budgetAmount(),
            d.budgetCurrency(),
            d.confidential(),
            d.members(),
            d.version()),
        pmo());
  }

  @Test
  void a_record_with_the_words_in_its_title_ranks_above_one_with_them_in_its_text()
      throws Exception {
    String w = word();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    long inText = lesson(project.id(), manager, "Servers came late", "The " + w + " was late.");
    long inTitle = lesson(project.id(), manager, "The " + w + " came late", "Nothing else.");

    JsonNode found = search(w, user(Role.MEMBER));

    JsonNode hits = found.get("results").get("content");
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).get("id").asLong()).isEqualTo(inTitle);
    assertThat(hits.get(1).get("id").asLong()).isEqualTo(inText);
    assertThat(hits.get(0).get("link").asText()).isEqualTo("/practices/lessons/" + inTitle);
    assertThat(hits.get(0).get("projectId").asLong()).isEqualTo(project.id());
  }

  @Test
  void a_typo_is_forgiven_and_the_snippets_are_escaped_with_the_words_marked() throws Exception {
    String w = word();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    lesson(project.id(), manager, "Fish & <chips> " + w, "We ordered " + w + " <b>twice</b>.");
    String typo = w.substring(0, 3) + "x" + w.substring(4);

    JsonNode found = search(typo, user(Role.MEMBER));

    assertThat(total(found)).isEqualTo(1);
    JsonNode hit = found.get("results").get("content").get(0);
    assertThat(hit.get("titleHtml").asText())
        .contains("Fish &amp; &lt;chips&gt;")
        .contains("<mark>" + w + "</mark>");
    assertThat(hit.get("snippets").get(0).asText())
        .contains("<mark>" + w + "</mark>")
        .contains("&lt;b&gt;twice&lt;")
        .doesNotContain("<b>");
  }

  @Test
  void facets_count_every_hit_by_kind_project_department_type_and_year() throws Exception {
    String w = word();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = named("Project elsewhere", manager, false);
    lesson(project.id(), manager, "First " + w, "One.");
    lesson(project.id(), manager, "Second " + w, "Two.");
    mvc.perform(upload(project.id(), "Charter " + w, file("c.pdf", pdf("plan"))).with(as(manager)))
        .andExpect(status().isCreated());

    JsonNode found =
        read(
            mvc.perform(
                    get("/api/v1/search")
                        .param("q", w)
                        .param("size", "1")
                        .with(as(user(Role.MEMBER))))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(total(found)).isEqualTo(3);
    assertThat(found.get("results").get("content")).hasSize(1);
    Map<String, Long> kinds = new HashMap<>();
    found
        .get("facets")
        .get("kinds")
        .forEach(c -> kinds.put(c.get("value").asText(), c.get("count").asLong()));
    assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("lesson", 2L, "document", 1L));
    JsonNode projectsFacet = found.get("facets").get("projects");
    assertThat(projectsFacet).hasSize(1);
    assertThat(projectsFacet.get(0).get("value").asText()).isEqualTo(Long.toString(project.id()));
    assertThat(projectsFacet.get(0).get("count").asLong()).isEqualTo(3);
    JsonNode departments = found.get("facets").get("departments");
    assertThat(departments).hasSize(1);
    assertThat(departments.get(0).get("value").asLong()).isEqualTo(project.departmentId());
    assertThat(departments.get(0).get("count").asLong()).isEqualTo(3);
    // The document was filed without a type: only the lessons' category counts.
    assertThat(found.get("facets").get("types")).hasSize(1);
    assertThat(found.get("facets").get("types").get(0).get("value").asText())
        .isEqualTo("PROCUREMENT");
    assertThat(found.get("facets").get("types").get(0).get("count").asLong()).isEqualTo(2);
    assertThat(facetTotal(found, "years")).isEqualTo(3);

    JsonNode documents =
        read(
            mvc.perform(
                    get("/api/v1/search").param("q", w).param("kind", "document").with(as(manager)))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(kinds(documents)).containsExactly("document");
  }

  @Test
  void a_confidential_project_is_found_only_by_those_who_see_it() throws Exception {
    Team t = confidential();
    String w = t.project().name().substring("Project ".length());
    onlyInsidersFind(w, "project", t.member(), user(Role.MEMBER));
  }

  @Test
  void a_confidential_projects_document_is_found_by_a_word_inside_it_only_by_its_people()
      throws Exception {
    Team t = confidential();
    String w = word();
    mvc.perform(upload(t.project().id(), "Minutes", file("m.docx", docx(w))).with(as(t.manager())))
        .andExpect(status().isCreated());
    onlyInsidersFind(w, "document", t.member(), user(Role.PROJECT_MANAGER));
  }

  @Test
  void a_confidential_projects_lesson_is_found_only_by_its_people() throws Exception {
    Team t = confidential();
    String w = word();
    lesson(t.project().id(), t.manager(), "Lesson " + w, "It happened.");
    onlyInsidersFind(w, "lesson", t.member(), user(Role.MEMBER));
  }

  @Test
  void a_confidential_projects_status_report_is_found_only_by_its_people() throws Exception {
    Team t = confidential();
    String w = word();
    Map<String, Object> body = new HashMap<>();
    body.put("periodStart", "2026-11-02");
    body.put("periodEnd", "2026-11-08");
    for (String dimension : List.of("overall", "schedule", "cost", "scope", "resources", "risk")) {
      body.put(dimension, "GREEN");
    }
    body.put("summary", "The " + w + " went live.");
    mvc.perform(
            post("/api/v1/projects/" + t.project().id() + "/status-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body))
                .with(as(t.manager())))
        .andExpect(status().isCreated());
    onlyInsidersFind(w, "status-report", t.member(), user(Role.MEMBER));
  }

  @Test
  void a_confidential_projects_raid_entry_is_found_only_by_its_people() throws Exception {
    Team t = confidential();
    String w = word();
    mvc.perform(
            post("/api/v1/projects/" + t.project().id() + "/raid/risks")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(
                        Map.of(
                            "title",
                            "Supplier " + w,
                            "cause",
                            "A small supplier",
                            "probability",
                            3,
                            "impact",
                            3)))
                .with(as(t.manager())))
        .andExpect(status().isCreated());
    onlyInsidersFind(w, "raid", t.member(), user(Role.MEMBER));
  }

  @Test
  void a_changed_raid_entry_is_found_by_its_new_words_at_once() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    String before = word();
    String after = word();
    String risks = "/api/v1/projects/" + project.id() + "/raid/risks";
    JsonNode risk =
        read(
            mvc.perform(
                    post(risks)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            write(
                                Map.of("title", "Crane " + before, "probability", 2, "impact", 2)))
                        .with(as(manager)))
                .andExpect(status().isCreated())
                .andReturn());
    assertThat(total(search(before, manager))).isEqualTo(1);

    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    risks + "/" + risk.get("id").asLong())
                .header("If-Match", "\"" + risk.get("version").asLong() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("title", "Crane " + after, "probability", 2, "impact", 2)))
                .with(as(manager)))
        .andExpect(status().isOk());

    assertThat(total(search(before, manager))).isZero();
    assertThat(kinds(search(after, manager))).containsExactly("raid");
  }

  @Test
  void a_proposal_and_its_documents_are_found_only_by_those_who_may_read_it() throws Exception {
    UserSummary author = user(Role.MEMBER);
    String w = word();
    var draft =
        proposals.create(
            new ProposalData(
                "Proposal " + w,
                "A problem",
                "A scope",
                null,
                null,
                null,
                "EUR",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null),
            current(author));
    onlyInsidersFind(w, "proposal", author, user(Role.PROJECT_MANAGER));
    assertThat(total(search(w, user(Role.PMO)))).isEqualTo(1);

    String inside = word();
    mvc.perform(
            multipart("/api/v1/proposals/" + draft.id() + "/documents")
                .file(file("case.pdf", pdf(inside)))
                .param("title", "Business case")
                .with(as(author)))
        .andExpect(status().isCreated());
    onlyInsidersFind(inside, "document", author, user(Role.MEMBER));
  }

  @Test
  void bad_input_is_a_problem_not_an_error() throws Exception {
    UserSummary who = user(Role.MEMBER);
    mvc.perform(get("/api/v1/search").param("q", "x").param("kind", "planet").with(as(who)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/search").param("q", "x").param("size", "0").with(as(who)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/search").param("q", "a\u0000b").with(as(who)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/search").param("q", "x").param("year", "soon").with(as(who)))
        .andExpect(status().isBadRequest());
    assertThat(total(search("", who))).isZero();
  }
}

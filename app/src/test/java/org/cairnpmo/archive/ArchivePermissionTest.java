package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The archive table of {@code docs/permissions.md} is what the code does: every row is performed
 * through the API by each kind of person, on a fresh record each time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivePermissionTest extends ArchiveTestSupport {

  private static final Path MATRIX = Path.of("../docs/permissions.md");

  enum Who {
    ADMIN("Administrator"),
    PMO("PMO"),
    EXECUTIVE("Executive"),
    MANAGER("Its project manager"),
    TEAM("Its team member"),
    OTHER_MANAGER("Another project manager"),
    RESOURCE_MANAGER("Resource manager"),
    OUTSIDER("Another member");

    final String heading;

    Who(String heading) {
      this.heading = heading;
    }
  }

  @FunctionalInterface
  interface Action {
    int perform(UserSummary who) throws Exception;
  }

  private final Map<Who, UserSummary> people = new EnumMap<>(Who.class);
  private final Map<String, Action> actions = new LinkedHashMap<>();
  private UserSummary pmo;
  private long templateId;

  @BeforeAll
  void cast() throws Exception {
    people.put(Who.ADMIN, user(Role.ADMIN));
    people.put(Who.PMO, user(Role.PMO));
    people.put(Who.EXECUTIVE, user(Role.EXECUTIVE));
    people.put(Who.MANAGER, user(Role.PROJECT_MANAGER));
    people.put(Who.TEAM, user(Role.MEMBER));
    people.put(Who.OTHER_MANAGER, user(Role.PROJECT_MANAGER));
    people.put(Who.RESOURCE_MANAGER, user(Role.RESOURCE_MANAGER));
    people.put(Who.OUTSIDER, user(Role.MEMBER));
    pmo = user(Role.PMO);
    templateId =
        read(mvc.perform(
                    multipart("/api/v1/archive/templates")
                        .file(file("t.md", "# Minutes\n".getBytes()))
                        .param("name", "Minutes " + unique())
                        .with(as(pmo)))
                .andExpect(status().isCreated())
                .andReturn())
            .get("id")
            .asLong();
    actions.put(
        "See the documents of a project", who -> answer(get(documents(filed(false)[0])), who));
    actions.put(
        "See the documents of a confidential project",
        who -> {
          long[] doc = filed(true);
          return answer(get(documents(doc[0]) + "/" + doc[1] + "/versions/1/content"), who);
        });
    actions.put("Find a project's documents by search", who -> found(false, who));
    actions.put("Find a confidential project's documents by search", who -> found(true, who));
    actions.put(
        "File a document on a project",
        who -> answer(upload(project(false).id(), "D " + unique(), file("d.pdf", pdf("x"))), who));
    actions.put(
        "Upload a new version",
        who -> {
          long[] doc = filed(false);
          return answer(newVersion(doc[0], doc[1], file("d.pdf", pdf("y"))), who);
        });
    actions.put(
        "Change a document's details",
        who -> {
          long[] doc = filed(false);
          return answer(
              put(documents(doc[0]) + "/" + doc[1])
                  .header("If-Match", "\"1\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(Map.of("title", "Renamed"))),
              who);
        });
    actions.put(
        "Approve a version its team member reviews",
        who -> {
          long[] doc = filed(false);
          mvc.perform(
                  post(documents(doc[0]) + "/" + doc[1] + "/review")
                      .header("If-Match", "\"1\"")
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(write(Map.of("reviewerId", people.get(Who.TEAM).id())))
                      .with(as(pmo)))
              .andExpect(status().isOk());
          return answer(post(documents(doc[0]) + "/" + doc[1] + "/versions/1/approval"), who);
        });
    actions.put(
        "Start a document from a template",
        who ->
            answer(
                post(documents(project(false).id()) + "/from-template")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("templateId", templateId))),
                who));
    byte[] bundle = bundleOf(close(project(false), current(pmo)).id(), pmo);
    long storedId =
        read(mvc.perform(
                    post("/api/v1/archive/stored-bundles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            write(Map.of("projectId", close(project(false), current(pmo)).id())))
                        .with(as(pmo)))
                .andExpect(status().isCreated())
                .andReturn())
            .get("id")
            .asLong();
    long ruleId = customerRule();
    actions.put(
        "Download a closed project's archive bundle",
        who ->
            answer(
                get("/api/v1/projects/" + close(project(false), current(pmo)).id() + "/bundle"),
                who));
    actions.put(
        "Store a closed project's bundle in the archive",
        who ->
            answer(
                post("/api/v1/archive/stored-bundles")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("projectId", close(project(false), current(pmo)).id()))),
                who));
    actions.put(
        "List and download stored bundles",
        who -> answer(get("/api/v1/archive/stored-bundles/" + storedId + "/content"), who));
    actions.put("Import an archive bundle", who -> answer(importOf(bundle, "PI-" + unique()), who));
    actions.put(
        "Change a retention rule",
        who -> {
          long version = 0;
          for (var rule : read(fetch("/api/v1/archive/retention-rules", pmo))) {
            if (rule.get("id").asLong() == ruleId) {
              version = rule.get("version").asLong();
            }
          }
          return answer(
              put("/api/v1/archive/retention-rules/" + ruleId)
                  .header("If-Match", "\"" + version + "\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(Map.of("keepYears", 100))),
              who);
        });
    actions.put(
        "Put a project on legal hold",
        who ->
            answer(
                put("/api/v1/projects/" + project(false).id() + "/legal-hold")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("reason", "Audit"))),
                who));
    actions.put(
        "Run the retention purge", who -> answer(post("/api/v1/archive/retention/run"), who));
    actions.put(
        "Read the template library",
        who -> answer(get("/api/v1/archive/templates/" + templateId), who));
    actions.put(
        "Add or change a template",
        who ->
            answer(
                multipart("/api/v1/archive/templates")
                    .file(file("t.md", "# Plan\n".getBytes()))
                    .param("name", "Plan " + unique()),
                who));
  }

  /** The rule of the Customer delivery category (a hundred years: it purges nothing). */
  private long customerRule() throws Exception {
    for (var rule : read(fetch("/api/v1/archive/retention-rules", pmo))) {
      if (rule.get("scope").asString().equals("CUSTOMER")) {
        return rule.get("id").asLong();
      }
    }
    return read(mvc.perform(
                post("/api/v1/archive/retention-rules")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("scope", "CUSTOMER", "keepYears", 100)))
                    .with(as(pmo)))
            .andExpect(status().isCreated())
            .andReturn())
        .get("id")
        .asLong();
  }

  private ProjectView project(boolean confidential) {
    return projects.register(
        projectData(
            people.get(Who.MANAGER).id(),
            confidential,
            List.of(new ProjectData.Member(people.get(Who.TEAM).id(), MembershipRole.TEAM_MEMBER))),
        current(pmo));
  }

  /** A document filed by the PMO on a fresh project: {project id, document id}. */
  private long[] filed(boolean confidential) throws Exception {
    ProjectView project = project(confidential);
    long id =
        read(mvc.perform(
                    upload(project.id(), "Doc " + unique(), file("d.pdf", pdf("z"))).with(as(pmo)))
                .andExpect(status().isCreated())
                .andReturn())
            .get("id")
            .asLong();
    return new long[] {project.id(), id};
  }

  /**
   * Searches for a word inside a document filed on a fresh project: 200 when the search finds it
   * (and counts it), 404 when it finds and counts nothing.
   */
  private int found(boolean confidential, UserSummary who) throws Exception {
    ProjectView project = project(confidential);
    String word =
        "perm"
            + Long.toString(Math.abs(new java.util.Random().nextLong()), 26)
                .replaceAll("[0-9]", "x");
    mvc.perform(upload(project.id(), "Doc " + unique(), file("d.pdf", pdf(word))).with(as(pmo)))
        .andExpect(status().isCreated());
    var result =
        read(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/api/v1/search")
                        .param("q", word)
                        .with(as(who)))
                .andExpect(status().isOk())
                .andReturn());
    long total = result.get("results").get("totalElements").asLong();
    long counted = 0;
    for (var c : result.get("facets").get("kinds")) {
      counted += c.get("count").asLong();
    }
    assertThat(counted).isEqualTo(total);
    return total == 1 ? 200 : 404;
  }

  private int answer(AbstractMockHttpServletRequestBuilder<?> request, UserSummary who)
      throws Exception {
    return mvc.perform(request.with(as(who)).accept(MediaType.APPLICATION_JSON))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void the_archive_table_in_the_docs_is_what_the_code_does() throws Exception {
    Map<String, Map<Who, Boolean>> documented = readTable();
    Map<String, Map<Who, Boolean>> actual = new LinkedHashMap<>();
    StringBuilder surprises = new StringBuilder();
    for (var action : actions.entrySet()) {
      Map<Who, Boolean> row = new EnumMap<>(Who.class);
      for (Who who : Who.values()) {
        int status = action.getValue().perform(people.get(who));
        if (status >= 200 && status < 300) {
          row.put(who, true);
        } else if (status == 403 || status == 404) {
          row.put(who, false);
        } else {
          surprises
              .append(action.getKey())
              .append(" as ")
              .append(who.heading)
              .append(": HTTP ")
              .append(status)
              .append('\n');
        }
      }
      actual.put(action.getKey(), row);
    }
    assertThat(surprises.toString()).as("answers that are neither allowed nor refused").isEmpty();
    if (!actual.equals(documented)) {
      StringBuilder table = new StringBuilder();
      actual.forEach(
          (action, row) -> {
            table.append("| ").append(action).append(" |");
            row.values().forEach(allowed -> table.append(allowed ? " yes |" : " no |"));
            table.append('\n');
          });
      fail("docs/permissions.md (archive) differs from what the code does:\n" + table);
    }
  }

  private Map<String, Map<Who, Boolean>> readTable() throws Exception {
    List<String> lines = Files.readAllLines(MATRIX);
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("| Archive action |")) {
        header = i;
        break;
      }
    }
    assertThat(header).as("the archive table in docs/permissions.md").isNotNegative();
    Map<String, Map<Who, Boolean>> rows = new LinkedHashMap<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String inner = lines.get(i).trim();
      List<String> cells =
          List.of(inner.substring(1, inner.length() - 1).split("\\|", -1)).stream()
              .map(String::trim)
              .toList();
      Map<Who, Boolean> row = new EnumMap<>(Who.class);
      for (Who who : Who.values()) {
        row.put(who, cells.get(who.ordinal() + 1).startsWith("yes"));
      }
      rows.put(cells.get(0), row);
    }
    return rows;
  }
}

package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.PermissionTable;
import org.cairnpmo.support.PermissionTable.Action;
import org.cairnpmo.support.PermissionTable.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The archive table of {@code docs/permissions.md} is what the code does: every row is performed
 * through the API by each kind of person, on a fresh record for each change (rows that only read
 * share one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivePermissionTest extends ArchiveTestSupport {

  private final Map<Who, UserSummary> people = new EnumMap<>(Who.class);
  private final Map<String, Action> actions = new LinkedHashMap<>();
  private UserSummary pmo;
  private long templateId;

  @BeforeAll
  void cast() throws Exception {
    people.putAll(PermissionTable.cast(this::user));
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
        "See the documents of a project",
        who -> answer(get(documents(sharedFiled(false)[0])), who));
    actions.put(
        "See the documents of a confidential project",
        who -> {
          long[] doc = sharedFiled(true);
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
        "See a retention rule's page and its history",
        who -> page(get("/archive/retention-rules/" + ruleId), who));
    actions.put(
        "Change a retention rule on its page",
        who -> {
          long version = 0;
          for (var rule : read(fetch("/api/v1/archive/retention-rules", pmo))) {
            if (rule.get("id").asLong() == ruleId) {
              version = rule.get("version").asLong();
            }
          }
          return page(
              post("/archive/retention-rules/" + ruleId)
                  .param("keepYears", "100")
                  .param("version", String.valueOf(version)),
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
    closureRows();
    actions.put(
        "Add or change a template",
        who ->
            answer(
                multipart("/api/v1/archive/templates")
                    .file(file("t.md", "# Plan\n".getBytes()))
                    .param("name", "Plan " + unique()),
                who));
  }

  /** An active project of the manager with its team member, sponsored by the executive. */
  private ProjectView closing(boolean confidential) {
    return activeProject(
        people.get(Who.MANAGER), people.get(Who.EXECUTIVE), confidential, people.get(Who.TEAM));
  }

  private static String closure(long projectId) {
    return "/api/v1/projects/" + projectId + "/closure";
  }

  private AbstractMockHttpServletRequestBuilder<?> closureChange(
      String path, long version, Map<String, Object> body) {
    return post(path)
        .header("If-Match", "\"" + version + "\"")
        .contentType(MediaType.APPLICATION_JSON)
        .content(write(body));
  }

  private void closureRows() {
    actions.put(
        "See a project's closure checklist", who -> answer(get(closure(closing(false).id())), who));
    actions.put(
        "See a confidential project's closure checklist",
        who -> answer(get(closure(closing(true).id())), who));
    actions.put(
        "Start a project's closure",
        who -> answer(closureChange(closure(closing(false).id()) + "/start", 0, Map.of()), who));
    actions.put(
        "Waive an item of a closure",
        who ->
            answer(
                closureChange(
                    closure(closing(false).id()) + "/waivers",
                    0,
                    Map.of("item", "lessons", "reason", "A one-week study")),
                who));
    actions.put(
        "Sign off a closure (the executive sponsors the project)",
        who -> {
          ProjectView project = closing(false);
          long version = waiveAll(project.id(), current(pmo)).version();
          return answer(
              closureChange(closure(project.id()) + "/sign-off", version, Map.of("note", "OK")),
              who);
        });
    actions.put(
        "Reopen a closed project",
        who -> {
          ProjectView project =
              closedProject(
                  people.get(Who.MANAGER), people.get(Who.EXECUTIVE), people.get(Who.TEAM));
          long version = closures.closure(project.id(), current(pmo)).version();
          return answer(
              closureChange(
                  closure(project.id()) + "/reopen",
                  version,
                  Map.of("reason", "The acceptance test failed")),
              who);
        });
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

  @Test
  void a_confidential_projects_bundle_and_its_stored_copy_are_named_in_the_audit_log()
      throws Exception {
    UserSummary office = user(Role.PMO);
    ProjectView secret = close(project(true), current(pmo));
    bundleOf(secret.id(), office);
    long storedId =
        read(mvc.perform(
                    post("/api/v1/archive/stored-bundles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(Map.of("projectId", secret.id())))
                        .with(as(office)))
                .andExpect(status().isCreated())
                .andReturn())
            .get("id")
            .asLong();
    mvc.perform(get("/api/v1/archive/stored-bundles/" + storedId + "/content").with(as(office)))
        .andExpect(status().isOk());
    String audit =
        mvc.perform(
                get("/api/v1/admin/audit")
                    .param("who", office.username())
                    .param("kind", "CONFIDENTIAL_EXPORT")
                    .with(as(user(Role.ADMIN))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(audit)
        .contains("\"Archive bundle ZIP\"")
        .contains("\"Stored archive bundle ZIP\"")
        .contains(secret.code());
  }

  private ProjectView project(boolean confidential) {
    return projects.register(
        projectData(
            people.get(Who.MANAGER).id(),
            confidential,
            List.of(new ProjectData.Member(people.get(Who.TEAM).id(), MembershipRole.TEAM_MEMBER))),
        current(pmo));
  }

  // What a row only reads is filed once for every person: a fresh record each time is for changes.
  private final Map<Boolean, long[]> sharedFiled = new HashMap<>();

  private long[] sharedFiled(boolean confidential) throws Exception {
    if (!sharedFiled.containsKey(confidential)) {
      sharedFiled.put(confidential, filed(confidential));
    }
    return sharedFiled.get(confidential);
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

  private final Map<Boolean, String> searchedWords = new HashMap<>();

  /** A word inside one document only, filed once on a fresh project: searching it only reads. */
  private String searchedWord(boolean confidential) throws Exception {
    if (!searchedWords.containsKey(confidential)) {
      String word =
          "perm"
              + Long.toString(Math.abs(new java.util.Random().nextLong()), 26)
                  .replaceAll("[0-9]", "x");
      mvc.perform(
              upload(project(confidential).id(), "Doc " + unique(), file("d.pdf", pdf(word)))
                  .with(as(pmo)))
          .andExpect(status().isCreated());
      searchedWords.put(confidential, word);
    }
    return searchedWords.get(confidential);
  }

  /**
   * Searches for the word of {@link #searchedWord} as {@code who}: 200 when the search finds it
   * (and counts it), 404 when it finds and counts nothing.
   */
  private int found(boolean confidential, UserSummary who) throws Exception {
    String word = searchedWord(confidential);
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

  /** A page request in {@code who}'s browser session; a redirect after a saved form is a 200. */
  private int page(AbstractMockHttpServletRequestBuilder<?> request, UserSummary who)
      throws Exception {
    int status =
        mvc.perform(
                request
                    .with(signedInAs(who))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
    return status == 302 ? 200 : status;
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
    var outcome = PermissionTable.perform("Archive action", Who.class, people, actions);
    org.assertj.core.api.Assertions.assertThat(outcome.surprises())
        .as("answers that are neither allowed nor refused")
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(outcome.actual())
        .withFailMessage(outcome::differences)
        .isEqualTo(outcome.documented());
  }
}

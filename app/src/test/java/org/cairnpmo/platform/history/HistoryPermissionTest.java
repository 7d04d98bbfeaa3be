package org.cairnpmo.platform.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.control.Proximity;
import org.cairnpmo.control.ResponseStrategy;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.backup.BackupSettings;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The history and audit table of {@code docs/permissions.md} is what the code does: every row is
 * performed by each kind of person (the columns of the matrix, in order) on a fresh record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryPermissionTest extends ApiTestSupport {

  private static final Path MATRIX = Path.of("../docs/permissions.md");

  @FunctionalInterface
  interface Action {
    int perform(UserSummary who) throws Exception;
  }

  private List<UserSummary> people;
  private UserSummary manager;
  private UserSummary team;
  private UserSummary pmo;
  private final Map<String, Action> actions = new LinkedHashMap<>();

  @Autowired BackupSettings backupSettings;

  @BeforeAll
  void cast() {
    manager = user(Role.PROJECT_MANAGER);
    team = user(Role.MEMBER);
    pmo = user(Role.PMO);
    people =
        List.of(
            user(Role.ADMIN),
            user(Role.PMO),
            user(Role.EXECUTIVE),
            manager,
            team,
            user(Role.PROJECT_MANAGER),
            user(Role.RESOURCE_MANAGER),
            user(Role.MEMBER));
    actions.put("See the history of a project's risk", who -> history("risk", risk(false), who));
    actions.put(
        "See the history of a confidential project's risk",
        who -> history("risk", risk(true), who));
    actions.put(
        "See the history of a confidential project's plan",
        who -> history("plan", plan(true), who));
    actions.put(
        "See the history of a department", who -> history("department", department().id(), who));
    actions.put(
        "Read the audit log",
        who ->
            mvc.perform(get("/api/v1/admin/audit").with(as(who)))
                .andReturn()
                .getResponse()
                .getStatus());
    actions.put(
        "Export the audit log as CSV",
        who ->
            mvc.perform(get("/admin/audit/export.csv").with(session(who)))
                .andReturn()
                .getResponse()
                .getStatus());
    actions.put(
        "Open the backups page",
        who ->
            mvc.perform(get("/admin/backups").with(session(who)))
                .andReturn()
                .getResponse()
                .getStatus());
    actions.put(
        "Back the database up from the backups page",
        who ->
            answered(
                mvc.perform(post("/admin/backups").with(session(who)).with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus()));
    String backup = placedBackup();
    actions.put(
        "Download a backup from the backups page",
        who ->
            mvc.perform(get("/admin/backups/" + backup).with(session(who)))
                .andReturn()
                .getResponse()
                .getStatus());
  }

  /** A page's button answers with a redirect to the page: done, as far as the table goes. */
  private static int answered(int status) {
    return status == 302 || status == 303 ? 200 : status;
  }

  /**
   * A file under a backup's name in the backup folder, so that the download is tried on PostgreSQL
   * too, where Cairn makes no backups itself.
   */
  private String placedBackup() {
    try {
      Path folder = backupSettings.directory().toAbsolutePath().normalize();
      Files.createDirectories(folder);
      String name = "cairn-19991231-235959.zip";
      Files.write(folder.resolve(name), new byte[] {'P', 'K', 5, 6});
      return name;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int history(String kind, long id, UserSummary who) throws Exception {
    return mvc.perform(
            get("/api/v1/history")
                .param("kind", kind)
                .param("id", Long.toString(id))
                .with(as(who))
                .accept(MediaType.APPLICATION_JSON))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private long risk(boolean confidential) throws Exception {
    ProjectView project =
        projects.register(
            projectData(
                manager.id(),
                confidential,
                List.of(new ProjectData.Member(team.id(), MembershipRole.TEAM_MEMBER))),
            current(pmo));
    RiskData risk =
        new RiskData(
            "Risk " + unique(),
            "cause",
            "event",
            "effect",
            2,
            3,
            null,
            Proximity.NEAR,
            null,
            ResponseStrategy.MITIGATE,
            List.of(),
            null,
            null,
            null,
            null);
    return read(mvc.perform(
                post("/api/v1/projects/" + project.id() + "/raid/risks")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(risk)))
            .andExpect(status().isCreated())
            .andReturn())
        .get("id")
        .asLong();
  }

  /** The plan of a new project, made by the PMO's first look at it. */
  private long plan(boolean confidential) throws Exception {
    ProjectView project =
        projects.register(
            projectData(
                manager.id(),
                confidential,
                List.of(new ProjectData.Member(team.id(), MembershipRole.TEAM_MEMBER))),
            current(pmo));
    return read(mvc.perform(
                get("/api/v1/projects/" + project.id() + "/plan")
                    .with(as(pmo))
                    .accept(MediaType.APPLICATION_JSON))
            .andExpect(status().isOk())
            .andReturn())
        .get("id")
        .asLong();
  }

  /**
   * A member who may not see a confidential project gets, for the history of its records (of an old
   * kind and of a new one), the very answer a missing record gets: through the API (status and
   * problem, the id aside) and on the history page.
   */
  @Test
  void a_hidden_records_history_answers_like_a_missing_ones() throws Exception {
    UserSummary outsider = user(Role.MEMBER);
    Map<String, Long> hidden = Map.of("risk", risk(true), "plan", plan(true));
    for (var record : hidden.entrySet()) {
      String kind = record.getKey();
      long missing = Long.MAX_VALUE - 7;
      var shown = api(kind, record.getValue(), outsider);
      var none = api(kind, missing, outsider);
      assertThat(shown.getStatus()).as(kind).isEqualTo(404).isEqualTo(none.getStatus());
      assertThat(shown.getContentAsString().replace(record.getValue().toString(), "ID"))
          .as(kind)
          .isEqualTo(none.getContentAsString().replace(Long.toString(missing), "ID"));
      int page =
          mvc.perform(get("/history/" + kind + "/" + record.getValue()).with(session(outsider)))
              .andReturn()
              .getResponse()
              .getStatus();
      int missingPage =
          mvc.perform(get("/history/" + kind + "/" + missing).with(session(outsider)))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(page).as(kind).isEqualTo(404).isEqualTo(missingPage);
      assertThat(api(kind, record.getValue(), team).getStatus()).as(kind).isEqualTo(200);
    }
  }

  private org.springframework.mock.web.MockHttpServletResponse api(
      String kind, long id, UserSummary who) throws Exception {
    return mvc.perform(
            get("/api/v1/history")
                .param("kind", kind)
                .param("id", Long.toString(id))
                .with(as(who))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON))
        .andReturn()
        .getResponse();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor session(
      UserSummary user) {
    CairnPrincipal principal =
        new CairnPrincipal(
            user.id(), user.username(), user.displayName(), null, user.roles(), true, false, false);
    return authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
  }

  @Test
  void the_history_table_in_the_docs_is_what_the_code_does() throws Exception {
    Map<String, String> actual = new LinkedHashMap<>();
    for (var action : actions.entrySet()) {
      StringBuilder row = new StringBuilder("| " + action.getKey() + " |");
      for (UserSummary who : people) {
        int status = action.getValue().perform(who);
        assertThat(status).as(action.getKey() + " as " + who.roles()).isIn(200, 403, 404);
        row.append(status == 200 ? " yes |" : " no |");
      }
      actual.put(action.getKey(), row.toString());
    }
    List<String> lines = Files.readAllLines(MATRIX);
    int header =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith("| History action |"))
                .findFirst()
                .orElseThrow());
    Map<String, String> documented = new LinkedHashMap<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i).trim();
      documented.put(
          Arrays.stream(line.split("\\|")).skip(1).findFirst().orElseThrow().trim(), line);
    }
    assertThat(String.join("\n", actual.values()))
        .as("docs/permissions.md (history and audit) against what the code does")
        .isEqualTo(String.join("\n", documented.values()));
  }
}

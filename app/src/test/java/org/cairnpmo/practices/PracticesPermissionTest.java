package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The practices table of {@code docs/permissions.md} is what the code does: every row is performed
 * through the API by each kind of person, on a fresh record each time, as the main permission
 * matrix is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticesPermissionTest extends PracticesTestSupport {

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
  private LifecycleView lifecycle;

  @BeforeAll
  void cast() {
    people.put(Who.ADMIN, user(Role.ADMIN));
    people.put(Who.PMO, user(Role.PMO));
    people.put(Who.EXECUTIVE, user(Role.EXECUTIVE));
    people.put(Who.MANAGER, user(Role.PROJECT_MANAGER));
    people.put(Who.TEAM, user(Role.MEMBER));
    people.put(Who.OTHER_MANAGER, user(Role.PROJECT_MANAGER));
    people.put(Who.RESOURCE_MANAGER, user(Role.RESOURCE_MANAGER));
    people.put(Who.OUTSIDER, user(Role.MEMBER));
    pmo = user(Role.PMO);
    lifecycle = lifecycle();
    actions.put(
        "Read the methodology library",
        who -> status(get("/api/v1/practices/methods/" + draft().get("id").asLong()), who));
    actions.put(
        "Draft or change a method",
        who ->
            status(
                post("/api/v1/practices/methods")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(methodBody("M " + unique(), lifecycle.id(), List.of()))),
                who));
    actions.put(
        "Publish a method",
        who -> {
          JsonNode draft = draft();
          return status(
              post("/api/v1/practices/methods/" + draft.get("id").asLong() + "/publication")
                  .header("If-Match", "\"" + draft.get("version").asLong() + "\""),
              who);
        });
    actions.put(
        "Record a lesson on a project",
        who ->
            status(
                post("/api/v1/projects/" + project(false).id() + "/lessons")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(lessonBody("L " + unique()))),
                who));
    actions.put(
        "See the lessons of a project",
        who -> status(get("/api/v1/projects/" + project(false).id() + "/lessons"), who));
    actions.put(
        "See the lessons of a confidential project",
        who -> {
          long lesson =
              recordLesson(pmo, project(true).id(), lessonBody("C " + unique())).get("id").asLong();
          return status(get("/api/v1/practices/lessons/" + lesson), who);
        });
    actions.put(
        "Curate a lesson (review, adopt, merge)",
        who -> {
          long lesson =
              recordLesson(pmo, project(false).id(), lessonBody("R " + unique()))
                  .get("id")
                  .asLong();
          return status(
              post("/api/v1/practices/lessons/" + lesson + "/review").header("If-Match", "\"0\""),
              who);
        });
    actions.put(
        "Search lessons (full text, facets)",
        who -> status(get("/api/v1/practices/lessons/search?q=supplier+servers"), who));
    actions.put(
        "Find a confidential project's lesson by search or suggestion",
        who -> {
          String word = "okapi" + java.util.UUID.randomUUID().toString().replace("-", "");
          recordLesson(pmo, project(true).id(), lessonBody(word + " confidential"));
          JsonNode found =
              read(
                  mvc.perform(
                          get("/api/v1/practices/lessons/search?q=" + word)
                              .with(as(who))
                              .accept(MediaType.APPLICATION_JSON))
                      .andReturn());
          String hints =
              mvc.perform(get("/practices/lessons/hints?text=" + word).with(signedIn(who)))
                  .andReturn()
                  .getResponse()
                  .getContentAsString();
          long hits = found.get("results").get("totalElements").asLong();
          long facetCount = found.get("facets").get("categories").size();
          boolean inHints = hints.contains(word);
          assertThat(facetCount).as("facets follow the hits").isEqualTo(hits);
          assertThat(inHints).as("hints follow the search").isEqualTo(hits == 1);
          return hits == 1 ? 200 : 404;
        });
    actions.put(
        "Promote a lesson into a method or template",
        who -> {
          long lesson =
              recordLesson(pmo, project(false).id(), lessonBody("P " + unique()))
                  .get("id")
                  .asLong();
          return status(
              post("/api/v1/practices/lessons/" + lesson + "/promotions")
                  .header("If-Match", "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(Map.of("targetKind", "TEMPLATE", "targetId", 424242))),
              who);
        });
    actions.put(
        "Rebuild the search index", who -> status(post("/api/v1/search-index/rebuild"), who));
  }

  private JsonNode draft() throws Exception {
    return defineMethod(pmo, methodBody("Draft " + unique(), lifecycle.id(), List.of()));
  }

  private ProjectView project(boolean confidential) {
    return projects.register(
        projectData(
            people.get(Who.MANAGER).id(),
            confidential,
            List.of(new ProjectData.Member(people.get(Who.TEAM).id(), MembershipRole.TEAM_MEMBER))),
        current(pmo));
  }

  private int status(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      UserSummary who)
      throws Exception {
    return mvc.perform(request.with(as(who)).accept(MediaType.APPLICATION_JSON))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void the_practices_table_in_the_docs_is_what_the_code_does() throws Exception {
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
      fail("docs/permissions.md (practices) differs from what the code does:\n" + table);
    }
  }

  private Map<String, Map<Who, Boolean>> readTable() throws Exception {
    List<String> lines = Files.readAllLines(MATRIX);
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("| Practices action |")) {
        header = i;
        break;
      }
    }
    assertThat(header).as("the practices table in docs/permissions.md").isNotNegative();
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

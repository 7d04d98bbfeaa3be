package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.practices.templates.NewProjectData;
import org.cairnpmo.practices.templates.TemplateContent;
import org.cairnpmo.practices.templates.TemplatePush;
import org.cairnpmo.practices.templates.TemplateView;
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
import tools.jackson.databind.JsonNode;

/**
 * The practices table of {@code docs/permissions.md} is what the code does: every row is performed
 * through the API by each kind of person, on a fresh record each time, as the main permission
 * matrix is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticesPermissionTest extends TemplateTestSupport {

  private final Map<Who, UserSummary> people = new EnumMap<>(Who.class);
  private final Map<String, Action> actions = new LinkedHashMap<>();
  private UserSummary pmo;
  @org.springframework.beans.factory.annotation.Autowired private TemplatePush push;
  private LifecycleView lifecycle;
  private org.cairnpmo.governance.domain.TierView tier;
  private long kpi;
  private Long tierId;

  @BeforeAll
  void cast() throws Exception {
    people.putAll(PermissionTable.cast(this::user));
    pmo = user(Role.PMO);
    lifecycle = lifecycle();
    try {
      tier = tierWithMethod(lifecycle, pmo);
      kpi =
          read(mvc.perform(
                      post("/api/v1/practices/kpis")
                          .with(as(pmo))
                          .contentType(MediaType.APPLICATION_JSON)
                          .content(write(kpiBody())))
                  .andReturn())
              .get("id")
              .asLong();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    tierId = tier(lifecycle).id();
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
        who -> status(get("/api/v1/projects/" + shared(false).id() + "/lessons"), who));
    actions.put(
        "See the lessons of a confidential project",
        who ->
            status(
                get("/api/v1/practices/lessons/" + confidentialLesson().get("id").asLong()), who));
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
        who -> status(get("/api/v1/practices/lessons/search?q=" + sharedLessonWord()), who));
    actions.put(
        "Find a confidential project's lesson by search or suggestion",
        who -> {
          confidentialLesson();
          String word = confidentialLessonWord;
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
                  .content(
                      write(Map.of("targetKind", "TEMPLATE", "targetId", sharedTemplate().id()))),
              who);
        });
    actions.put(
        "Rebuild the search index", who -> status(post("/api/v1/search-index/rebuild"), who));
    actions.put(
        "Read the KPIs and a project's figures",
        who ->
            status(
                get("/api/v1/practices/kpis/projects/" + shared(false).id() + "?months=0"), who));
    actions.put(
        "See the KPI figures of a confidential project",
        who ->
            status(get("/api/v1/practices/kpis/projects/" + shared(true).id() + "?months=0"), who));
    actions.put(
        "Define or change a KPI",
        who ->
            status(
                post("/api/v1/practices/kpis")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(kpiBody())),
                who));
    actions.put(
        "Take the KPI snapshot of the month",
        who -> status(post("/api/v1/practices/kpis/snapshots"), who));
    actions.put(
        "Download the KPI workbook",
        who ->
            mvc.perform(
                    get("/api/v1/practices/kpis/workbook?months=0")
                        .with(as(who))
                        .accept(org.cairnpmo.platform.web.Attachments.XLSX))
                .andReturn()
                .getResponse()
                .getStatus());
    actions.put(
        "See a project's compliance",
        who -> status(get("/api/v1/practices/compliance/projects/" + shared(false).id()), who));
    actions.put(
        "See the compliance of a confidential project",
        who -> status(get("/api/v1/practices/compliance/projects/" + shared(true).id()), who));
    actions.put(
        "Mark a method's deliverable or checklist item done on a project",
        who -> {
          long id = project(false).id();
          place(id, tier, pmo);
          return status(
              put("/api/v1/practices/compliance/projects/" + id + "/marks")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      write(
                          Map.of("kind", "CHECK", "phase", "Initiation", "item", "Sponsor named"))),
              who);
        });
    actions.put(
        "Read the project templates",
        who -> status(get("/api/v1/practices/templates/" + sharedTemplate().id()), who));
    actions.put(
        "Draft, change or publish a template",
        who ->
            status(
                post("/api/v1/practices/templates")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        write(templateData("T " + unique(), lifecycle, tierId, small(1), null))),
                who));
    actions.put(
        "Create a project from a template",
        who ->
            status(
                post("/api/v1/practices/templates/" + sharedTemplate().id() + "/projects")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(newProjectBody()),
                who));
    actions.put(
        "Push a template version to live projects",
        who -> {
          long[] pv = projectAndNextVersion("push");
          return status(
              post("/api/v1/practices/templates/" + pv[1] + "/pushes")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(Map.of("projectIds", List.of(pv[0])))),
              who);
        });
    actions.put(
        "See a project's template changes",
        who -> status(get("/api/v1/projects/" + sharedPushed() + "/template/changes"), who));
    actions.put(
        "Accept or decline a template change",
        who -> {
          long[] pv = projectAndNextVersion("accept");
          push.push(pv[1], List.of(pv[0]), current(pmo));
          long change = push.changes(pv[0], current(pmo)).get(0).id();
          return status(
              post("/api/v1/projects/" + pv[0] + "/template/changes/" + change + "/acceptance")
                  .header("If-Match", "\"0\""),
              who);
        });
    maturityRows();
  }

  private Map<String, Object> kpiBody() {
    return Map.of(
        "name",
        "KPI " + unique(),
        "measure",
        "SPI",
        "direction",
        "HIGHER_IS_BETTER",
        "green",
        0.95,
        "red",
        0.85);
  }

  private static final String ASSESSMENTS = "/api/v1/practices/assessments";
  private JsonNode questionnaire;

  /** The maturity assessment's rows: on a fresh assessment each time. */
  private void maturityRows() throws Exception {
    questionnaire =
        created(
            post(ASSESSMENTS + "/questionnaires"),
            MaturityFixtures.questionnaireBody("P " + unique()));
    actions.put(
        "Read maturity assessments and their results",
        who -> status(get(ASSESSMENTS + "/" + sharedClosed().get("id").asLong()), who));
    actions.put(
        "Write a maturity questionnaire",
        who ->
            status(
                post(ASSESSMENTS + "/questionnaires")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(MaturityFixtures.questionnaireBody("P " + unique()))),
                who));
    actions.put(
        "Open a maturity assessment",
        who ->
            status(
                post(ASSESSMENTS)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        write(
                            MaturityFixtures.assessmentBody(
                                "P " + unique(),
                                questionnaire.get("id").asLong(),
                                List.of(pmo.id())))),
                who));
    actions.put(
        "Invite more people to an open maturity assessment",
        who -> {
          JsonNode open = openAssessment(user(Role.MEMBER));
          return status(
              post(ASSESSMENTS + "/" + open.get("id").asLong() + "/respondents")
                  .header("If-Match", "\"" + open.get("version").asLong() + "\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(java.util.Map.of("respondentIds", List.of(who.id())))),
              who);
        });
    actions.put(
        "Close a maturity assessment",
        who -> {
          UserSummary respondent = user(Role.MEMBER);
          JsonNode open = openAssessment(respondent);
          submit(open.get("id").asLong(), respondent);
          return status(
              post(ASSESSMENTS + "/" + open.get("id").asLong() + "/closure")
                  .header("If-Match", "\"" + open.get("version").asLong() + "\""),
              who);
        });
    actions.put(
        "Answer a maturity assessment one is invited to",
        who -> answerStatus(openAssessment(who).get("id").asLong(), who));
    actions.put(
        "Answer a maturity assessment one is not invited to",
        who -> answerStatus(openAssessment(user(Role.MEMBER)).get("id").asLong(), who));
    actions.put(
        "See the history of one's own maturity response",
        who -> responseHistoryStatus(openAssessment(who).get("id").asLong(), who, who));
    actions.put(
        "See the history of another person's maturity response",
        who -> {
          UserSummary respondent = user(Role.MEMBER);
          return responseHistoryStatus(
              openAssessment(respondent).get("id").asLong(), respondent, who);
        });
    actions.put(
        "See the answers to a closed assessment one did not answer",
        who ->
            status(get(ASSESSMENTS + "/" + sharedClosed().get("id").asLong() + "/answers"), who));
    actions.put(
        "Add or change an improvement action",
        who ->
            status(
                post(ASSESSMENTS + "/" + sharedClosed().get("id").asLong() + "/actions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        write(
                            java.util.Map.of(
                                "title",
                                "Act " + unique(),
                                "area",
                                "CULTURE",
                                "ownerId",
                                pmo.id(),
                                "dueDate",
                                "2027-06-30"))),
                who));
  }

  private JsonNode created(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      Object body)
      throws Exception {
    return read(
        mvc.perform(
                request
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .content(write(body)))
            .andReturn());
  }

  private JsonNode openAssessment(UserSummary respondent) throws Exception {
    return created(
        post(ASSESSMENTS),
        MaturityFixtures.assessmentBody(
            "P " + unique(), questionnaire.get("id").asLong(), List.of(respondent.id())));
  }

  private List<Long> questionIds() {
    List<Long> ids = new java.util.ArrayList<>();
    questionnaire.get("questions").forEach(q -> ids.add(q.get("id").asLong()));
    return ids;
  }

  private int answerStatus(long assessment, UserSummary who) throws Exception {
    return status(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                ASSESSMENTS + "/" + assessment + "/responses/mine")
            .header("If-Match", "\"0\"")
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                write(MaturityFixtures.answers(questionIds(), List.of(3, 3, 3, 3, 3, 3, 3), true))),
        who);
  }

  /** The history of {@code respondent}'s response to {@code assessment}, as {@code who} asks. */
  private int responseHistoryStatus(long assessment, UserSummary respondent, UserSummary who)
      throws Exception {
    long response =
        read(fetch(ASSESSMENTS + "/" + assessment + "/responses/mine", respondent))
            .get("id")
            .asLong();
    return status(
        get("/api/v1/history").param("kind", "maturity-response").param("id", "" + response), who);
  }

  private void submit(long assessment, UserSummary respondent) throws Exception {
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    ASSESSMENTS + "/" + assessment + "/responses/mine")
                .with(as(respondent))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(
                        MaturityFixtures.answers(
                            questionIds(), List.of(2, 3, 2, 3, 2, 3, 2), true))))
        .andReturn();
  }

  private JsonNode closedAssessment() throws Exception {
    UserSummary respondent = user(Role.MEMBER);
    long id = openAssessment(respondent).get("id").asLong();
    submit(id, respondent);
    long version = read(fetch(ASSESSMENTS + "/" + id, pmo)).get("version").asLong();
    return read(
        mvc.perform(
                post(ASSESSMENTS + "/" + id + "/closure")
                    .with(as(pmo))
                    .header("If-Match", "\"" + version + "\"")
                    .accept(MediaType.APPLICATION_JSON))
            .andReturn());
  }

  private JsonNode draft() throws Exception {
    return defineMethod(pmo, methodBody("Draft " + unique(), lifecycle.id(), List.of()));
  }

  /** A small published template: one task, one checklist item, a monthly cadence. */
  private TemplateView smallTemplate() {
    TemplateView draft =
        library.define(
            templateData("Permission template " + unique(), lifecycle, tierId, small(1), null),
            current(pmo));
    return library.publish(draft.id(), draft.version(), current(pmo));
  }

  private static TemplateContent small(int days) {
    return new TemplateContent(
        List.of(new TemplateContent.TaskItem("Work", days, List.of())),
        null,
        null,
        null,
        null,
        null,
        List.of("Charter signed"),
        null,
        "MONTHLY");
  }

  /** A project made from a template by the PMO, and the published next version of the template. */
  private long[] projectAndNextVersion() {
    return projectsAndNextVersion(1).pop();
  }

  private final Map<String, java.util.Deque<long[]>> pushTargets = new java.util.HashMap<>();

  /**
   * As {@link #projectAndNextVersion()}, a fresh project for each person of the row, all made from
   * one template: a push changes the project, never the template.
   */
  private long[] projectAndNextVersion(String row) {
    return pushTargets.computeIfAbsent(row, r -> projectsAndNextVersion(Who.values().length)).pop();
  }

  /**
   * {@code count} projects made from one template, then its next version, published: that retires
   * the first, so every project is made before.
   */
  private java.util.Deque<long[]> projectsAndNextVersion(int count) {
    TemplateView v1 = smallTemplate();
    List<Long> made = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      made.add(
          instantiation
              .create(v1.id(), newProject(people.get(Who.MANAGER).id()), current(pmo))
              .id());
    }
    TemplateView draft = library.newVersion(v1.id(), current(pmo));
    draft =
        library.revise(
            draft.id(),
            templateData(draft.name(), lifecycle, tierId, small(2), draft.version()),
            draft.version(),
            current(pmo));
    TemplateView v2 = library.publish(draft.id(), draft.version(), current(pmo));
    java.util.Deque<long[]> pairs = new java.util.ArrayDeque<>();
    made.forEach(project -> pairs.add(new long[] {project, v2.id()}));
    return pairs;
  }

  private String newProjectBody() {
    NewProjectData d = newProject(null);
    return write(
        Map.of(
            "code", d.code(),
            "name", d.name(),
            "plannedStart", d.plannedStart().toString(),
            "plannedFinish", d.plannedFinish().toString()));
  }

  // What a row only reads is made once for every person: a fresh record each time is for changes.
  private final Map<Boolean, ProjectView> sharedProjects = new java.util.HashMap<>();
  private TemplateView sharedTemplate;
  private JsonNode sharedClosed;

  private long sharedPushed;
  private String sharedLessonWord;
  private JsonNode confidentialLesson;
  private final String confidentialLessonWord =
      "okapi" + java.util.UUID.randomUUID().toString().replace("-", "");

  /** A lesson of a confidential project, its title a word no other lesson has. */
  private JsonNode confidentialLesson() throws Exception {
    if (confidentialLesson == null) {
      confidentialLesson =
          recordLesson(
              pmo, shared(true).id(), lessonBody(confidentialLessonWord + " confidential"));
    }
    return confidentialLesson;
  }

  /** A project a template version was pushed to, its changes waiting. */
  private long sharedPushed() {
    if (sharedPushed == 0) {
      long[] pv = projectAndNextVersion();
      push.push(pv[1], List.of(pv[0]), current(pmo));
      sharedPushed = pv[0];
    }
    return sharedPushed;
  }

  /**
   * A word of one lesson only: a search for words every test lesson has would rank and highlight
   * all of them, which grows with the suite and proves nothing more about who may search.
   */
  private String sharedLessonWord() throws Exception {
    if (sharedLessonWord == null) {
      String word = "quokka" + unique().toLowerCase();
      recordLesson(pmo, shared(false).id(), lessonBody(word + " supplier"));
      sharedLessonWord = word;
    }
    return sharedLessonWord;
  }

  private ProjectView shared(boolean confidential) {
    return sharedProjects.computeIfAbsent(confidential, this::project);
  }

  private TemplateView sharedTemplate() {
    if (sharedTemplate == null) {
      sharedTemplate = smallTemplate();
    }
    return sharedTemplate;
  }

  private JsonNode sharedClosed() throws Exception {
    if (sharedClosed == null) {
      sharedClosed = closedAssessment();
    }
    return sharedClosed;
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
    var outcome = PermissionTable.perform("Practices action", Who.class, people, actions);
    org.assertj.core.api.Assertions.assertThat(outcome.surprises())
        .as("answers that are neither allowed nor refused")
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(outcome.actual())
        .withFailMessage(outcome::differences)
        .isEqualTo(outcome.documented());
  }
}

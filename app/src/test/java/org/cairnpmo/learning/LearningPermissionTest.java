package org.cairnpmo.learning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CompetencyData;
import org.cairnpmo.learning.domain.CompetencyFramework;
import org.cairnpmo.learning.domain.CompetencyViews;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.LearningPaths;
import org.cairnpmo.learning.domain.MentoringData;
import org.cairnpmo.learning.domain.MentoringService;
import org.cairnpmo.learning.domain.MentoringViews;
import org.cairnpmo.learning.domain.PathData;
import org.cairnpmo.learning.domain.PathStep;
import org.cairnpmo.learning.domain.SessionData;
import org.cairnpmo.support.PermissionTable;
import org.cairnpmo.support.PermissionTable.Action;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The learning table of {@code docs/permissions.md} is what the code does: every row is performed
 * through the API by each kind of person, on a fresh record each time. "The person" is the one
 * whose record it is; "their line manager" is theirs in the resource pool.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningPermissionTest extends LearningTestSupport {

  enum Who implements PermissionTable.Column {
    ADMIN("Administrator"),
    PMO("PMO"),
    EXECUTIVE("Executive"),
    LINE_MANAGER("Their line manager"),
    PERSON("The person"),
    OTHER_MANAGER("Another project manager"),
    RESOURCE_MANAGER("Resource manager"),
    OUTSIDER("Another member");

    private final String heading;

    Who(String heading) {
      this.heading = heading;
    }

    @Override
    public String heading() {
      return heading;
    }
  }

  @Autowired EnrollmentService enrollments;
  @Autowired CertificationService certifications;
  @Autowired CompetencyFramework framework;
  @Autowired LearningPaths paths;
  @Autowired MentoringService mentorings;

  private final Map<Who, UserSummary> people = new EnumMap<>(Who.class);
  private final Map<String, Action> actions = new LinkedHashMap<>();

  @BeforeAll
  void cast() {
    Pair pair = pair(Role.PROJECT_MANAGER);
    people.put(Who.ADMIN, user(Role.ADMIN));
    people.put(Who.PMO, user(Role.PMO));
    people.put(Who.EXECUTIVE, user(Role.EXECUTIVE));
    people.put(Who.LINE_MANAGER, pair.manager());
    people.put(Who.PERSON, pair.person());
    people.put(Who.OTHER_MANAGER, user(Role.PROJECT_MANAGER));
    people.put(Who.RESOURCE_MANAGER, user(Role.RESOURCE_MANAGER));
    people.put(Who.OUTSIDER, user(Role.MEMBER));
    UserSummary person = pair.person();
    actions.put(
        "Read the catalog and sessions",
        who -> status(get("/api/v1/learning/sessions/" + session(course().id(), 2).id()), who));
    actions.put(
        "Add or change a course",
        who ->
            agreed(
                status(
                    post("/api/v1/learning/courses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(courseData("C " + unique(), null))),
                    who),
                pageStatus(get("/learning/courses/new"), who),
                pageStatus(
                    post("/learning/courses/" + course().id() + "/builds")
                        .param("competencyId", String.valueOf(anyCompetency()))
                        .param("level", "2"),
                    who)));
    actions.put(
        "Plan or change a session",
        who ->
            status(
                post("/api/v1/learning/courses/" + course().id() + "/sessions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        write(
                            new SessionData(
                                java.time.OffsetDateTime.now().plusDays(9),
                                java.time.OffsetDateTime.now().plusDays(9).plusHours(3),
                                null,
                                "https://meet.example.org/x",
                                null,
                                5,
                                false,
                                null))),
                who));
    actions.put(
        "Ask for a seat for oneself",
        who ->
            status(post(enrollPath()).contentType(MediaType.APPLICATION_JSON).content("{}"), who));
    actions.put(
        "Enroll the person",
        who ->
            status(
                post(enrollPath())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("userId", person.id()))),
                who));
    actions.put(
        "Enroll the person without the course's prerequisites, giving the reason",
        who -> {
          long course =
              catalog
                  .define(
                      courseData("Advanced " + unique(), null, List.of(course().id()), null), pmo())
                  .id();
          Map<String, Object> body = new java.util.HashMap<>();
          body.put("userId", person.id());
          body.put("overrideReason", "Leads the pilot");
          int status =
              status(
                  post("/api/v1/learning/sessions/" + session(course, 2).id() + "/enrollments")
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(write(body)),
                  who);
          // Refused on its rule (the line manager, or the person for themselves) is a refusal.
          return status == 409 ? 403 : status;
        });
    actions.put(
        "See the person's enrollments",
        who -> status(get("/api/v1/learning/enrollments/" + requested(person)), who));
    actions.put(
        "Approve or decline the person's request",
        who -> status(change(requested(person), "approval"), who));
    actions.put(
        "Confirm, record attendance, complete",
        who -> {
          var pmo = pmo();
          long id = enrollments.request(session(course().id(), 2).id(), person.id(), pmo).id();
          return status(change(id, "confirmation"), who);
        });
    actions.put(
        "Cancel the person's enrollment",
        who -> status(change(requested(person), "cancellation"), who));
    actions.put(
        "See the person's certifications",
        who ->
            status(
                get(
                    "/api/v1/learning/certifications/"
                        + certifications.record(certification(null), current(person)).id()),
                who));
    actions.put(
        "Record a certification for the person",
        who ->
            status(
                post("/api/v1/learning/certifications")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(certification(person.id()))),
                who));
    long competency =
        framework
            .define(
                new CompetencyData(
                    framework
                        .addArea(new CompetencyViews.AreaData("Area " + unique(), null), pmo())
                        .id(),
                    "Competency " + unique(),
                    null,
                    List.of("1", "2", "3", "4", "5"),
                    null),
                pmo())
            .id();
    String role = "Role " + unique();
    framework.setProfile(
        new CompetencyViews.TargetProfileData(
            role, List.of(new CompetencyViews.TargetData(competency, 3)), null),
        null,
        pmo());
    long path =
        paths
            .define(
                new PathData(
                    "Path " + unique(),
                    role,
                    null,
                    List.of(
                        new PathData.Step(
                            PathStep.Kind.COMPETENCY,
                            "Level 3",
                            null,
                            null,
                            competency,
                            3,
                            null,
                            null)),
                    null),
                pmo())
            .id();
    actions.put(
        "Read the competency framework, profiles and paths",
        who -> status(get("/api/v1/learning/paths/" + path), who));
    actions.put(
        "Change the framework, profiles or paths",
        who ->
            agreed(
                status(
                    post("/api/v1/learning/competency-areas")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(Map.of("name", "Area " + unique()))),
                    who),
                pageStatus(
                    post("/learning/competencies/areas").param("name", "Area " + unique()), who),
                pageStatus(get("/learning/paths/new"), who)));
    actions.put(
        "Assess the person as themselves", who -> assess(who, person.id(), competency, "SELF"));
    actions.put(
        "Assess the person as their manager",
        who ->
            agreed(
                assess(who, person.id(), competency, "MANAGER"),
                pageStatus(
                    post("/learning/people/" + person.id() + "/assessments")
                        .param("competencyId", String.valueOf(competency))
                        .param("level", "3"),
                    who)));
    actions.put(
        "See the person's assessments, gap and path progress",
        who -> {
          int a = status(get("/api/v1/learning/people/" + person.id() + "/assessments"), who);
          int g =
              status(
                  get("/api/v1/learning/people/" + person.id() + "/gap").param("role", role), who);
          int p =
              status(
                  get("/api/v1/learning/paths/" + path + "/progress")
                      .param("userId", String.valueOf(person.id())),
                  who);
          return agreed(
              a, g, p, pageStatus(get("/learning/people/" + person.id() + "/assessments"), who));
        });
    actions.put(
        "Search the pool by competency or certification",
        who -> status(get("/api/v1/resources/people").param("certification", "PMP"), who));
    actions.put(
        "Set up a mentoring pair",
        who ->
            agreed(
                status(
                    post("/api/v1/learning/mentorings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(mentoringData(person))),
                    who),
                pageStatus(
                    post("/learning/mentoring/new")
                        .param("mentorId", String.valueOf(user(Role.PROJECT_MANAGER).id()))
                        .param("menteeId", String.valueOf(person.id()))
                        .param("goals", "Goals")
                        .param("startsOn", LocalDate.now().toString())
                        .param("endsOn", LocalDate.now().plusMonths(2).toString()),
                    who)));
    actions.put(
        "See the person's mentoring pair",
        who -> status(get("/api/v1/learning/mentorings/" + mentoring(person)), who));
    actions.put(
        "Read the notes of the person's mentoring sessions",
        who -> {
          long pairId = mentoring(person);
          mentorings.log(
              pairId,
              new MentoringViews.SessionLog(LocalDate.now(), "Private " + unique()),
              current(person));
          var response =
              mvc.perform(
                      get("/api/v1/learning/mentorings/" + pairId + "/sessions")
                          .with(as(who))
                          .accept(MediaType.APPLICATION_JSON))
                  .andReturn()
                  .getResponse();
          // The PMO sees that sessions were held, never what was said.
          return response.getStatus() == 200
                  && response.getContentAsString().contains("\"notesHidden\":true")
              ? 403
              : response.getStatus();
        });
    actions.put(
        "Log a session in the person's mentoring pair",
        who ->
            status(
                post("/api/v1/learning/mentorings/" + mentoring(person) + "/sessions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("heldOn", LocalDate.now().toString(), "notes", "n"))),
                who));
    actions.put(
        "Give feedback at the end of the person's mentoring pair",
        who ->
            pageStatus(
                post("/learning/mentoring/" + mentoring(person) + "/feedback")
                    .param("feedback", "Useful")
                    .param("version", "0"),
                who));
    actions.put(
        "Coach a project team",
        who ->
            agreed(
                status(
                    post("/api/v1/learning/coachings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            write(
                                Map.of(
                                    "team",
                                    "Team " + unique(),
                                    "coachId",
                                    who.id(),
                                    "purpose",
                                    "Adopt the standard",
                                    "startsOn",
                                    LocalDate.now().toString()))),
                    who),
                pageStatus(
                    post("/learning/coaching/new")
                        .param("team", "Team " + unique())
                        .param("coachId", String.valueOf(who.id()))
                        .param("purpose", "Adopt the standard")
                        .param("startsOn", LocalDate.now().toString()),
                    who)));
    actions.put(
        "See the culture dashboard or set the training budget",
        who -> status(get("/api/v1/learning/dashboard"), who));
  }

  private long anyCompetency() {
    return framework
        .define(
            new CompetencyData(
                framework
                    .addArea(new CompetencyViews.AreaData("Area " + unique(), null), pmo())
                    .id(),
                "Competency " + unique(),
                null,
                List.of("1", "2", "3", "4", "5"),
                null),
            pmo())
        .id();
  }

  private MentoringData mentoringData(UserSummary mentee) {
    return new MentoringData(
        user(Role.PROJECT_MANAGER).id(),
        mentee.id(),
        "Goals",
        LocalDate.now(),
        LocalDate.now().plusMonths(3),
        null);
  }

  private long mentoring(UserSummary mentee) {
    return mentorings.create(mentoringData(mentee), pmo()).id();
  }

  private int assess(UserSummary who, long person, long competency, String source)
      throws Exception {
    Map<String, Object> body = new java.util.HashMap<>();
    if (who.id() != person) {
      body.put("userId", person);
    }
    body.put("competencyId", competency);
    body.put("source", source);
    body.put("level", 2);
    return status(
        post("/api/v1/learning/assessments")
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(body)),
        who);
  }

  private String enrollPath() {
    return "/api/v1/learning/sessions/" + session(course().id(), 2).id() + "/enrollments";
  }

  private long requested(UserSummary person) {
    return enrollments.request(session(course().id(), 2).id(), null, current(person)).id();
  }

  private static MockHttpServletRequestBuilder change(long enrollment, String action) {
    return post("/api/v1/learning/enrollments/" + enrollment + "/" + action)
        .header("If-Match", "\"0\"")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{}");
  }

  private static CertificationData certification(Long userId) {
    return new CertificationData(
        userId,
        CertificationKind.INTERNAL,
        "Internal " + unique(),
        null,
        null,
        LocalDate.now().minusDays(10),
        null,
        null,
        null,
        null);
  }

  /** A page as {@code who}: a redirect after a change counts as done. */
  private int pageStatus(MockHttpServletRequestBuilder request, UserSummary who) throws Exception {
    int status =
        mvc.perform(request.with(page(who)).with(csrf())).andReturn().getResponse().getStatus();
    return status == 302 ? 200 : status;
  }

  /** One answer when the API and the pages agree (any success is one), else one nobody allows. */
  private static int agreed(int... statuses) {
    int first = done(statuses[0]);
    for (int s : statuses) {
      if (done(s) != first) {
        return 500;
      }
    }
    return first;
  }

  private static int done(int status) {
    return status >= 200 && status < 300 ? 200 : status;
  }

  private int status(MockHttpServletRequestBuilder request, UserSummary who) throws Exception {
    return mvc.perform(request.with(as(who)).accept(MediaType.APPLICATION_JSON))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void the_learning_table_in_the_docs_is_what_the_code_does() throws Exception {
    var outcome = PermissionTable.perform("Learning action", Who.class, people, actions);
    org.assertj.core.api.Assertions.assertThat(outcome.surprises())
        .as("answers that are neither allowed nor refused")
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(outcome.actual())
        .withFailMessage(outcome::differences)
        .isEqualTo(outcome.documented());
  }
}

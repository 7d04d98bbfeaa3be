package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.Assessments;
import org.cairnpmo.learning.domain.CompetencyAssessment;
import org.cairnpmo.learning.domain.CompetencyFramework;
import org.cairnpmo.learning.domain.CompetencyViews.AreaData;
import org.cairnpmo.learning.domain.CompetencyViews.AreaView;
import org.cairnpmo.learning.domain.CompetencyViews.CompetencyView;
import org.cairnpmo.learning.domain.LearningPaths;
import org.cairnpmo.learning.domain.MentoringService;
import org.cairnpmo.learning.domain.MentoringViews.MentoringView;
import org.cairnpmo.learning.domain.PathStep;
import org.cairnpmo.learning.domain.PathViews.PathView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The PMO's forms of the framework (areas, competencies, target profiles, paths), mentoring and
 * coaching, the pair's feedback and the manager's assessment: errors next to the fields, a stale
 * version said above the form, and the forms closed to those who may not write.
 */
class LearningFormsPageTest extends LearningTestSupport {

  private static final String[] LEVELS = {
    "levels[0]",
    "Aware",
    "levels[1]",
    "Guided",
    "levels[2]",
    "Alone",
    "levels[3]",
    "Leads",
    "levels[4]",
    "Teaches"
  };

  @Autowired CompetencyFramework framework;
  @Autowired LearningPaths paths;
  @Autowired MentoringService mentoring;
  @Autowired Assessments assessments;

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private AreaView area(String name) {
    return framework.framework().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void the_pmo_writes_an_area_and_a_competency_and_a_stale_change_is_said() throws Exception {
    UserSummary pmo = user(Role.PMO);
    String areaName = "Area " + unique();
    assertThat(submit("/learning/competencies/areas", pmo, "name", areaName).getRedirectedUrl())
        .isEqualTo("/learning/competencies");
    long area = area(areaName).id();

    String refused =
        submit("/learning/competencies/new", pmo, "areaId", "nonsense", "name", "")
            .getContentAsString();
    assertThat(refused).contains("Choose the area from the list.");
    String unnamed =
        submit(
                "/learning/competencies/new",
                pmo,
                with(LEVELS, "areaId", Long.toString(area), "name", ""))
            .getContentAsString();
    assertThat(unnamed).contains("Enter the competency");

    String name = "Facilitation " + unique();
    assertThat(
            submit(
                    "/learning/competencies/new",
                    pmo,
                    with(LEVELS, "areaId", Long.toString(area), "name", name))
                .getRedirectedUrl())
        .isEqualTo("/learning/competencies");
    CompetencyView c = area(areaName).competencies().get(0);
    assertThat(c.levels()).containsExactly("Aware", "Guided", "Alone", "Leads", "Teaches");
    assertThat(html("/learning/competencies", pmo)).contains(name).contains("Teaches");
    assertThat(html("/learning/competencies/" + c.id() + "/edit", pmo)).contains("Alone");

    String stale =
        submit(
                "/learning/competencies/" + c.id() + "/edit",
                pmo,
                with(LEVELS, "areaId", Long.toString(area), "name", name + " 2", "version", "99"))
            .getContentAsString();
    assertThat(stale).contains("Someone else changed this competency meanwhile.");
    assertThat(framework.competency(c.id()).name()).isEqualTo(name);

    UserSummary member = user(Role.MEMBER);
    assertThat(submit("/learning/competencies/areas", member, "name", "x").getStatus())
        .isEqualTo(403);
    assertThat(html("/learning/competencies", member)).doesNotContain("Add a competency");
  }

  @Test
  void the_pmo_sets_a_roles_target_profile_and_adds_a_path_with_ordered_steps() throws Exception {
    UserSummary pmo = user(Role.PMO);
    long area = framework.addArea(new AreaData("Area " + unique(), null), pmo()).id();
    long c =
        framework
            .define(
                new org.cairnpmo.learning.domain.CompetencyData(
                    area, "Planning " + unique(), null, List.of("1", "2", "3", "4", "5"), null),
                pmo())
            .id();
    String role = "Role " + unique();
    assertThat(
            submit("/learning/profiles/edit", pmo, "role", role, "levels[" + c + "]", "3")
                .getRedirectedUrl())
        .isEqualTo("/learning/competencies");
    assertThat(framework.profile(role).orElseThrow().targets())
        .singleElement()
        .satisfies(t -> assertThat(t.level()).isEqualTo(3));
    assertThat(
            submit(
                    "/learning/profiles/edit",
                    pmo,
                    "role",
                    role,
                    "levels[" + c + "]",
                    "4",
                    "version",
                    "77")
                .getContentAsString())
        .contains("Someone else changed this profile meanwhile.");
    assertThat(html("/learning/profiles/edit?role=" + role, pmo)).contains(role);

    long course = course().id();
    String refused =
        submit(
                "/learning/paths/new",
                pmo,
                "name",
                "",
                "role",
                role,
                "steps[0].kind",
                "COMPETENCY",
                "steps[0].label",
                "Planning",
                "steps[0].competencyId",
                Long.toString(c),
                "steps[0].level",
                "three")
            .getContentAsString();
    assertThat(refused).contains("Enter a whole number.");
    String name = "Path " + unique();
    assertThat(
            submit(
                    "/learning/paths/new",
                    pmo,
                    "name",
                    name,
                    "role",
                    role,
                    "steps[0].kind",
                    "COURSE",
                    "steps[0].label",
                    "The basics",
                    "steps[0].courseId",
                    Long.toString(course),
                    "steps[1].kind",
                    "",
                    "steps[2].kind",
                    "MANAGED_PROJECT",
                    "steps[2].label",
                    "Managed a tier-2 project through two gates",
                    "steps[2].tierLevel",
                    "2",
                    "steps[2].gates",
                    "2",
                    "steps[3].kind",
                    "CERTIFICATION",
                    "steps[3].label",
                    "PMP",
                    "steps[3].certification",
                    "PMP")
                .getRedirectedUrl())
        .isEqualTo("/learning/competencies");
    PathView path =
        paths.paths().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    assertThat(path.steps())
        .extracting(s -> s.kind())
        .containsExactly(
            PathStep.Kind.COURSE, PathStep.Kind.MANAGED_PROJECT, PathStep.Kind.CERTIFICATION);
    assertThat(path.steps().get(1).gates()).isEqualTo(2);
    assertThat(html("/learning/paths/new", pmo)).contains("steps[5].kind");
    assertThat(submit("/learning/paths/new", user(Role.PROJECT_MANAGER), "name", "x").getStatus())
        .isEqualTo(403);
  }

  @Test
  void the_pmo_sets_up_a_pair_and_a_coaching_and_the_pair_gives_feedback() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary mentor = user(Role.PROJECT_MANAGER);
    UserSummary mentee = user(Role.MEMBER);
    String refused =
        submit(
                "/learning/mentoring/new",
                pmo,
                "mentorId",
                Long.toString(mentor.id()),
                "menteeId",
                Long.toString(mentee.id()),
                "goals",
                "",
                "startsOn",
                "2027-01-01",
                "endsOn",
                "someday")
            .getContentAsString();
    assertThat(refused).contains("Enter a date as YYYY-MM-DD.");
    MockHttpServletResponse created =
        submit(
            "/learning/mentoring/new",
            pmo,
            "mentorId",
            Long.toString(mentor.id()),
            "menteeId",
            Long.toString(mentee.id()),
            "goals",
            "Lead a first project",
            "startsOn",
            "2027-01-01",
            "endsOn",
            "2027-06-30");
    String pairPage = created.getRedirectedUrl();
    assertThat(pairPage).startsWith("/learning/mentoring/");
    long pairId = Long.parseLong(pairPage.substring(pairPage.lastIndexOf('/') + 1));
    assertThat(html(pairPage, mentee)).contains("Your feedback at the end");
    assertThat(html(pairPage, pmo)).doesNotContain("Your feedback at the end");

    MentoringView pair = mentoring.pair(pairId, current(pmo));
    submit(
        pairPage + "/feedback",
        mentee,
        "feedback",
        "Very useful",
        "version",
        Long.toString(pair.version()));
    assertThat(mentoring.pair(pairId, current(pmo)).menteeFeedback()).isEqualTo("Very useful");
    submit(
        pairPage + "/feedback",
        mentor,
        "feedback",
        "Grew fast",
        "version",
        Long.toString(pair.version()));
    assertThat(mentoring.pair(pairId, current(pmo)).mentorFeedback())
        .as("a stale version keeps what was saved")
        .isNull();
    assertThat(submit("/learning/mentoring/new", mentor, "goals", "x").getStatus()).isEqualTo(403);

    String team = "Team " + unique();
    assertThat(
            submit(
                    "/learning/coaching/new",
                    pmo,
                    "team",
                    team,
                    "coachId",
                    Long.toString(pmo.id()),
                    "purpose",
                    "Sprint reviews with the business",
                    "startsOn",
                    LocalDate.now().toString())
                .getRedirectedUrl())
        .isEqualTo("/learning/mentoring");
    var coaching =
        mentoring.coachings(current(pmo)).stream()
            .filter(c -> c.team().equals(team))
            .findFirst()
            .orElseThrow();
    String edit = "/learning/coaching/" + coaching.id() + "/edit";
    assertThat(html(edit, pmo)).contains("Sprint reviews with the business");
    assertThat(
            submit(
                    edit,
                    pmo,
                    "team",
                    team,
                    "coachId",
                    Long.toString(pmo.id()),
                    "purpose",
                    "Sprint reviews with the business",
                    "outcome",
                    "Reviews every two weeks",
                    "startsOn",
                    coaching.startsOn().toString(),
                    "version",
                    Long.toString(coaching.version()))
                .getRedirectedUrl())
        .isEqualTo("/learning/mentoring");
    assertThat(mentoring.coaching(coaching.id(), current(pmo)).outcome())
        .isEqualTo("Reviews every two weeks");
    assertThat(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(edit)
                        .with(page(mentor)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void a_line_manager_assesses_a_report_and_others_find_no_one() throws Exception {
    Pair p = pair(Role.PROJECT_MANAGER);
    long area = framework.addArea(new AreaData("Area " + unique(), null), pmo()).id();
    long c =
        framework
            .define(
                new org.cairnpmo.learning.domain.CompetencyData(
                    area, "Risk " + unique(), null, List.of("1", "2", "3", "4", "5"), null),
                pmo())
            .id();
    String page = "/learning/people/" + p.person().id() + "/assessments";
    assertThat(html(page, p.manager())).contains("Give the manager");
    assertThat(
            submit(page, p.manager(), "competencyId", Long.toString(c), "level", "4", "note", "ok")
                .getRedirectedUrl())
        .isEqualTo(page);
    assertThat(assessments.of(p.person().id(), current(p.manager())))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.level()).isEqualTo(4);
              assertThat(a.source()).isEqualTo(CompetencyAssessment.Source.MANAGER);
            });
    assertThat(html(page, p.person())).doesNotContain("Give the manager");
    assertThat(submit(page, p.manager(), "competencyId", "", "level", "9").getRedirectedUrl())
        .isEqualTo(page);
    assertThat(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page)
                        .with(page(user(Role.PROJECT_MANAGER))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }
}

package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.Assessments;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CompetencyAssessment;
import org.cairnpmo.learning.domain.CompetencyData;
import org.cairnpmo.learning.domain.CompetencyFramework;
import org.cairnpmo.learning.domain.CompetencyViews.AreaData;
import org.cairnpmo.learning.domain.CompetencyViews.AssessmentData;
import org.cairnpmo.learning.domain.CompetencyViews.GapRow;
import org.cairnpmo.learning.domain.CompetencyViews.GapView;
import org.cairnpmo.learning.domain.CompetencyViews.TargetData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.PersonView;
import org.cairnpmo.resources.PoolFilter;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.domain.CatalogService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The competency framework: the gap of a person against their role's target profile with the
 * courses that close it, who assesses whom, and the pool's search by competency and certification.
 */
class CompetencyApiTest extends LearningTestSupport {

  @Autowired CompetencyFramework framework;
  @Autowired Assessments assessments;
  @Autowired CertificationService certifications;
  @Autowired CatalogService roles;

  private long area() {
    return framework.addArea(new AreaData("Area " + unique(), null), pmo()).id();
  }

  private long competency(long area, String name) {
    return framework
        .define(
            new CompetencyData(
                area, name, null, List.of("Aware", "Guided", "Alone", "Leads", "Teaches"), null),
            pmo())
        .id();
  }

  private void assess(
      UserSummary who, Long of, long competency, CompetencyAssessment.Source s, int level) {
    assessments.assess(new AssessmentData(of, competency, s, level, null), current(who));
  }

  @Test
  void the_gap_counts_the_managers_level_else_the_persons_own_and_names_the_courses_that_close_it()
      throws Exception {
    Pair pair = pair(Role.PROJECT_MANAGER);
    UserSummary person = pair.person();
    long area = area();
    long planning = competency(area, "Planning " + unique());
    long stakeholders = competency(area, "Stakeholders " + unique());
    long finance = competency(area, "Finance " + unique());
    String role = "Role " + unique();
    framework.setProfile(
        new TargetProfileData(
            role,
            List.of(
                new TargetData(planning, 4),
                new TargetData(stakeholders, 3),
                new TargetData(finance, 2)),
            null),
        null,
        pmo());
    // Planning: self 4 but the manager says 2, so 2 counts; stakeholders: self 3 only; finance:
    // none.
    assess(person, null, planning, CompetencyAssessment.Source.SELF, 4);
    assess(pair.manager(), person.id(), planning, CompetencyAssessment.Source.MANAGER, 2);
    assess(person, null, stakeholders, CompetencyAssessment.Source.SELF, 3);
    long toThree = course().id();
    long toFive = course().id();
    long toTwo = course().id();
    framework.setBuilds(toThree, List.of(new TargetData(planning, 3)), pmo());
    framework.setBuilds(
        toFive, List.of(new TargetData(planning, 5), new TargetData(finance, 1)), pmo());
    framework.setBuilds(toTwo, List.of(new TargetData(planning, 2)), pmo());

    JsonNode gap =
        read(
            mvc.perform(
                    get("/api/v1/learning/people/" + person.id() + "/gap")
                        .param("role", role)
                        .with(as(pair.manager())))
                .andReturn());
    assertThat(gap.get("totalGap").asInt()).isEqualTo(2 + 0 + 2);

    GapView view = assessments.gap(person.id(), role, current(person));
    GapRow p = row(view, planning);
    assertThat(List.of(p.target(), p.self(), p.manager(), p.current(), p.gap()))
        .containsExactly(4, 4, 2, 2, 2);
    // A course that only brings one to the level already reached closes nothing.
    assertThat(p.courses()).extracting(c -> c.courseId()).containsExactly(toThree, toFive);
    GapRow s = row(view, stakeholders);
    assertThat(s.current()).isEqualTo(3);
    assertThat(s.gap()).isZero();
    assertThat(s.courses()).isEmpty();
    GapRow f = row(view, finance);
    assertThat(f.self()).isNull();
    assertThat(f.current()).isZero();
    assertThat(f.gap()).isEqualTo(2);
    assertThat(f.courses()).extracting(c -> c.level()).containsExactly(1);

    // Another member neither sees the gap nor the assessments: they look missing.
    UserSummary outsider = user(Role.MEMBER);
    assertThat(
            mvc.perform(
                    get("/api/v1/learning/people/" + person.id() + "/gap")
                        .param("role", role)
                        .with(as(outsider)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(status(get("/api/v1/learning/people/" + person.id() + "/assessments"), outsider))
        .isEqualTo(404);
  }

  @Test
  void the_gap_takes_the_persons_role_from_the_pool() {
    UserSummary person = user(Role.MEMBER);
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    String role = "Analyst " + unique();
    long roleId =
        roles
            .createRole(
                new RoleData(role, null, null, null, List.of(), List.of(), null), current(rm))
            .id();
    pool.create(
        new PersonData(
            person.id(),
            "P " + unique(),
            null,
            null,
            roleId,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        current(rm));
    long c = competency(area(), "Modelling " + unique());
    framework.setProfile(
        new TargetProfileData(role, List.of(new TargetData(c, 3)), null), null, pmo());
    assess(person, null, c, CompetencyAssessment.Source.SELF, 1);

    GapView gap = assessments.gap(person.id(), null, current(person));

    assertThat(gap.role()).isEqualTo(role);
    assertThat(gap.totalGap()).isEqualTo(2);
  }

  @Test
  void a_person_assesses_only_themselves_and_the_managers_view_is_not_their_own() throws Exception {
    Pair pair = pair(Role.PROJECT_MANAGER);
    long c = competency(area(), "Risk " + unique());
    assertThat(assessStatus(pair.person(), null, c, "SELF", 3)).isEqualTo(200);
    assertThat(assessStatus(pair.person(), null, c, "MANAGER", 5)).isEqualTo(403);
    assertThat(assessStatus(pair.manager(), pair.person().id(), c, "SELF", 5)).isEqualTo(403);
    assertThat(assessStatus(pair.manager(), pair.person().id(), c, "MANAGER", 3)).isEqualTo(200);
    assertThat(assessStatus(user(Role.PROJECT_MANAGER), pair.person().id(), c, "MANAGER", 3))
        .isEqualTo(404);
    assertThat(assessStatus(pair.person(), null, c, "SELF", 6)).isEqualTo(400);
    // A profile changed without the version that was read is refused.
    String role = "Role " + unique();
    TargetProfileView first =
        framework.setProfile(
            new TargetProfileData(role, List.of(new TargetData(c, 2)), null), null, pmo());
    assertThat(
            mvc.perform(
                    put("/api/v1/learning/target-profiles")
                        .with(as(user(Role.PMO)))
                        .header("If-Match", "\"" + (first.version() + 1) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            write(
                                new TargetProfileData(role, List.of(new TargetData(c, 4)), null))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(409);
  }

  @Test
  void those_who_staff_find_people_by_competency_level_and_certification() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    String skill = "c" + unique();
    UserSummary strong = user(Role.MEMBER);
    UserSummary weak = user(Role.MEMBER);
    UserSummary certified = user(Role.MEMBER);
    for (UserSummary u : List.of(strong, weak, certified)) {
      pool.create(
          new PersonData(
              u.id(),
              "Pool " + skill + " " + u.id(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null),
          current(rm));
    }
    String name = "Negotiation " + unique();
    long c = competency(area(), name);
    assess(user(Role.PMO), strong.id(), c, CompetencyAssessment.Source.MANAGER, 4);
    assess(weak, null, c, CompetencyAssessment.Source.SELF, 4);
    assess(user(Role.PMO), weak.id(), c, CompetencyAssessment.Source.MANAGER, 2);
    assess(certified, null, c, CompetencyAssessment.Source.SELF, 3);
    certifications.record(
        new CertificationData(
            certified.id(),
            CertificationKind.IPMA,
            "IPMA D",
            null,
            null,
            LocalDate.now().minusDays(3),
            null,
            null,
            BigDecimal.ZERO,
            null),
        pmo());

    assertThat(found(new PoolFilter(skill, null, null, null, name.toUpperCase(), 3, null), rm))
        .containsExactlyInAnyOrder(strong.id(), certified.id());
    assertThat(found(new PoolFilter(skill, null, null, null, name, 3, CertificationKind.IPMA), rm))
        .containsExactly(certified.id());
    assertThat(
            found(new PoolFilter(skill, null, null, null, "No such " + unique(), null, null), rm))
        .isEmpty();
    // The API says the same; those who do not staff may not search people's learning records.
    JsonNode page =
        read(
            mvc.perform(
                    get("/api/v1/resources/people")
                        .param("q", skill)
                        .param("competency", name)
                        .param("competencyLevel", "4")
                        .with(as(rm)))
                .andReturn());
    assertThat(page.get("content").size()).isEqualTo(1);
    assertThat(page.get("content").get(0).get("userId").asLong()).isEqualTo(strong.id());
    assertThat(
            status(
                get("/api/v1/resources/people")
                    .param("competency", name)
                    .param("competencyLevel", "9"),
                rm))
        .isEqualTo(400);
    assertThat(status(get("/api/v1/resources/people").param("competency", name), user(Role.MEMBER)))
        .isEqualTo(403);
    // The pool's page offers the same search to those who staff.
    String html =
        mvc.perform(
                get("/resources")
                    .param("q", skill)
                    .param("competency", name)
                    .param("competencyLevel", "3")
                    .param("certification", "IPMA")
                    .with(page(rm)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Pool " + skill + " " + certified.id());
    assertThat(html).doesNotContain("Pool " + skill + " " + strong.id());
  }

  private List<Long> found(PoolFilter filter, UserSummary who) {
    return pool.search(filter, PageRequest.of(0, 20), current(who)).getContent().stream()
        .map(PersonView::userId)
        .toList();
  }

  private int assessStatus(UserSummary who, Long of, long competency, String source, int level)
      throws Exception {
    java.util.Map<String, Object> body = new java.util.HashMap<>();
    body.put("userId", of);
    body.put("competencyId", competency);
    body.put("source", source);
    body.put("level", level);
    return mvc.perform(
            post("/api/v1/learning/assessments")
                .with(as(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body)))
        .andReturn()
        .getResponse()
        .getStatus();
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

  private static GapRow row(GapView view, long competency) {
    return view.rows().stream()
        .filter(r -> r.competencyId() == competency)
        .findFirst()
        .orElseThrow();
  }
}

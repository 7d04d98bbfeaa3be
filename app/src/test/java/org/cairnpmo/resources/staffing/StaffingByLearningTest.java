package org.cairnpmo.resources.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.domain.Assessments;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CompetencyAssessment;
import org.cairnpmo.learning.domain.CompetencyData;
import org.cairnpmo.learning.domain.CompetencyFramework;
import org.cairnpmo.learning.domain.CompetencyViews.AreaData;
import org.cairnpmo.learning.domain.CompetencyViews.AssessmentData;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Staffing asks learning: suggestions and bulk staffing keep the people at a competency level with
 * a valid certification, rank the more competent first and say where each stands.
 */
class StaffingByLearningTest extends ApiTestSupport {

  static final LocalDate MONDAY = LocalDate.of(2028, 5, 1);
  static final LocalDate FRIDAY_4 = LocalDate.of(2028, 5, 26);

  @Autowired PoolService pool;
  @Autowired CatalogService catalog;
  @Autowired RequestService requests;
  @Autowired CompetencyFramework framework;
  @Autowired Assessments assessments;
  @Autowired CertificationService certifications;

  UserSummary rm;
  CurrentUser rmUser;
  ProjectView project;
  RequestView request;
  String competency;
  long expert;
  long certifiedMid;
  long certifiedLow;
  long unassessed;

  @BeforeEach
  void people() {
    StaffingFixture fixture = new StaffingFixture(pool, catalog, requests);
    rm = user(Role.RESOURCE_MANAGER);
    rmUser = current(rm);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    project = project(manager, false);
    long role = fixture.role("Learning role " + unique(), rmUser);
    String skill = "Skill " + unique();
    competency = "Risk management " + unique();
    long area = framework.addArea(new AreaData("Area " + unique(), null), pmo()).id();
    long c =
        framework
            .define(
                new CompetencyData(
                    area,
                    competency,
                    null,
                    List.of("Aware", "Guided", "Alone", "Leads", "Teaches"),
                    null),
                pmo())
            .id();
    UserSummary a = user(Role.MEMBER);
    UserSummary b = user(Role.MEMBER);
    UserSummary d = user(Role.MEMBER);
    UserSummary e = user(Role.MEMBER);
    // The cheapest person fits best by cost; competency must still rank the expert first.
    expert =
        fixture.person(
            a.id(), "Expert " + unique(), role, skill, 4, 40, 100, List.of(), 150, rmUser);
    certifiedMid =
        fixture.person(b.id(), "Mid " + unique(), role, skill, 4, 40, 100, List.of(), 60, rmUser);
    certifiedLow =
        fixture.person(d.id(), "Low " + unique(), role, skill, 4, 40, 100, List.of(), 50, rmUser);
    unassessed =
        fixture.person(e.id(), "None " + unique(), role, skill, 4, 40, 100, List.of(), 40, rmUser);
    assess(a, c, 5);
    assess(b, c, 3);
    assess(d, c, 2);
    certify(b);
    certify(d);
    request =
        fixture.request(
            project, role, skill, 3, 10, MONDAY, FRIDAY_4, Priority.HIGH, current(manager));
  }

  private void assess(UserSummary who, long competencyId, int level) {
    assessments.assess(
        new AssessmentData(
            who.id(), competencyId, CompetencyAssessment.Source.MANAGER, level, null),
        pmo());
  }

  private void certify(UserSummary who) {
    certifications.record(
        new CertificationData(
            who.id(),
            CertificationKind.PMP,
            "PMP",
            null,
            null,
            LocalDate.now().minusYears(1),
            LocalDate.now().plusYears(2),
            null,
            BigDecimal.ZERO,
            null),
        pmo());
  }

  private JsonNode suggestions(Map<String, String> params, UserSummary who) throws Exception {
    var get = get("/api/v1/resources/requests/" + request.id() + "/suggestions");
    params.forEach(get::param);
    return read(mvc.perform(get.with(as(who))).andReturn());
  }

  private static List<Long> people(JsonNode candidates) {
    return candidates.valueStream().map(c -> c.get("personId").asLong()).toList();
  }

  @Test
  void suggestions_keep_those_at_the_level_asked_and_rank_the_more_competent_first()
      throws Exception {
    JsonNode all = suggestions(Map.of(), rm);
    assertThat(people(all.get("candidates")))
        .contains(expert, certifiedMid, certifiedLow, unassessed);
    assertThat(all.get("candidates").get(0).get("standing").isNull()).isTrue();

    JsonNode competent =
        suggestions(Map.of("competency", competency.toUpperCase(), "competencyLevel", "2"), rm);
    assertThat(people(competent.get("candidates")))
        .containsExactly(expert, certifiedMid, certifiedLow);
    assertThat(competent.get("qualified").asInt()).isEqualTo(3);
    assertThat(competent.get("candidates").get(0).get("standing").asString())
        .isEqualTo(competency.toUpperCase() + " 5/5 (2 asked)");

    JsonNode certified =
        suggestions(
            Map.of("competency", competency, "competencyLevel", "3", "certification", "PMP"), rm);
    assertThat(people(certified.get("candidates"))).containsExactly(certifiedMid);
    assertThat(certified.get("candidates").get(0).get("standing").asString())
        .isEqualTo(competency + " 3/5 (3 asked), PMP valid");
  }

  @Test
  void bulk_staffing_proposes_only_people_who_meet_the_ask_and_says_why() throws Exception {
    Map<String, Object> filter =
        Map.of(
            "projectId",
            project.id(),
            "timeLimitSeconds",
            2,
            "competency",
            competency,
            "competencyLevel",
            3,
            "certification",
            "PMP");
    JsonNode proposal =
        read(
            mvc.perform(
                    post("/api/v1/resources/staffing/proposals")
                        .with(as(rm))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(filter)))
                .andReturn());
    assertThat(proposal.get("assignments").size()).isEqualTo(1);
    JsonNode assigned = proposal.get("assignments").get(0);
    assertThat(assigned.get("personId").asLong()).isEqualTo(certifiedMid);
    assertThat(assigned.get("why").get(0).asString())
        .isEqualTo(competency + " 3/5 (3 asked), PMP valid");
  }

  @Test
  void a_wrong_level_is_a_clear_error_and_only_those_who_staff_may_ask() throws Exception {
    assertThat(
            mvc.perform(
                    get("/api/v1/resources/requests/" + request.id() + "/suggestions")
                        .param("competency", competency)
                        .param("competencyLevel", "7")
                        .with(as(rm)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(400);
    String html =
        mvc.perform(
                get("/resources/requests/" + request.id() + "/suggestions")
                    .param("competency", competency)
                    .param("competencyLevel", "9")
                    .with(StaffingPageTest.page(rm)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Use a level from 1 to 5.");
    String narrowed =
        mvc.perform(
                get("/resources/requests/" + request.id() + "/suggestions")
                    .param("competency", competency)
                    .param("certification", "PMP")
                    .with(StaffingPageTest.page(rm)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(narrowed).contains(competency + " 3/5 (1 asked), PMP valid");
    assertThat(narrowed).doesNotContain("Expert ");
    assertThat(
            mvc.perform(
                    get("/api/v1/resources/requests/" + request.id() + "/suggestions")
                        .param("certification", "PMP")
                        .with(as(user(Role.PROJECT_MANAGER))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }
}

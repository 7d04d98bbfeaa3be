package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.cairnpmo.learning.domain.CompetencyViews.TargetData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileData;
import org.cairnpmo.learning.domain.CultureDashboard;
import org.cairnpmo.learning.domain.CultureViews.BudgetData;
import org.cairnpmo.learning.domain.CultureViews.Dashboard;
import org.cairnpmo.learning.domain.CultureViews.Hours;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.EnrollmentView;
import org.cairnpmo.learning.domain.SessionData;
import org.cairnpmo.learning.domain.SessionView;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.domain.CatalogService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The culture dashboard of one department, whose three people and their records the test makes,
 * against figures worked out by hand.
 */
class CultureDashboardTest extends LearningTestSupport {

  @Autowired CultureDashboard dashboard;
  @Autowired OrganizationApi organization;
  @Autowired CatalogService roles;
  @Autowired EnrollmentService enrollments;
  @Autowired CertificationService certifications;
  @Autowired CompetencyFramework framework;
  @Autowired Assessments assessments;

  @Test
  void the_departments_figures_are_those_worked_out_by_hand() throws Exception {
    var rm = current(user(Role.RESOURCE_MANAGER));
    var pmo = pmo();
    long dept =
        organization
            .createDepartment(
                new DepartmentForm("D" + unique(), "Dept " + unique(), null, true, null))
            .id();
    String role = "Lead " + unique();
    long roleId =
        roles.createRole(new RoleData(role, null, null, null, List.of(), List.of(), null), rm).id();
    UserSummary pm1 = user(Role.PROJECT_MANAGER);
    UserSummary pm2 = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    for (UserSummary u : List.of(pm1, pm2, member)) {
      pool.create(
          new PersonData(
              u.id(),
              "P " + unique(),
              dept,
              null,
              u == member ? null : roleId,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null),
          rm);
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    // pm1 certified for long, pm2's expired, the member's expires within 90 days.
    certifications.record(cert(pm1.id(), today.minusYears(1), today.plusDays(200)), pmo);
    certifications.record(cert(pm2.id(), today.minusYears(4), today.minusDays(1)), pmo);
    certifications.record(cert(member.id(), today.minusYears(2), today.plusDays(30)), pmo);

    // One course (14 h, 1200 EUR): pm1 completes with 10 h, the member with none recorded (14 h),
    // pm2 is confirmed and does not complete; the session then lies in the past.
    long course = course().id();
    SessionView s = session(course, 5);
    for (UserSummary u : List.of(pm1, member, pm2)) {
      EnrollmentView e = enrollments.request(s.id(), u.id(), pmo);
      e = enrollments.confirm(e.id(), e.version(), pmo);
      if (u != pm2) {
        enrollments.complete(
            e.id(), null, u == pm1 ? new BigDecimal("10") : null, e.version(), pmo);
      }
    }
    OffsetDateTime end =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusMinutes(5);
    if (end.getYear() != today.getYear()) {
      end = end.plusMinutes(10); // the first minutes of a year: keep the session in this year
    }
    catalog.revise(
        s.id(),
        new SessionData(end.minusHours(3), end, "Room", null, null, 5, false, null),
        catalog.session(s.id()).version(),
        pmo);

    // Gap: the role asks for level 3; pm1 rates themselves 1 (gap 2), pm2's manager says 2 (gap 1).
    long area = framework.addArea(new AreaData("Area " + unique(), null), pmo).id();
    long c =
        framework
            .define(
                new CompetencyData(
                    area, "Comp " + unique(), null, List.of("a", "b", "c", "d", "e"), null),
                pmo)
            .id();
    framework.setProfile(
        new TargetProfileData(role, List.of(new TargetData(c, 3)), null), null, pmo);
    assessments.assess(
        new AssessmentData(null, c, CompetencyAssessment.Source.SELF, 1, null), current(pm1));
    assessments.assess(
        new AssessmentData(pm2.id(), c, CompetencyAssessment.Source.MANAGER, 2, null), pmo);
    dashboard.setBudget(today.getYear(), new BudgetData(new BigDecimal("10000"), "EUR", null), pmo);

    Dashboard d = dashboard.dashboard(null, dept, pmo);

    assertThat(d.projectManagers()).isEqualTo(2);
    assertThat(d.projectManagersCertified()).isEqualTo(1);
    assertThat(d.managersCertifiedShare()).isEqualByComparingTo("0.5");
    assertThat(d.hoursByPerson())
        .extracting(Hours::id, h -> h.hours().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(member.id(), "14"),
            org.assertj.core.groups.Tuple.tuple(pm1.id(), "10"),
            org.assertj.core.groups.Tuple.tuple(pm2.id(), "0"));
    assertThat(d.hoursByDepartment()).hasSize(1);
    assertThat(d.hoursByDepartment().get(0).hours()).isEqualByComparingTo("24");
    assertThat(d.hoursByDepartment().get(0).people()).isEqualTo(3);
    assertThat(d.placesEnded()).isEqualTo(3);
    assertThat(d.placesCompleted()).isEqualTo(2);
    assertThat(d.completionRate()).isEqualByComparingTo("0.6667");
    assertThat(d.expiring()).extracting(x -> x.userId()).containsExactly(member.id());
    assertThat(d.gaps().competencies()).extracting(x -> x.id()).containsExactly(c);
    assertThat(d.gaps().departments()).hasSize(1);
    assertThat(d.gaps().departments().get(0).gaps().get(c)).isEqualByComparingTo("1.5");
    assertThat(d.spend().spent()).isEqualByComparingTo("3600");
    assertThat(d.spend().budget()).isEqualByComparingTo("10000");
    assertThat(d.spend().share()).isEqualByComparingTo("0.36");

    // The PMO's only.
    assertThat(
            mvc.perform(get("/api/v1/learning/dashboard").with(as(pm1)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(
                    get("/api/v1/learning/dashboard")
                        .param("year", "99999")
                        .with(as(user(Role.PMO))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(400);
  }

  private static CertificationData cert(long userId, LocalDate issued, LocalDate expires) {
    return new CertificationData(
        userId,
        CertificationKind.PMP,
        "PMP " + unique(),
        null,
        null,
        issued,
        expires,
        null,
        null,
        null);
  }
}

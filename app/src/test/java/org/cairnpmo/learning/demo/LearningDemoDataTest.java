package org.cairnpmo.learning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.EnrollmentStatus;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CertificationView;
import org.cairnpmo.learning.domain.CourseCatalog;
import org.cairnpmo.learning.domain.CourseFilter;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.EnrollmentView;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's learning: every course of the file with its sessions, enrollments with one session
 * full and someone waiting, requests waiting for a line manager, and certifications of which some
 * expire within 90 days; loading again adds nothing.
 */
class LearningDemoDataTest extends DemoDataTest {

  @Autowired LearningDemoData demo;
  @Autowired CourseCatalog catalog;
  @Autowired EnrollmentService enrollments;
  @Autowired CertificationService certifications;
  @Autowired IdentityApi identity;
  @Autowired java.time.Clock clock;
  @Autowired org.cairnpmo.learning.domain.CompetencyFramework framework;
  @Autowired org.cairnpmo.learning.domain.Assessments assessments;
  @Autowired org.cairnpmo.learning.domain.LearningPaths paths;
  @Autowired org.cairnpmo.learning.domain.MentoringService mentoring;
  @Autowired org.cairnpmo.learning.domain.CultureDashboard dashboard;

  private CurrentUser pmo() {
    UserSummary p = identity.userByUsername("pmo").orElseThrow();
    return new CurrentUser(p.id(), p.username(), p.displayName(), p.roles());
  }

  @Test
  void the_catalog_enrollments_and_certifications_are_loaded_once() {
    int inFile = DemoResource.entries(LearningDemoData.CATALOG).size();
    assertThat(inFile).isBetween(25, 40);
    assertThat(catalog.search(CourseFilter.none(), PageRequest.of(0, 1)).getTotalElements())
        .isEqualTo(inFile);
    assertThat(
            catalog
                .search(new CourseFilter(null, null, true, null), PageRequest.of(0, 1))
                .getTotalElements())
        .isEqualTo(inFile);

    var all = enrollments.list(null, null, PageRequest.of(0, 200), pmo()).getContent();
    assertThat(all)
        .extracting(EnrollmentView::status)
        .contains(
            EnrollmentStatus.REQUESTED,
            EnrollmentStatus.APPROVED,
            EnrollmentStatus.CONFIRMED,
            EnrollmentStatus.WAITLISTED,
            EnrollmentStatus.COMPLETED);
    // Completions of sessions already held, with scores and the hours spent.
    assertThat(all)
        .filteredOn(e -> e.status() == EnrollmentStatus.COMPLETED)
        .hasSizeGreaterThanOrEqualTo(9)
        .allSatisfy(e -> assertThat(e.completedAt()).isEqualTo(e.endsAt()))
        .anySatisfy(e -> assertThat(e.hours()).isEqualByComparingTo("10.5"))
        .anySatisfy(e -> assertThat(e.score()).isEqualByComparingTo("95"));
    UserSummary pm = identity.userByUsername("pm").orElseThrow();
    long waitingForALineManager =
        all.stream().filter(e -> e.status() == EnrollmentStatus.REQUESTED).count();
    assertThat(waitingForALineManager).isGreaterThanOrEqualTo(5);

    var certs = certifications.list(null, PageRequest.of(0, 200), pmo()).getContent();
    LocalDate today = LocalDate.now(clock);
    assertThat(certs).hasSizeGreaterThanOrEqualTo(8);
    assertThat(certs)
        .filteredOn(c -> c.expiresOn() != null && c.expiresOn().isBefore(today.plusDays(90)))
        .hasSizeGreaterThanOrEqualTo(3);
    CertificationView pmp =
        certs.stream().filter(c -> c.userId() == pm.id()).findFirst().orElseThrow();
    // 60 required: 41 earned outside and 14 from the fundamentals course completed in the cycle.
    assertThat(pmp.creditsMissing()).isEqualByComparingTo("5");

    demo.load();
    assertThat(catalog.search(CourseFilter.none(), PageRequest.of(0, 1)).getTotalElements())
        .isEqualTo(inFile);
  }

  @Test
  void the_framework_profiles_paths_and_mentoring_pairs_are_loaded_once() {
    var areas = framework.framework();
    assertThat(areas)
        .extracting(a -> a.name())
        .containsExactly("Ways of working", "Power skills", "Business acumen");
    assertThat(areas).allSatisfy(a -> assertThat(a.competencies()).hasSizeGreaterThanOrEqualTo(3));
    assertThat(framework.profiles())
        .extracting(p -> p.role())
        .contains("Project manager", "Business analyst", "Solution architect");
    assertThat(paths.paths()).hasSize(3);
    assertThat(mentoring.pairs(pmo())).hasSize(3);
    UserSummary pm = identity.userByUsername("pm").orElseThrow();
    var gap = assessments.gap(pm.id(), "Project manager", pmo());
    assertThat(gap.totalGap()).isPositive();
    assertThat(gap.rows()).anySatisfy(r -> assertThat(r.courses()).isNotEmpty());
    var progress =
        paths.progress(
            paths.paths().stream()
                .filter(p -> p.role().equals("Project manager"))
                .findFirst()
                .orElseThrow()
                .id(),
            pm.id(),
            pmo());
    assertThat(progress.next()).isNotNull();
    assertThat(progress.steps().get(0).done()).isTrue();
    var d = dashboard.dashboard(null, null, pmo());
    assertThat(d.spend().budget()).isEqualByComparingTo("60000");
    assertThat(d.expiring()).isNotEmpty();

    demo.load();
    assertThat(paths.paths()).hasSize(3);
    assertThat(mentoring.pairs(pmo())).hasSize(3);
  }
}

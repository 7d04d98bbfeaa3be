package org.cairnpmo.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CompetencyData;
import org.cairnpmo.learning.domain.CompetencyFramework;
import org.cairnpmo.learning.domain.CompetencyViews.AreaData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileData;
import org.cairnpmo.learning.domain.CourseCatalog;
import org.cairnpmo.learning.domain.SessionData;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.SkillLevel;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The common project culture end to end, in a real headless Chromium: a PMO lead defines a course
 * and a path, a project manager books a session, their manager approves, the PMO records the
 * completion, which counts toward the project manager's certification renewal, competency profile
 * and path; the resource manager then finds them, certified and competent, when staffing.
 * Screenshots go to {@code target/screenshots/culture-*.png}.
 */
class CommonCultureBrowserTest extends BrowserTest {

  @Autowired CourseCatalog catalog;
  @Autowired PoolService pool;
  @Autowired CatalogService roles;
  @Autowired RequestService requests;
  @Autowired ProjectsApi projects;
  @Autowired CompetencyFramework framework;
  @Autowired CertificationService certifications;

  private static PersonData inPool(
      long userId, String name, Long lineManager, Long roleId, String skill) {
    return new PersonData(
        userId,
        name,
        null,
        lineManager,
        roleId,
        new BigDecimal("40"),
        100,
        null,
        null,
        null,
        List.of(new SkillLevel(skill, 3)),
        List.of(),
        null);
  }

  private static Locator.GetByRoleOptions named(String name) {
    return new Locator.GetByRoleOptions().setName(name);
  }

  @Test
  void a_completed_course_counts_toward_renewal_competency_and_path_and_staffing_finds_it() {
    String u = unique();
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Maria Lindqvist");
    UserSummary pm = person(Role.PROJECT_MANAGER, "Tomás Ortega");
    UserSummary other = person(Role.PROJECT_MANAGER, "Ben Adler");
    UserSummary rm = person(Role.RESOURCE_MANAGER, "Rita Okafor");
    String roleName = "Project manager " + u;
    long role =
        roles.createRole(new RoleData(roleName, null, null, null, null, null), current(pmo)).id();
    String skill = "Scheduling " + u;
    long managerEntry =
        pool.create(inPool(manager.id(), "Maria Lindqvist", null, null, skill), current(rm)).id();
    pool.create(inPool(pm.id(), "Tomás Ortega", managerEntry, role, skill), current(rm));
    pool.create(inPool(other.id(), "Ben Adler", managerEntry, role, skill), current(rm));
    String competency = "Risk management " + u;
    long area = framework.addArea(new AreaData("Ways of working " + u, null), current(pmo)).id();
    long competencyId =
        framework
            .define(
                new CompetencyData(area, competency, null, List.of("1", "2", "3", "4", "5"), null),
                current(pmo))
            .id();
    framework.setProfile(
        new TargetProfileData(roleName, List.of(new TargetData(competencyId, 3)), null),
        null,
        current(pmo));
    for (UserSummary holder : List.of(pm, other)) {
      certifications.record(
          new CertificationData(
              holder.id(),
              CertificationKind.PMP,
              "Project Management Professional",
              "PMI",
              null,
              LocalDate.now().minusYears(1),
              LocalDate.now().plusYears(2),
              new BigDecimal("60"),
              new BigDecimal("20"),
              null),
          current(holder));
    }
    ProjectView project =
        projects.register(
            new ProjectData(
                "CULT-" + u,
                "Risk register rollout " + u,
                null,
                null,
                null,
                manager.id(),
                ProjectCategory.OPERATIONAL,
                Priority.HIGH,
                ProjectStatus.ACTIVE,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 12, 31),
                null,
                null,
                false,
                List.of(new ProjectData.Member(manager.id(), MembershipRole.TEAM_MEMBER)),
                null),
            current(pmo));
    long request =
        requests
            .create(
                project.id(),
                new RequestData(
                    role,
                    null,
                    List.of(new SkillLevel(skill, 2)),
                    new BigDecimal("8"),
                    LocalDate.of(2027, 3, 1),
                    LocalDate.of(2027, 5, 28),
                    Priority.HIGH,
                    null),
                current(manager))
            .id();
    String title = "Risk management in practice " + u;
    String path = "Project manager, level 1 " + u;

    // The PMO lead defines the course, what it builds, and a path through it.
    long courseId;
    {
      Page page = window();
      signInTo(page, pmo, "/learning/courses/new");
      page.getByLabel("Title").fill(title);
      page.getByLabel("Duration in hours").fill("14");
      page.getByLabel("Provider").fill("PMO Academy");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add course")).click();
      assertThat(page.getByText("Course added: " + title + ".")).isVisible();
      courseId = Long.parseLong(page.url().replaceAll(".*/courses/(\\d+).*", "$1"));
      page.getByLabel("It brings those who complete it in")
          .selectOption(new SelectOption().setLabel(competency));
      page.getByLabel("to level").selectOption("3");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save what it builds"))
          .click();
      assertThat(page.getByText(competency + " to level 3")).isVisible();

      page.navigate(url("/learning/paths/new"));
      page.getByLabel("Name").fill(path);
      page.getByLabel("Role it prepares for").fill(roleName);
      page.getByLabel("Kind of step 1").selectOption("COURSE");
      page.getByLabel("Label of step 1").fill("Risk management in practice");
      page.getByLabel("Course of step 1").selectOption(new SelectOption().setLabel(title));
      page.getByLabel("Kind of step 2").selectOption("CERTIFICATION");
      page.getByLabel("Label of step 2").fill("PMP held");
      page.getByLabel("Certification of step 2").selectOption("PMP");
      shot(page, "culture-path-form");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the path")).click();
      assertThat(page.getByText("Learning path added: " + path + ".")).isVisible();
      assertThat(page.locator("#paths")).containsText("Risk management in practice");
    }
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(14).truncatedTo(ChronoUnit.DAYS).plusHours(9);
    long session =
        catalog
            .plan(
                courseId,
                new SessionData(
                    start, start.plusHours(7), "Room Ada", null, "Grace H.", 8, false, null),
                current(pmo))
            .id();

    // The project manager books a seat; their line manager approves it.
    {
      Page page = window();
      signInTo(page, pm, "/learning/sessions/" + session);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for a seat"))
          .click();
      assertThat(page.getByText("Seat requested; your line manager decides.")).isVisible();
    }
    {
      Page page = window();
      signInTo(page, manager, "/learning/approvals");
      page.locator("#approval-list tr", new Page.LocatorOptions().setHasText(title))
          .getByRole(AriaRole.BUTTON, named("Approve"))
          .click();
      assertThat(page.getByText("Approved: " + pm.displayName() + ", " + title + ".")).isVisible();
    }

    // The PMO confirms the seat and records the completion with its score.
    {
      Page page = window();
      signInTo(page, pmo, "/learning/sessions/" + session);
      Locator place = page.locator("tr", new Page.LocatorOptions().setHasText(pm.displayName()));
      place.getByRole(AriaRole.BUTTON, named("Confirm")).click();
      assertThat(page.getByText("Seat confirmed for " + pm.displayName() + ".")).isVisible();
      place.locator("input[name=score]").fill("92");
      place.getByRole(AriaRole.BUTTON, named("Completed")).click();
      assertThat(page.getByText(pm.displayName() + " completed " + title + ".")).isVisible();
    }

    // It counts toward the renewal (20 outside + 14 hours of 60), the competency and the path.
    {
      Page page = window();
      signInTo(page, pm, "/learning/me");
      Locator pmp =
          page.locator(
              "#my-certifications tr",
              new Page.LocatorOptions().setHasText("Project Management Professional"));
      assertThat(pmp).containsText("34");
      assertThat(pmp).containsText("26");
      page.navigate(url("/learning/growth"));
      Locator row = page.locator("#my-gap tr", new Page.LocatorOptions().setHasText(competency));
      assertThat(row.locator("td").nth(3)).hasText("3");
      assertThat(row.locator("td").nth(4)).hasText("0");
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName(path + ": 2 of 2 steps")))
          .isVisible();
      shot(page, "culture-growth");
    }

    // The resource manager finds the certified, competent project manager when staffing.
    {
      Page page = window();
      signInTo(page, rm, "/resources/requests/" + request + "/suggestions");
      assertThat(page.locator("#suggestions")).containsText("Ben Adler");
      page.getByLabel("Competency", new Page.GetByLabelOptions().setExact(true)).fill(competency);
      page.getByLabel("At least level").selectOption("3");
      page.getByLabel("Certified").selectOption("PMP");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Narrow")).click();
      assertThat(page.locator("#suggestions")).containsText("Tomás Ortega");
      assertThat(page.locator("#suggestions")).not().containsText("Ben Adler");
      assertThat(page.locator("#suggestions .standing"))
          .hasText(competency + " 3/5 (3 asked), PMP valid");
      shot(page, "culture-staffing");
    }
  }
}

package org.cairnpmo.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CourseCatalog;
import org.cairnpmo.learning.domain.CourseData;
import org.cairnpmo.learning.domain.CourseView;
import org.cairnpmo.learning.domain.SessionData;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Learning in a real headless Chromium: a project manager finds a course in the catalog and asks
 * for a seat; their line manager approves it from the approvals queue, with the cost shown.
 * Screenshots go to {@code target/screenshots/learning-*.png}.
 */
class LearningBrowserTest extends BrowserTest {

  @Autowired CourseCatalog catalog;
  @Autowired PoolService pool;
  @Autowired org.cairnpmo.learning.domain.MentoringService mentoring;
  @Autowired org.cairnpmo.learning.domain.CompetencyFramework framework;
  @Autowired org.cairnpmo.resources.domain.CatalogService roles;

  private static PersonData inPool(long userId, String name, Long lineManager) {
    return new PersonData(
        userId, name, null, lineManager, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void a_project_manager_books_a_session_and_their_manager_approves_it() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.RESOURCE_MANAGER, "Maria Lindqvist");
    UserSummary pm = person(Role.PROJECT_MANAGER, "Tomás Ortega");
    long managerPerson =
        pool.create(inPool(manager.id(), "Maria Lindqvist", null), current(manager)).id();
    pool.create(inPool(pm.id(), "Tomás Ortega", managerPerson), current(manager));
    String title = "Risk workshop " + unique();
    CourseView course =
        catalog.define(
            new CourseData(
                title,
                "Identify, assess and respond to project risks, with the register Cairn keeps.",
                CourseKind.INTERNAL,
                CourseFormat.CLASSROOM,
                new BigDecimal("7"),
                null,
                "PMO Academy",
                new BigDecimal("450.00"),
                "EUR",
                "en",
                List.of(),
                null,
                List.of("Risk management"),
                null,
                null,
                true,
                null),
            current(pmo));
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(21).truncatedTo(ChronoUnit.DAYS).plusHours(9);
    catalog.plan(
        course.id(),
        new SessionData(
            start, start.plusHours(7), "Room Ada, 3rd floor", null, "Grace H.", 2, false, null),
        current(pmo));

    {
      Page page = window();
      signIn(page, pm);
      page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
          .getByRole(
              AriaRole.LINK,
              new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Learning"))
          .click();
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Training catalog")))
          .isVisible();
      page.getByLabel("Title contains").fill(title);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
      assertThat(page.locator("#course-count")).hasText("1 course");
      shot(page, "learning-catalog");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
      assertThat(page.locator("#session-list")).containsText("2 of 2");
      page.locator("#session-list a.cell-title").first().click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for a seat"))
          .click();
      assertThat(page.getByText("Seat requested; your line manager decides.")).isVisible();
      assertThat(page.locator("#my-place")).containsText("Requested");
      assertThat(page.locator("#seat-count")).containsText("1 of 2 seats free");
      shot(page, "learning-session");
    }

    {
      Page page = window();
      signInTo(page, manager, "/learning/approvals");
      assertThat(page.locator("#approval-list")).containsText("Tomás Ortega");
      assertThat(page.locator("#approval-list")).containsText("450.00 EUR");
      shot(page, "learning-approvals");
      page.locator("#approval-list tr", new Page.LocatorOptions().setHasText(title))
          .getByRole(
              AriaRole.BUTTON,
              new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve"))
          .click();
      assertThat(page.getByText("Approved: " + pm.displayName() + ", " + title + ".")).isVisible();
    }

    {
      Page page = window();
      signInTo(page, pm, "/learning/me");
      assertThat(page.locator("#my-enrollments")).containsText("Approved");
      shot(page, "learning-me");
    }
  }

  @Test
  void a_mentee_logs_a_session_the_pmo_sees_it_was_held_but_not_what_was_said() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary mentor = person(Role.PROJECT_MANAGER, "Ines Duarte");
    UserSummary mentee = person(Role.MEMBER, "Kofi Mensah");
    String role = "Project coordinator " + unique();
    long roleId =
        roles
            .createRole(
                new org.cairnpmo.resources.RoleData(
                    role, null, null, null, List.of(), List.of(), null),
                current(pmo))
            .id();
    pool.create(
        new PersonData(
            mentee.id(),
            "Kofi Mensah",
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
        current(pmo));
    long area =
        framework
            .addArea(
                new org.cairnpmo.learning.domain.CompetencyViews.AreaData(
                    "Power skills " + unique(), null),
                current(pmo))
            .id();
    long competency =
        framework
            .define(
                new org.cairnpmo.learning.domain.CompetencyData(
                    area,
                    "Stakeholder communication " + unique(),
                    "Engaging sponsors and users.",
                    List.of("Aware", "Guided", "Independent", "Leading", "Expert"),
                    null),
                current(pmo))
            .id();
    framework.setProfile(
        new org.cairnpmo.learning.domain.CompetencyViews.TargetProfileData(
            role,
            List.of(new org.cairnpmo.learning.domain.CompetencyViews.TargetData(competency, 3)),
            null),
        null,
        current(pmo));
    long pair =
        mentoring
            .create(
                new org.cairnpmo.learning.domain.MentoringData(
                    mentor.id(),
                    mentee.id(),
                    "Run the first steering committee",
                    java.time.LocalDate.now(),
                    java.time.LocalDate.now().plusMonths(4),
                    null),
                current(pmo))
            .id();
    String note = "Nervous about the sponsor; rehearse the opening";

    {
      Page page = window();
      signInTo(page, mentee, "/learning/mentoring/" + pair);
      page.getByLabel("Notes (only the two of you read them)").fill(note);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the session"))
          .click();
      assertThat(page.getByText("The session is in the log.")).isVisible();
      assertThat(page.locator("#pair-sessions")).containsText(note);
      shot(page, "learning-mentoring-pair");
      page.navigate(url("/learning/growth"));
      assertThat(page.locator("#my-gap")).containsText("Stakeholder communication");
      shot(page, "learning-growth");
    }

    {
      Page page = window();
      signInTo(page, pmo, "/learning/mentoring/" + pair);
      assertThat(page.locator("#pair-sessions")).containsText("private to the pair");
      assertThat(page.locator("#pair-sessions")).not().containsText("Nervous");
      page.navigate(url("/learning/dashboard"));
      assertThat(page.locator("#culture-figures")).containsText("Project managers certified");
      assertThat(page.locator("#gap-heat-map")).containsText("Stakeholder communication");
      shot(page, "learning-dashboard");
    }
  }
}

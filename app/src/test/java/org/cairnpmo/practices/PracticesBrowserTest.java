package org.cairnpmo.practices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.practices.domain.LessonData;
import org.cairnpmo.practices.domain.LessonService;
import org.cairnpmo.practices.domain.LessonView;
import org.cairnpmo.practices.domain.MethodData;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The methodology library and a lesson form in a real headless Chromium: the PMO drafts a method
 * with Markdown guidance that tries to carry script, reads it by phase and publishes it; a team
 * member records a lesson, first with a missing title; a project manager starting a new project
 * sees the lessons of other projects that matter as the description is typed, never a confidential
 * one. Screenshots go to {@code target/screenshots/practices-*.png}.
 */
class PracticesBrowserTest extends BrowserTest {

  @Autowired MethodologyService methodology;
  @Autowired ProjectsApi projects;
  @Autowired LessonService lessons;
  @Autowired MethodService methods;

  @Test
  void the_pmo_drafts_and_publishes_a_method_whose_guidance_runs_no_script() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    String lifecycleName = "Browser practices lifecycle " + unique();
    methodology.defineLifecycle(
        new LifecycleData(
            lifecycleName,
            null,
            List.of(
                new LifecycleData.PhaseData(
                    "Initiation", null, "Approval", null, null, null, Set.of()),
                new LifecycleData.PhaseData(
                    "Delivery", null, "Acceptance", null, null, null, Set.of())),
            null),
        current(pmo));
    {
      Page page = window();
      signIn(page, pmo);
      page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
          .getByRole(
              AriaRole.LINK,
              new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Practices"))
          .click();
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Methodology library")))
          .isVisible();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New method")).click();

      String name = "Browser method " + unique();
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
      page.getByLabel("Based on the lifecycle")
          .selectOption(
              new com.microsoft.playwright.options.SelectOption()
                  .setLabel(lifecycleName + " (rev. 1)"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show its phases"))
          .click();
      page.locator("#phases0\\.guidance")
          .fill(
              "## Start here\n\nName the **sponsor**.\n\n<script>window.pwned = 1</script>\n\n<img src=x onerror=\"window.pwned = 2\">");
      page.locator("#phases0\\.checklist").fill("Sponsor named\nBudget owner agreed");
      page.getByLabel("Deliverable 1 of Initiation: name").fill("Business case");
      page.getByLabel("Deliverable 1 of Initiation: owner role").fill("Project manager");
      page.getByLabel("Deliverable 1 of Initiation: required").check();
      assertThat(page.getByLabel("Deliverable 1 of Initiation: document template")).isVisible();
      shot(page, "practices-method-form");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create draft")).click();

      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
          .isVisible();
      assertThat(page.locator("#method-status")).hasText("Draft");
      assertThat(
              page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Start here")))
          .isVisible();
      assertThat(page.locator(".guidance strong")).hasText("sponsor");
      assertThat(page.locator(".guidance script")).hasCount(0);
      assertThat(page.locator(".guidance img")).hasCount(0);
      org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.pwned === undefined"))
          .isEqualTo(true);
      assertThat(page.getByText("Business case")).isVisible();
      shot(page, "practices-method");

      acceptDialogs();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
      assertThat(page.locator("#method-status")).hasText("Published");
      assertThat(
              page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New version")))
          .isVisible();

      page.navigate(url("/practices"));
      assertThat(page.locator("#methods")).containsText(name);
      shot(page, "practices-library");
    }
  }

  @Test
  void a_team_member_records_a_lesson_and_a_missing_title_is_shown_next_to_its_field() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary member = person(Role.MEMBER, "Tomas Berg");
    String code = "PB-" + unique();
    ProjectView project =
        projects.register(
            new ProjectData(
                code,
                "Browser lessons " + code,
                "A project for the lesson form",
                null,
                null,
                null,
                ProjectCategory.OPERATIONAL,
                Priority.MEDIUM,
                ProjectStatus.ACTIVE,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                new BigDecimal("50000.00"),
                "EUR",
                false,
                List.of(new ProjectData.Member(member.id(), MembershipRole.TEAM_MEMBER)),
                null),
            current(pmo));
    {
      Page page = window();
      signInTo(page, member, "/projects/" + project.id() + "/lessons");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a lesson")).click();
      page.getByLabel("What happened").fill("The supplier delivered the scanners late.");
      page.getByLabel("Category").selectOption("PROCUREMENT");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record lesson")).click();
      assertThat(page.locator(".field__error").first()).containsText("short title");

      page.getByLabel("Title").fill("Scanners arrived late");
      page.getByLabel("Recommendation").fill("Order hardware with a four-week buffer.");
      page.getByLabel("Tags").fill("suppliers, Hardware");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record lesson")).click();
      assertThat(page.locator("#lesson-list")).containsText("Scanners arrived late");
      assertThat(page.locator("#lesson-count")).hasText("1 lesson");
      shot(page, "practices-project-lessons");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Scanners arrived late"))
          .click();
      assertThat(page.getByText("#hardware")).isVisible();
      assertThat(
              page.getByRole(
                  AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as reviewed")))
          .hasCount(0);
    }
  }

  @Test
  void a_project_manager_starting_a_new_project_sees_the_lessons_that_matter_as_they_type() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Maria Lopez");
    String word = "Zanzibar" + unique();
    ProjectView done = project("Closed warehouse project " + word, false, pmo);
    LessonView barcodes =
        lessons.record(
            done.id(),
            new LessonData(
                "Barcode labels from suppliers unreadable " + word,
                "A quarter of inbound pallets had labels the warehouse scanners could not read.",
                "Receiving slowed down by a third during the first month.",
                null,
                "Test supplier labels with the real scanners before go-live.",
                LessonCategory.QUALITY,
                null,
                List.of("barcodes", "warehouse"),
                false,
                null),
            current(pmo));
    ProjectView secret = project("Secret warehouse project " + word, true, pmo);
    lessons.record(
        secret.id(),
        new LessonData(
            "Confidential scanner lesson " + word,
            "The warehouse scanners of a confidential project.",
            null,
            null,
            null,
            LessonCategory.QUALITY,
            null,
            List.of("barcodes"),
            false,
            null),
        current(pmo));

    {
      Page page = window();
      signInTo(page, manager, "/projects/new");
      assertThat(page.locator("#lesson-hints")).containsText("as you describe the work");
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
          .fill("New warehouse in " + word);
      page.locator("#description")
          .pressSequentially(
              "Replace the barcode scanners at goods receiving",
              new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(5));
      assertThat(page.locator("#lesson-hints"))
          .containsText("Barcode labels from suppliers unreadable " + word);
      assertThat(page.locator("#lesson-hints"))
          .containsText("Test supplier labels with the real scanners");
      assertThat(page.locator("#lesson-hints")).not().containsText("Confidential scanner lesson");
      page.locator("#lesson-hints").scrollIntoViewIfNeeded();
      shot(page, "practices-new-project-hints");

      // The lessons search highlights the words found and counts the facets.
      page.navigate(url("/practices/lessons?q=scanners+" + word));
      assertThat(page.locator("#lesson-count")).hasText("1 lesson");
      assertThat(page.locator("#lesson-list mark").first()).isVisible();
      assertThat(page.locator("#facet-category")).containsText("Quality and testing");
      shot(page, "practices-lesson-search");
    }

    // The PMO promotes the lesson into the draft of a method; both pages show the link.
    var lifecycle =
        methodology.defineLifecycle(
            new LifecycleData(
                "Promotion lifecycle " + word,
                null,
                List.of(
                    new LifecycleData.PhaseData(
                        "Initiation", null, "Approval", null, null, null, Set.of()),
                    new LifecycleData.PhaseData(
                        "Delivery", null, "Acceptance", null, null, null, Set.of())),
                null),
            current(pmo));
    MethodView method =
        methods.define(
            new MethodData(
                "Warehouse method " + word, null, lifecycle.id(), List.of(), List.of(), null),
            current(pmo));
    {
      Page page = window();
      signInTo(page, pmo, "/practices/lessons/" + barcodes.id());
      page.locator("#promote-target").fill(Long.toString(method.id()));
      page.locator("#promote-change").selectOption("CHECKLIST");
      page.locator("#promote-phase").fill("Delivery");
      page.locator("#promote-note").fill("Agreed in the PMO review");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Promote and mark adopted"))
          .click();
      assertThat(page.locator("#lesson-status")).hasText("Adopted");
      assertThat(page.locator("#promotion-list")).containsText(method.label());
      shot(page, "practices-lesson-promoted");
      page.locator("#promotion-list a").first().click();
      assertThat(page.locator("#from-lessons")).containsText("Barcode labels from suppliers");
      assertThat(page.getByLabel("Delivery"))
          .containsText("Test supplier labels with the real scanners before go-live.");
      shot(page, "practices-method-from-lessons");
    }
  }

  private ProjectView project(String name, boolean confidential, UserSummary pmo) {
    return projects.register(
        new ProjectData(
            "PL-" + unique(),
            name,
            null,
            null,
            null,
            null,
            ProjectCategory.OPERATIONAL,
            Priority.MEDIUM,
            ProjectStatus.ACTIVE,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            new BigDecimal("50000.00"),
            "EUR",
            confidential,
            List.of(),
            null),
        current(pmo));
  }
}

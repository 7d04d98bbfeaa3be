package org.cairnpmo.practices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.practices.templates.TemplateContent;
import org.cairnpmo.practices.templates.TemplateData;
import org.cairnpmo.practices.templates.TemplateLibrary;
import org.cairnpmo.practices.templates.TemplateView;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.support.BrowserTest;
import org.cairnpmo.support.TierLevels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Project templates in a real headless Chromium: the PMO makes a project from a published template,
 * changes the template in a new version and pushes it to the project; the project's manager accepts
 * the change. Screenshots go to {@code target/screenshots/templates-*.png}.
 */
class TemplatesBrowserTest extends BrowserTest {

  @Autowired MethodologyService methodology;
  @Autowired TemplateLibrary library;

  @Test
  void the_pmo_creates_a_project_from_a_template_and_its_manager_accepts_a_pushed_change() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary pm = person(Role.PROJECT_MANAGER, "Peter Magnusson");
    LifecycleView lifecycle =
        methodology.defineLifecycle(
            new LifecycleData(
                "Browser template lifecycle " + unique(),
                null,
                List.of(
                    new LifecycleData.PhaseData(
                        "Initiation", null, "Approval", null, null, null, Set.of()),
                    new LifecycleData.PhaseData(
                        "Delivery", null, "Acceptance", null, null, null, Set.of())),
                null),
            current(pmo));
    long tier =
        methodology
            .defineTier(
                new TierData(
                    TierLevels.next(),
                    "Browser template tier " + unique(),
                    null,
                    MatchMode.ALL,
                    new BigDecimal("900000000000000"),
                    null,
                    null,
                    lifecycle.id(),
                    null),
                current(pmo))
            .id();
    String name = "Browser template " + unique();
    TemplateView draft =
        library.define(
            new TemplateData(
                name,
                "For the browser",
                lifecycle.id(),
                null,
                tier,
                ProjectCategory.IT_INFRASTRUCTURE,
                Priority.HIGH,
                "First version",
                new TemplateContent(
                    List.of(
                        new TemplateContent.TaskItem("Design", 5, List.of()),
                        new TemplateContent.TaskItem("Build", 10, List.of("Design"))),
                    List.of(new TemplateContent.MilestoneItem("Go-live", 30)),
                    List.of(new TemplateContent.RiskItem("Key people leave", null, 3, 4)),
                    List.of(
                        new TemplateContent.BudgetItem(
                            0, "LABOUR", "OPEX", new BigDecimal("20000.00"))),
                    null,
                    null,
                    List.of("Sponsor has signed the charter"),
                    List.of(new TemplateContent.DocumentItem("Project charter", null)),
                    "MONTHLY"),
                null),
            current(pmo));
    TemplateView v1 = library.publish(draft.id(), draft.version(), current(pmo));
    String code = "BT-" + unique();

    {
      Page page = window();
      signInTo(page, pmo, "/practices/templates");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("New project from this template"))
          .click();
      page.getByLabel("Code").fill(code);
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
          .fill("Service desk renewal");
      page.getByLabel("Project manager")
          .selectOption(new SelectOption().setLabel(pm.displayName()));
      page.getByLabel("Planned start").fill("2027-03-01");
      page.getByLabel("Planned finish").fill("2027-09-30");
      shot(page, "templates-new-project");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the project"))
          .click();

      assertThat(page.locator(".flash")).containsText("created from " + v1.label());
      assertThat(page.locator("#followed-template")).hasText(v1.label());
      assertThat(page.locator("#project-checklist")).containsText("Sponsor has signed the charter");

      page.navigate(url("/practices/templates/" + v1.id()));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New version")).click();
      page.getByLabel("Work breakdown").fill("Design | 8\nBuild | 10 | Design");
      page.locator("#changeNote").fill("Design takes longer");
      shot(page, "templates-form");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
      acceptDialogs();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
      assertThat(page.locator("#template-status")).hasText("Published");
      assertThat(page.locator("#push-candidates")).containsText(code);
      shot(page, "templates-push");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Push to the ticked projects"))
          .click();
      assertThat(page.locator(".flash")).containsText("Pushed to 1 project: 1 change offered");
    }

    {
      Page page = window();
      signInTo(page, pm, "/projects?q=" + code);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Service desk renewal"))
          .first()
          .click();
      page.locator("#template-link").click();
      assertThat(page.locator("#change-list")).containsText("Task 'Design': 5 days → 8 days");
      shot(page, "templates-changes");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Accept: Task 'Design': 5 days → 8 days"))
          .click();
      assertThat(page.locator(".flash")).containsText("Accepted: Task 'Design'");
      assertThat(page.locator("#change-list")).containsText("Accepted");
      assertThat(page.locator("#followed-template")).containsText("(version 2)");
      shot(page, "templates-accepted");
    }
  }
}

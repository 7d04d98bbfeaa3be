package org.cairnpmo.platform.history;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.Proximity;
import org.cairnpmo.control.ResponseStrategy;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
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
 * In a real headless Chromium: a manager renames a risk on its page and the page's history shows
 * who changed the title from what to what; an administrator finds the manager's sign-in and a
 * failed one in the audit log. Screenshots: {@code target/screenshots/history-*.png}.
 */
class HistoryBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired RaidLog raid;

  @Test
  void a_risks_page_shows_who_changed_its_title_and_the_audit_log_shows_the_sign_ins() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    UserSummary admin = person(Role.ADMIN, "Ada Admin");
    ProjectData base = projectData(manager.id());
    ProjectView project = projects.register(base, current(pmo));
    RiskView risk =
        raid.logRisk(
            project.id(),
            new RiskData(
                "Supplier late",
                "small supplier",
                "late delivery",
                "go-live slips",
                3,
                4,
                null,
                Proximity.NEAR,
                null,
                ResponseStrategy.MITIGATE,
                List.of(),
                null,
                null,
                null,
                null),
            current(pmo));

    {
      Page page = window();
      signIn(page, manager.username(), "not-the-password");
      signInTo(page, manager, "/projects/" + project.id() + "/raid/risks/" + risk.id());
      page.getByLabel("Title").first().fill("Supplier very late");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true))
          .first()
          .click();
      page.waitForLoadState();

      Locator history = page.getByTestId("record-history");
      assertThat(history).isVisible();
      Locator newest = history.locator("tbody").first();
      assertThat(newest).containsText(manager.displayName());
      assertThat(newest).containsText("Title");
      assertThat(newest.locator(".history-old").first()).hasText("Supplier late");
      assertThat(newest.locator(".history-new").first()).hasText("Supplier very late");
      assertThat(history.locator("tbody").last()).containsText("Created");
      shot(page, "history-01-risk");
    }

    {
      Page page = window();
      signInTo(page, admin, "/admin/audit");
      page.getByLabel("Who").fill(manager.username());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
      Locator rows = page.locator("#audit-entries tbody tr");
      assertThat(rows.filter(new Locator.FilterOptions().setHasText("Failed sign-in"))).hasCount(1);
      assertThat(rows.filter(new Locator.FilterOptions().setHasText("Sign-in")).last())
          .containsText(manager.username());
      assertThat(page.locator("#audit-csv"))
          .hasAttribute("href", java.util.regex.Pattern.compile("who=" + manager.username()));
      shot(page, "history-02-audit");
    }
  }

  private ProjectData projectData(long managerId) {
    return new ProjectData(
        "HST-" + unique(),
        "Warehouse scanners",
        "Scanners for every picking aisle.",
        null,
        null,
        managerId,
        ProjectCategory.OPERATIONAL,
        Priority.HIGH,
        ProjectStatus.ACTIVE,
        LocalDate.now().minusMonths(3),
        LocalDate.now().plusMonths(9),
        new BigDecimal("120000.00"),
        "EUR",
        false,
        List.of(),
        null);
  }
}

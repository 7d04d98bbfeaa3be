package org.cairnpmo.archive;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.archive.closure.ClosureService;
import org.cairnpmo.archive.closure.ClosureView;
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
 * The sponsor opens the closure from the project page, sees the checklist ready (the PMO waived
 * what the project did not do), signs off, and the project shows "Closed on … — read only".
 * Screenshots go to {@code target/screenshots/closure-*.png}.
 */
class ClosureBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired ClosureService closures;

  @Test
  void the_sponsor_signs_off_and_the_project_is_read_only() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Maria Lindqvist");
    UserSummary sponsor = person(Role.EXECUTIVE, "Erik Sandberg");
    String code = "CL-" + unique();
    ProjectView project =
        projects.register(
            new ProjectData(
                code,
                "Warehouse scanners " + code,
                "New handheld scanners in both warehouses",
                null,
                sponsor.id(),
                manager.id(),
                ProjectCategory.OPERATIONAL,
                Priority.MEDIUM,
                ProjectStatus.ACTIVE,
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 11, 30),
                new BigDecimal("80000.00"),
                "EUR",
                false,
                List.of(),
                null),
            current(pmo));
    ClosureView closure = closures.closure(project.id(), current(pmo));
    for (ClosureView.Item item : closure.open()) {
      closure =
          closures.waive(
              project.id(), item.key(), "Handled outside Cairn", closure.version(), current(pmo));
    }

    {
      Page page = window();
      acceptDialogs();
      signInTo(page, sponsor, "/projects/" + project.id());
      page.locator("#closure-link").click();
      assertThat(page.locator("#checklist tbody tr")).hasCount(7);
      assertThat(page.locator("#checklist")).containsText("Handled outside Cairn");
      shot(page, "closure-ready");

      page.locator("#sign-off-note").fill("Accepted at the steering committee");
      page.locator("#sign-off").click();

      assertThat(page.getByText("Signed off: the project is closed and read only.")).isVisible();
      assertThat(page.locator("#frozen-banner"))
          .containsText("Closed on " + LocalDate.now() + " \u2014 read only");
      assertThat(page.locator("#signed-off")).containsText(sponsor.username());
      shot(page, "closure-signed-off");

      page.navigate(url("/projects/" + project.id()));
      assertThat(page.locator("#frozen-banner")).containsText("read only");
      assertThat(page.getByText("Edit project")).hasCount(0);
    }
  }
}

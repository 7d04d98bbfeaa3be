package org.cairnpmo.reporting.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
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
 * An executive signs in and the first screen answers their first questions: the project in trouble
 * and why, the money of the active portfolio, the decisions waiting, and the trend since a month
 * ago. Screenshots go to {@code target/screenshots/executive-*.png}.
 */
class ExecutiveHomeBrowserTest extends BrowserTest {

  @Autowired OrganizationApi organization;
  @Autowired ProjectsApi projects;
  @Autowired StatusReportService reports;

  @Test
  void the_executive_sees_what_is_in_trouble_and_why_on_the_first_screen() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    UserSummary executive = person(Role.EXECUTIVE, "Elena Ruiz");
    String deptCode = "EXE" + unique();
    DepartmentSummary finance =
        organization.createDepartment(
            new DepartmentForm(deptCode, "Finance " + deptCode, null, true, null));
    ProjectView invoices =
        projects.register(
            new ProjectData(
                deptCode + "-2026-02",
                "Automated invoice processing",
                "Scan and match supplier invoices.",
                finance.id(),
                null,
                manager.id(),
                ProjectCategory.OPERATIONAL,
                Priority.HIGH,
                ProjectStatus.ACTIVE,
                LocalDate.now().minusMonths(4),
                LocalDate.now().plusMonths(8),
                // The largest budget of the test database, so that the brief names it first.
                new BigDecimal("999999999.00"),
                "EUR",
                false,
                List.of(),
                null),
            current(pmo));
    LocalDate end = LocalDate.now().minusDays(1);
    String why = "The scanning vendor missed the second delivery";
    reports.create(
        invoices.id(),
        new StatusReportData(
            end.minusDays(6),
            end,
            Rag.RED,
            Rag.RED,
            Rag.AMBER,
            Rag.GREEN,
            Rag.GREEN,
            Rag.AMBER,
            why,
            why,
            "Extra licences needed",
            null,
            null,
            "Vendor risk is high",
            "Go-live slips by six weeks unless a second vendor is engaged.",
            "Pilot in accounts payable",
            "Tender for a second vendor",
            "Approve a second vendor",
            null),
        true,
        current(manager));

    {
      Page page = window(1280, 900);
      signIn(page, executive);
      Locator brief = page.locator("#executive-brief");
      assertThat(brief.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
          .hasText("Your portfolio today");
      Locator item = brief.locator("#exec-trouble li[data-project='" + invoices.code() + "']");
      assertThat(item).containsText(invoices.code() + " Automated invoice processing");
      // The rating reads as the same coloured badge as everywhere else, not as a bare word.
      org.assertj.core.api.Assertions.assertThat(
              item.locator(".rag").first().evaluate("e => getComputedStyle(e).backgroundColor"))
          .isNotIn("rgba(0, 0, 0, 0)", "transparent");
      // ...while the brief's own row headers keep their light weight beside project control's.
      org.assertj.core.api.Assertions.assertThat(
              brief
                  .locator("#exec-money tbody th[scope='row']")
                  .first()
                  .evaluate("e => getComputedStyle(e).fontWeight"))
          .isEqualTo("500");
      assertThat(item).containsText("Go-live slips by six weeks");
      assertThat(item).containsText("Schedule: " + why);
      assertThat(brief.locator("#exec-money")).containsText("Forecast at completion");
      assertThat(brief.locator("#exec-money")).containsText("EUR");
      assertThat(brief.locator("#exec-decisions")).containsText("Decisions waiting for you");
      assertThat(brief.locator("#exec-trend tr[data-rating='red']")).isVisible();
      shot(page, "executive-01-home");

      item.getByRole(AriaRole.LINK).first().click();
      assertThat(page).hasURL(url("/projects/" + invoices.id() + "/overview"));
    }
  }
}

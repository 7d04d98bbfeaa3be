package org.cairnpmo.budgets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.budgets.domain.ProgressPoint;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.identity.CurrentUser;
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
 * Budgets in a real headless Chromium: a manager uploads a CSV with a bad row and sees the row's
 * error (nothing imported), then a good file, and sees the costs, the earned value and the S-curve.
 * Screenshots go to {@code target/screenshots/budgets-*.png}. Same configuration as the other
 * browser test classes, so all share one running application.
 */
class BudgetsBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired BudgetService budgets;

  @Test
  void a_manager_sees_the_bad_row_of_an_import_then_imports_a_good_file_and_the_s_curve() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    ProjectView project = project(manager, current(pmo));
    List<BudgetLine> lines = new ArrayList<>();
    List<ProgressPoint> progress = new ArrayList<>();
    String[] pct = {"5", "12", "22", "31", "40", "48"};
    for (int m = 1; m <= 12; m++) {
      String period = "2026-%02d".formatted(m);
      lines.add(new BudgetLine(period, CostCategory.LABOUR, CostType.OPEX, new BigDecimal("7000")));
      lines.add(
          new BudgetLine(period, CostCategory.MATERIAL, CostType.CAPEX, new BigDecimal("3000")));
      if (m <= pct.length) {
        progress.add(new ProgressPoint(period, new BigDecimal(pct[m - 1])));
      }
    }
    budgets.savePlan(project.id(), lines, progress, EacMethod.BAC_OVER_CPI, 0, current(pmo));

    {
      Page page = window();
      signInTo(page, manager, "/projects/" + project.id());
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Budget and earned value"))
          .click();
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Budget and earned value")))
          .isVisible();

      String header = "period;category;cost type;amount;description;reference\n";
      page.locator("#import-file")
          .setInputFiles(
              new FilePayload(
                  "january.csv",
                  "text/csv",
                  (header
                          + "2026-01;LABOUR;OPEX;7500;Team;TS-1\n"
                          + "2026-13;MATERIAL;CAPEX;3000;Servers;PO-1\n")
                      .getBytes(StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true))
          .click();
      assertThat(page.locator("#import-errors")).containsText("Nothing was imported");
      assertThat(page.locator("#import-errors tbody tr")).hasCount(1);
      assertThat(page.locator("#import-errors tbody tr").first()).containsText("3");
      assertThat(page.locator("#import-errors tbody tr").first()).containsText("2026-13");
      // The token travels in the form's body: never in an address (history, logs, Referer).
      org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("_csrf");
      org.assertj.core.api.Assertions.assertThat(
              page.locator("form.bud-import").getAttribute("action"))
          .doesNotContain("_csrf");
      assertThat(page.getByText("No actual costs yet.")).isVisible();
      shot(page, "budgets-import-rejected");

      StringBuilder good = new StringBuilder(header);
      String[] spent = {"5800", "8900", "11200", "10100", "9900", "9400"};
      for (int m = 1; m <= spent.length; m++) {
        good.append("2026-%02d;LABOUR;OPEX;%s;Team time;TS-%d\n".formatted(m, spent[m - 1], m));
      }
      page.locator("#import-file")
          .setInputFiles(
              new FilePayload(
                  "erp-export.csv", "text/csv", good.toString().getBytes(StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true))
          .click();
      assertThat(page.getByText("Imported 6 actual cost(s) from erp-export.csv")).isVisible();
      assertThat(page.locator("#import-errors")).hasCount(0);
      assertThat(page.locator("canvas#scurve")).isVisible();
      page.waitForFunction(
          "() => window.Chart && Chart.getChart(document.getElementById('scurve'))");
      assertThat(page.locator("#scurve-table tbody tr")).hasCount(12);
      assertThat(page.locator("tr[data-figure='CPI']")).not().containsText("—");
      assertThat(page.locator("tr[data-figure='EAC']")).containsText("BAC / CPI");
      shot(page, "budgets-s-curve");
    }
  }

  private ProjectView project(UserSummary manager, CurrentUser pmo) {
    String code = "BUD-" + unique();
    return projects.register(
        new ProjectData(
            code,
            "Warehouse automation",
            "Conveyors and a new warehouse management system.",
            null,
            null,
            manager.id(),
            ProjectCategory.OPERATIONAL,
            Priority.HIGH,
            ProjectStatus.PROPOSED,
            LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 12, 18),
            new BigDecimal("120000.00"),
            "EUR",
            false,
            List.of(),
            null),
        pmo);
  }
}

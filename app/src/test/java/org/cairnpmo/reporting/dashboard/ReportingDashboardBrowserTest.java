package org.cairnpmo.reporting.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairnpmo.control.Cadence;
import org.cairnpmo.control.CadenceData;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.NewUser;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real headless Chromium: a project manager submits a status report rating the
 * project red, and the PMO then finds the project red on the dashboard, filters to red projects and
 * sorts. Screenshots go to {@code target/screenshots/dashboard-*.png}. Same configuration as the
 * other browser test classes, so all share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingDashboardBrowserTest {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final String PASSWORD = "browser-test-password-1";
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired IdentityApi identity;
  @Autowired OrganizationApi organization;
  @Autowired ProjectsApi projects;
  @Autowired StatusReportService reports;

  private Playwright playwright;
  private Browser browser;

  @BeforeAll
  void launch() throws Exception {
    Assumptions.assumeTrue(
        Files.exists(CHROMIUM),
        "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); skipping the"
            + " browser tests");
    Files.createDirectories(SCREENSHOTS);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-dev-shm-usage")));
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @Test
  void a_report_submitted_red_shows_the_project_red_on_the_pmo_dashboard() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    String deptCode = "DSH" + unique();
    DepartmentSummary department =
        organization.createDepartment(
            new DepartmentForm(deptCode, "Logistics " + deptCode, null, true, null));
    ProjectView troubled = project(department, manager, "Cross-dock automation", current(pmo));
    ProjectView calm = project(department, manager, "Fleet telematics", current(pmo));
    LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(2);
    reports.setCadence(
        troubled.id(), new CadenceData(Cadence.WEEKLY, monday, 2, null), null, current(manager));

    // The manager rates everything red and submits.
    try (BrowserContext context = context()) {
      Page page = context.newPage();
      signIn(page, manager);
      page.navigate(url("/projects/" + troubled.id() + "/status"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a report"))
          .first()
          .click();
      page.getByLabel("Weekly period").selectOption(new SelectOption().setValue(monday.toString()));
      for (RatingDimension d : RatingDimension.values()) {
        page.locator("fieldset#" + d.field())
            .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Red"))
            .check();
        Locator reason = page.locator("#" + d.field() + "Reason");
        if (reason.count() > 0 && reason.isVisible()) {
          reason.fill("The automation vendor withdrew; we are re-tendering.");
        }
      }
      page.getByLabel("Summary").fill("The automation vendor withdrew; the project is in trouble.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("submitted for review");
    }

    // The PMO opens the dashboard from the main navigation and finds the project red.
    try (BrowserContext context = context()) {
      Page page = context.newPage();
      signIn(page, pmo);
      page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dashboard"))
          .click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Portfolio dashboard");
      // The filters update the results in place once the page's scripts have run.
      page.waitForLoadState();
      page.getByLabel("Department").selectOption(new SelectOption().setLabel(department.name()));
      Locator redRow = page.locator("tr[data-project='" + troubled.code() + "']");
      assertThat(redRow).isVisible();
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*department=" + department.id()));
      Locator overall = redRow.locator("td[data-dimension='overall']");
      assertThat(overall).containsText("Red");
      assertThat(overall.locator(".rag--red")).isVisible();
      assertThat(page.locator("tr[data-project='" + calm.code() + "'] td.dash-report"))
          .containsText("Stale");
      assertThat(page.getByTestId("tile-red")).hasText("1");
      page.waitForTimeout(300);
      shot(page, "dashboard-01-department");

      page.getByLabel("Overall rating", new Page.GetByLabelOptions().setExact(true))
          .selectOption(new SelectOption().setValue("RED"));
      assertThat(page.locator("tr[data-project='" + calm.code() + "']")).hasCount(0);
      assertThat(redRow).isVisible();
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*rag=RED.*"));
      shot(page, "dashboard-02-red-only");

      redRow
          .getByRole(
              AriaRole.LINK, new Locator.GetByRoleOptions().setName(troubled.name()).setExact(true))
          .click();
      assertThat(page).hasURL(url("/projects/" + troubled.id()));
    }

    // The whole portfolio, with its charts, as the PMO sees it.
    try (BrowserContext context = context()) {
      Page page = context.newPage();
      signIn(page, pmo);
      page.navigate(url("/dashboard?sort=overall,desc"));
      assertThat(page.locator("#chart-rag")).isVisible();
      page.waitForTimeout(500);
      shot(page, "dashboard-03-portfolio");
    }
  }

  private BrowserContext context() {
    return browser.newContext(
        new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("en-GB"));
  }

  private void signIn(Page page, UserSummary user) {
    page.navigate(url("/login"));
    page.getByLabel("Username").fill(user.username());
    page.getByLabel("Password").fill(PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page).hasURL(url("/"));
  }

  private void shot(Page page, String name) {
    page.evaluate("window.scrollTo(0, 0)");
    page.waitForTimeout(150);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static String unique() {
    return RUN + SEQUENCE.incrementAndGet();
  }

  private UserSummary person(Role role, String name) {
    String username = "d" + unique().toLowerCase();
    return identity.createUser(
        new NewUser(
            username,
            name + " " + username.substring(1, 4).toUpperCase(),
            username + "@example.org",
            null,
            null,
            EnumSet.of(role),
            PASSWORD,
            false));
  }

  private ProjectView project(
      DepartmentSummary department, UserSummary manager, String name, CurrentUser pmo) {
    return projects.register(
        new ProjectData(
            "DSH-" + unique(),
            name,
            "A project on the dashboard.",
            department.id(),
            null,
            manager.id(),
            ProjectCategory.OPERATIONAL,
            Priority.HIGH,
            ProjectStatus.ACTIVE,
            LocalDate.now().minusMonths(3),
            LocalDate.now().plusMonths(9),
            new BigDecimal("350000.00"),
            "EUR",
            false,
            List.of(),
            null),
        pmo);
  }

  private static CurrentUser current(UserSummary user) {
    return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles());
  }
}

package org.cairnpmo.control;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
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
 * Milestones in a real headless Chromium: a manager adds a milestone on the status page, sees its
 * slip after moving the forecast, and marks it completed. Screenshots go to {@code
 * target/screenshots/milestones-*.png}. Same configuration as the other browser test classes, so
 * all share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MilestoneBrowserTest {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final String PASSWORD = "browser-test-password-1";
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired IdentityApi identity;
  @Autowired ProjectsApi projects;
  @Autowired MilestoneService milestones;

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
  void a_manager_adds_a_milestone_moves_its_forecast_and_marks_it_completed() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    ProjectView project = project(manager, current(pmo));
    LocalDate baseline = LocalDate.now().plusDays(20);

    try (BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"))) {
      Page page = context.newPage();
      signIn(page, manager);
      page.navigate(url("/projects/" + project.id() + "/status"));
      assertThat(
              page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Milestones")))
          .isVisible();
      assertThat(page.getByText("No milestones yet.")).isVisible();

      page.getByLabel("Name").fill("Scanners installed");
      page.getByLabel("Baseline date").fill(baseline.toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add milestone")).click();
      assertThat(page.getByText("Milestone added: Scanners installed.")).isVisible();
      Locator row =
          page.locator("#milestone-table tbody tr")
              .filter(new Locator.FilterOptions().setHasText("Scanners installed"));
      assertThat(row).containsText("on time");
      shot(page, "milestones-01-added");

      row.getByRole(
              AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit Scanners installed"))
          .click();
      page.getByLabel("Forecast date").fill(baseline.plusDays(12).toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone"))
          .click();
      assertThat(row).containsText("+12 days");
      shot(page, "milestones-02-slipping");

      row.getByRole(
              AriaRole.BUTTON,
              new Locator.GetByRoleOptions().setName("Mark Scanners installed completed today"))
          .click();
      assertThat(page.getByText("Milestone completed: Scanners installed")).isVisible();
      assertThat(row).not().containsText("open");
    }
    org.assertj.core.api.Assertions.assertThat(milestones.list(project.id(), current(pmo)))
        .singleElement()
        .satisfies(m -> org.assertj.core.api.Assertions.assertThat(m.completed()).isTrue());
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
    String username = "m" + unique().toLowerCase();
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

  private ProjectView project(UserSummary manager, CurrentUser pmo) {
    return projects.register(
        new ProjectData(
            "MST-" + unique(),
            "Warehouse scanners",
            "Scanners for every picking aisle.",
            null,
            null,
            manager.id(),
            ProjectCategory.OPERATIONAL,
            Priority.HIGH,
            ProjectStatus.ACTIVE,
            LocalDate.now().minusMonths(3),
            LocalDate.now().plusMonths(9),
            new BigDecimal("120000.00"),
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

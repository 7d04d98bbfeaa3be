package org.cairnpmo.portfolio.selection;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.CriteriaSetData;
import org.cairnpmo.portfolio.CriteriaSetView;
import org.cairnpmo.portfolio.DemandUnit;
import org.cairnpmo.portfolio.ProposalData;
import org.cairnpmo.portfolio.ProposalStatus;
import org.cairnpmo.portfolio.ProposalView;
import org.cairnpmo.portfolio.TriageData;
import org.cairnpmo.portfolio.WeightingMethod;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Portfolio selection in a real headless Chromium: the PMO creates a scenario over four proposals
 * with a 2027 budget, runs the optimizer, sees the selection and the frontier chart, and commits.
 * Screenshots go to {@code target/screenshots/selection-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelectionBrowserTest {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final String PASSWORD = "browser-test-password-1";
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired IdentityApi identity;
  @Autowired StrategyService strategy;
  @Autowired ProposalService proposals;

  private Playwright playwright;
  private Browser browser;

  @BeforeAll
  void launch() throws Exception {
    Assumptions.assumeTrue(
        Files.exists(CHROMIUM),
        "Chromium is not installed at /usr/bin/chromium; skipping the browser tests");
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
  void the_pmo_creates_runs_and_commits_a_scenario() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    CurrentUser me = current(pmo);
    activeSet(me);
    ProposalView a = evaluated("Alpha", 60, 150, me);
    ProposalView b = evaluated("Bravo", 40, 95, me);
    ProposalView c = evaluated("Charlie", 30, 70, me);
    ProposalView d = evaluated("Delta", 30, 72, me);
    String name = "Budget 2027 " + unique();

    try (BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"))) {
      Page page = context.newPage();
      signIn(page, pmo);
      page.navigate(url("/portfolio/scenarios"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New scenario")).click();
      page.getByLabel("Name").fill(name);
      page.getByLabel("Maximize").selectOption("NPV");
      page.getByLabel("Budget per period").fill("2027 = 100");
      page.getByLabel("Time limit (seconds, 1–120)").fill("5");
      page.getByLabel("Frontier levels (2–30)").fill("6");
      // Only this test's four proposals are candidates.
      page.evaluate(
          "document.querySelectorAll('input[name=candidateIds]').forEach(e => e.checked = false)");
      for (ProposalView p : List.of(a, b, c, d)) {
        page.locator("#cand-" + p.id()).check();
      }
      shot(page, "selection-01-form");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create scenario"))
          .click();

      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
          .isVisible();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run optimizer")).click();
      // The run panel polls every second and reloads the page when the run ends.
      assertThat(page.locator("#result-status"))
          .hasText(
              "OPTIMAL",
              new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                  .setTimeout(60_000));
      Locator selected = page.locator("#selected");
      assertThat(selected).containsText(a.code());
      assertThat(selected).containsText(b.code());
      assertThat(selected).not().containsText(c.code());
      assertThat(selected).not().containsText(d.code());
      assertThat(page.locator("#constraints")).containsText("Budget 2027");
      assertThat(page.locator("#frontier-chart")).isVisible();
      assertThat(page.locator("#frontier-table")).containsText(a.code());
      page.waitForFunction(
          "() => window.Chart && Chart.getChart(document.getElementById('frontier-chart'))");
      shot(page, "selection-02-result");

      page.getByLabel("Rationale").fill("Best NPV within the 2027 budget");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit and approve"))
          .click();
      assertThat(page.locator("#decision")).containsText("Committed by " + pmo.username());
      assertThat(page.locator("#decision")).containsText("Best NPV within the 2027 budget");
      assertThat(
              page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run optimizer")))
          .hasCount(0);
      shot(page, "selection-03-committed");
    }
  }

  private void activeSet(CurrentUser pmo) {
    CriteriaSetView set =
        strategy.defineCriteriaSet(
            new CriteriaSetData(
                "Selection drivers " + unique(),
                null,
                WeightingMethod.DIRECT,
                List.of(
                    new CriteriaSetData.Criterion(null, "Value", null, 1, 5, new BigDecimal("1"))),
                null),
            pmo);
    strategy.activate(set.id(), set.version(), pmo);
  }

  private ProposalView evaluated(String title, int cost, int benefit, CurrentUser pmo) {
    ProposalView p =
        proposals.create(
            new ProposalData(
                title + " " + unique(),
                "A problem worth solving.",
                "A scope.",
                null,
                null,
                new BigDecimal("10"),
                "EUR",
                null,
                null,
                List.of(),
                List.of(),
                List.of(new ProposalData.CostLine("2027", BigDecimal.valueOf(cost), null)),
                List.of(new ProposalData.BenefitLine("2028", BigDecimal.valueOf(benefit))),
                List.of(),
                List.of(
                    new ProposalData.ResourceDemand(
                        "Developer", "2027", BigDecimal.ONE, DemandUnit.FTE)),
                List.of(),
                null),
            pmo);
    p = proposals.submit(p.id(), p.version(), pmo);
    return proposals.triage(
        p.id(), new TriageData(ProposalStatus.UNDER_EVALUATION, null, null), p.version(), pmo);
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
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static String unique() {
    return RUN + SEQUENCE.incrementAndGet();
  }

  private static CurrentUser current(UserSummary user) {
    return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles());
  }

  private UserSummary person(Role role, String name) {
    String username = "sb" + unique().toLowerCase();
    return identity.createUser(
        new NewUser(
            username,
            name + " " + username.substring(2, 5).toUpperCase(),
            username + "@example.org",
            null,
            null,
            EnumSet.of(role),
            PASSWORD,
            false));
  }
}

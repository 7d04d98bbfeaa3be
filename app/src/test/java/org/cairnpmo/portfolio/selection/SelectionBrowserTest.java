package org.cairnpmo.portfolio.selection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.TriageData;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Portfolio selection in a real headless Chromium: the PMO creates a scenario over four proposals
 * with a 2027 budget, runs the optimizer, sees the selection and the frontier chart, and commits.
 * Screenshots go to {@code target/screenshots/selection-*.png}.
 */
class SelectionBrowserTest extends BrowserTest {

  @Autowired StrategyService strategy;
  @Autowired ProposalService proposals;

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

    try (BrowserContext context = context()) {
      Page page = context.newPage();
      signIn(page, pmo);
      page.navigate(url("/portfolio/scenarios"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New scenario")).click();
      page.getByLabel("Name").fill(name);
      page.getByLabel("Maximize").selectOption("NPV");
      page.getByLabel("Budget per period").fill("2027 = 100");
      page.getByLabel("Time limit (seconds, 1–120)").fill("5");
      page.getByLabel("Frontier levels (2–30)").fill("6");
      // Only this test's four proposals are candidates. The form may still be arriving once its
      // first fields are usable, so the script that clears the boxes waits for the whole page.
      page.waitForLoadState(LoadState.LOAD);
      page.evaluate(
          "document.querySelectorAll('input[name=candidateIds]').forEach(e => e.checked = false)");
      for (ProposalView p : List.of(a, b, c, d)) {
        page.locator("#cand-" + p.id()).check();
      }
      assertThat(page.locator("input[name=candidateIds]:checked")).hasCount(4);
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

      // A changed budget outdates the result: it cannot be committed until the optimizer runs
      // again (110 still buys Alpha and Bravo best).
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true))
          .click();
      page.getByLabel("Budget per period").fill("2027 = 110");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
      assertThat(page.locator("#result-outdated")).containsText("changed after this run");
      assertThat(page.locator("#commit-button")).hasCount(0);
      shot(page, "selection-03-outdated");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run optimizer")).click();
      assertThat(page.locator("#commit-button"))
          .isVisible(
              new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                  .setTimeout(60_000));
      assertThat(page.locator("#result-outdated")).hasCount(0);
      assertThat(page.locator("#selected")).containsText(a.code());
      assertThat(page.locator("#selected")).containsText(b.code());

      page.getByLabel("Rationale").fill("Best NPV within the 2027 budget");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit and approve"))
          .click();
      assertThat(page.locator("#decision")).containsText("Committed by " + pmo.username());
      assertThat(page.locator("#decision")).containsText("Best NPV within the 2027 budget");
      assertThat(
              page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run optimizer")))
          .hasCount(0);
      shot(page, "selection-04-committed");
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
}

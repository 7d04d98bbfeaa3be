package org.cairnpmo.portfolio.selection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
  @Autowired SetCommittedSpend committed;

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

    {
      Page page = window();
      signInTo(page, pmo, "/portfolio/scenarios");
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
      // The form's parts and the manager pickers stand apart instead of running into each other.
      org.assertj.core.api.Assertions.assertThat(
              page.evaluate(
                  "() => { const parts = [...document.querySelectorAll("
                      + "'.commit-form > *, .commit-form fieldset > .people-picker')]"
                      + ".filter(e => e.offsetParent !== null && e.tagName !== 'FIELDSET');"
                      + " let least = 1e9; for (let i = 1; i < parts.length; i++) {"
                      + " const gap = parts[i].getBoundingClientRect().top"
                      + " - parts[i - 1].getBoundingClientRect().bottom;"
                      + " if (gap >= 0) least = Math.min(least, gap); } return Math.round(least); }"))
          .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.INTEGER)
          .isGreaterThanOrEqualTo(12);
      // None of the four is scored yet: the form warns and asks why.
      assertThat(page.locator("#commit-unscored")).containsText(a.code());
      page.getByLabel("Reason for committing without their scores")
          .fill("The board decides before the scoring panel meets");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit and approve"))
          .click();
      assertThat(page.locator("#decision")).containsText("Committed by " + pmo.username());
      assertThat(page.locator("#decision")).containsText("Best NPV within the 2027 budget");
      assertThat(page.locator("#decision-unscored"))
          .containsText("The board decides before the scoring panel meets");
      assertThat(
              page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run optimizer")))
          .hasCount(0);
      shot(page, "selection-04-committed");
    }
  }

  @Test
  void the_pmo_picks_rules_sees_committed_spend_and_why_proposals_are_left_out() {
    UserSummary pmo = person(Role.PMO, "Pia Lindqvist");
    CurrentUser me = current(pmo);
    activeSet(me);
    ProposalView a = evaluated("Atlas", 60, 150, me);
    ProposalView b = evaluated("Beacon", 40, 95, me);
    ProposalView c = evaluated("Cobalt", 30, 70, me);
    ProposalView d = evaluated("Dune", 30, 72, me);
    committed.commit(java.time.LocalDate.of(2027, 9, 1), 40, "EUR");
    String name = "Committed 2027 " + unique();

    try {
      Page page = window();
      signInTo(page, pmo, "/portfolio/scenarios/new");
      page.waitForLoadState(LoadState.LOAD);
      page.getByLabel("Name").fill(name);
      page.getByLabel("Maximize").selectOption("NPV");
      page.getByLabel("Budget per period").fill("2027 = 100");
      page.getByLabel("Time limit (seconds, 1–120)").fill("5");
      page.getByLabel("Frontier levels (2–30)").fill("3");
      page.evaluate(
          "document.querySelectorAll('input[name=candidateIds]').forEach(e => e.checked = false)");
      for (ProposalView p : List.of(a, b, c, d)) {
        page.locator("#cand-" + p.id()).check();
      }
      // The pickers offer the ticked candidates only, by code and title.
      Locator group =
          page.getByLabel("Proposals of group 1", new Page.GetByLabelOptions().setExact(true));
      assertThat(group.locator("option:not([hidden])")).hasCount(4);
      assertThat(group).containsText(c.code() + " " + c.title());
      page.getByLabel("Label of group 1", new Page.GetByLabelOptions().setExact(true))
          .fill("Data platform");
      group.selectOption(new String[] {String.valueOf(c.id()), String.valueOf(d.id())});
      page.getByLabel("Prerequisite 1: proposal").selectOption(String.valueOf(b.id()));
      page.getByLabel("Prerequisite 1: needs").selectOption(String.valueOf(a.id()));
      shot(page, "selection-05-pickers");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create scenario"))
          .click();

      // 40 of the 100 is committed: 60 is available.
      Locator budget = page.locator("#budget-table");
      assertThat(budget).containsText("2027");
      assertThat(budget.locator("tbody tr td").nth(2)).hasText("40");
      assertThat(budget.locator("tbody tr td").nth(3)).hasText("60");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run optimizer")).click();
      assertThat(page.locator("#result-status"))
          .hasText(
              "OPTIMAL",
              new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                  .setTimeout(60_000));
      assertThat(page.locator("#selected")).containsText(a.code());
      Locator beacon = page.locator("#left-out-" + b.code());
      assertThat(beacon).containsText("Budget 2027: needs 40, 0 left.");
      assertThat(beacon).containsText("if the Budget 2027 limit were 40 higher");
      // Beacon needs Atlas, and both do not fit in what is left: the solver says so.
      assertThat(beacon).containsText("Cannot be selected with the scenario's limits and rules");
      assertThat(page.locator("#left-out-" + d.code())).containsText("drops out");
      shot(page, "selection-06-left-out");

      page.getByLabel("Rationale").fill("What 2027 leaves after the projects under way");
      assertThat(page.locator("#commit-unscored")).containsText(a.code() + " has no score yet.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit and approve"))
          .click();
      // The browser holds the form until the reason is given.
      assertThat(page.locator("#decision")).hasCount(0);
      page.getByLabel("Reason for committing without their scores")
          .fill("Atlas is scored next month; the budget round closes now");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit and approve"))
          .click();
      assertThat(page.locator("#decision-unscored"))
          .containsText("Committed without the scores of " + a.code());
      shot(page, "selection-07-committed-unscored");
    } finally {
      committed.clear();
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

package org.cairnpmo.portfolio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.JudgementsData;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake path in a real headless Chromium: a person proposes with costs and benefits and sees
 * NPV and IRR, the PMO triages and assigns a scorer, the scorer scores, and the ranking shows the
 * proposal. Screenshots go to {@code target/screenshots/portfolio-*.png}.
 */
class PortfolioBrowserTest extends BrowserTest {

  @Autowired StrategyService strategy;

  @Test
  void a_proposal_is_submitted_triaged_scored_and_ranked() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary author = person(Role.MEMBER, "Mia Schneider");
    UserSummary scorer = person(Role.MEMBER, "Lukas Hoffmann");
    UserSummary executive = person(Role.EXECUTIVE, "Eleanor Whitfield");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Marta Jovanovic");
    CriteriaSetView set = activePairwiseSet(current(pmo));
    String title = "Warehouse scanning " + unique();

    // A person proposes, with costs and benefits by year, and sees the business case.
    String proposal;
    {
      Page page = window(1280, 900);
      signInTo(page, author, "/portfolio");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New proposal"))
          .first()
          .click();
      page.getByLabel("Title").fill(title);
      page.getByLabel("Problem or opportunity")
          .fill("Picking errors cause 3 % of shipments to come back.");
      page.getByLabel("Options considered").fill("Do nothing\nDouble-check every order by hand");
      page.getByLabel("Discount rate (% per year)").fill("10");
      page.getByLabel("Cost period 1").fill("2027");
      page.getByLabel("Capex 1").fill("100000");
      page.getByLabel("Benefit period 1").fill("2028");
      page.getByLabel("Benefit 1", new Page.GetByLabelOptions().setExact(true)).fill("50000");
      page.getByLabel("Benefit period 2").fill("2029");
      page.getByLabel("Benefit 2", new Page.GetByLabelOptions().setExact(true)).fill("50000");
      page.getByLabel("Benefit period 3").fill("2030");
      page.getByLabel("Benefit 3", new Page.GetByLabelOptions().setExact(true)).fill("50000");
      page.getByLabel("Risk 1", new Page.GetByLabelOptions().setExact(true))
          .fill("Scanners arrive late");
      page.getByLabel("Probability of risk 1").selectOption("2");
      page.getByLabel("Impact of risk 1").selectOption("3");
      page.getByLabel("Role 1", new Page.GetByLabelOptions().setExact(true))
          .fill("Logistics coordinator");
      page.getByLabel("Demand period 1").fill("2027");
      page.getByLabel("Amount 1", new Page.GetByLabelOptions().setExact(true)).fill("0.5");
      // The proposed manager is found by typing part of the name.
      page.getByLabel("Proposed project manager (optional)").fill(manager.displayName());
      page.getByLabel(manager.displayName()).check();
      shot(page, "portfolio-01-proposal-form");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();

      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText(title);
      assertThat(page.locator("#figure-npv")).containsText("24,343 EUR");
      assertThat(page.locator("#figure-irr")).containsText("23.4 %");
      assertThat(page.locator("#figure-payback")).containsText("2.0 years");
      assertThat(page.locator("#cash-flows")).containsText("2030");
      assertThat(page.locator("dt:has-text('Proposed manager') + dd"))
          .hasText(manager.displayName());
      shot(page, "portfolio-02-proposal-draft");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the PMO"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Submitted");
      proposal = page.url().substring(url("").length());
    }

    // The PMO takes it into evaluation and asks a scorer.
    {
      Page page = window(1280, 900);
      acceptDialogs();
      signInTo(page, pmo, proposal);
      page.getByLabel("Evaluate it").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision"))
          .click();
      assertThat(page.locator(".page-header__eyebrow")).containsText("Under evaluation");
      // Scorers are found by typing, among many people, and ticked.
      page.getByLabel("Ask people to score it").fill(scorer.displayName());
      page.getByLabel(scorer.displayName()).check();
      page.getByLabel("Ask people to score it").fill(author.displayName());
      assertThat(page.getByLabel(author.displayName())).isVisible();
      assertThat(page.getByLabel(scorer.displayName())).isChecked();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
      assertThat(page.locator("#evaluation")).containsText(scorer.displayName());
      shot(page, "portfolio-03-pmo-evaluation");
      page.navigate(url("/portfolio/criteria-sets/" + set.id()));
      assertThat(page.locator("#consistency-badge")).hasText("Consistent");
      shot(page, "portfolio-04-criteria-set");
    }

    // The scorer finds it waiting, scores it and submits.
    {
      Page page = window(1280, 900);
      acceptDialogs();
      signInTo(page, scorer, "/portfolio");
      assertThat(page.getByText("Waiting for your scores")).isVisible();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Score it"))
          .first()
          .click();
      page.getByLabel("Strategic value", new Page.GetByLabelOptions().setExact(true))
          .selectOption("5");
      page.getByLabel("Delivery confidence", new Page.GetByLabelOptions().setExact(true))
          .selectOption("8");
      page.getByLabel("Comment on Strategic value").fill("Directly cuts returns.");
      shot(page, "portfolio-05-score-sheet");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit scores")).click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("submitted");
    }

    // The executive sees it ranked with its weighted score.
    {
      Page page = window(1280, 900);
      signInTo(page, executive, "/portfolio/ranking");
      var row =
          page.locator("#ranking tr")
              .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
      // Weights 0.75 / 0.25: 0.75 × 1 + 0.25 × 0.8 = 95.0
      assertThat(row).containsText("95.0");
      assertThat(row.locator(".rank")).hasText(Pattern.compile("\\d+"));
      shot(page, "portfolio-06-ranking");
    }

    // The PMO approves it: the proposed manager is chosen already, and can be changed.
    {
      Page page = window(1280, 900);
      acceptDialogs();
      signInTo(page, pmo, proposal);
      var approval = page.locator("#approve-form");
      assertThat(approval.getByLabel(manager.displayName())).isChecked();
      approval.getByLabel("Project manager").fill(scorer.displayName());
      approval.getByLabel(scorer.displayName()).check();
      shot(page, "portfolio-07-approval");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
      assertThat(page.locator(".page-header__eyebrow")).containsText("Approved");
      assertThat(page.locator("dt:has-text('Proposed manager') + dd"))
          .hasText(scorer.displayName());
    }
  }

  /** A set of two criteria, weighted 3 : 1 by one pairwise judgement, made the active one. */
  private CriteriaSetView activePairwiseSet(CurrentUser pmo) {
    CriteriaSetView set =
        strategy.defineCriteriaSet(
            new CriteriaSetData(
                "Browser drivers " + unique(),
                "Two drivers for the browser test",
                WeightingMethod.PAIRWISE,
                List.of(
                    new CriteriaSetData.Criterion(
                        null, "Strategic value", "Serves the objectives", 1, 5, null),
                    new CriteriaSetData.Criterion(
                        null, "Delivery confidence", "10 = proven", 0, 10, null)),
                null),
            pmo);
    List<Long> ids = set.criteria().stream().map(CriteriaSetView.CriterionView::id).toList();
    set =
        strategy.judge(
            set.id(),
            new JudgementsData(
                List.of(new JudgementsData.Judgement(ids.get(0), ids.get(1), 3.0)), null),
            set.version(),
            pmo);
    return strategy.activate(set.id(), set.version(), pmo);
  }
}

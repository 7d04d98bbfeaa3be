package org.cairnpmo.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleData.PhaseData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
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
import org.cairnpmo.support.TierLevels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stage gates in a real headless Chromium: a manager puts a project on its lifecycle and requests a
 * gate review, a reviewer records GO with conditions, and the governance board shows the decision.
 * Screenshots go to {@code target/screenshots/governance-*.png}. Same configuration as the other
 * browser test class, so both share one running application.
 */
class GovernanceBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired MethodologyService methodology;

  @Test
  void a_manager_requests_a_review_a_reviewer_decides_go_with_conditions_the_board_shows_it() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    UserSummary reviewer = person(Role.EXECUTIVE, "Eleanor Whitfield");
    LifecycleView lifecycle =
        methodology.defineLifecycle(
            new LifecycleData(
                "Browser lifecycle " + unique(),
                null,
                List.of(
                    new PhaseData(
                        "Initiation",
                        "Shape the idea into a business case.",
                        "Business case approval",
                        List.of(
                            "Objectives agreed with the sponsor",
                            "Business case reviewed by Finance"),
                        List.of("Business case"),
                        List.of(reviewer.id()),
                        Set.of()),
                    new PhaseData(
                        "Execution",
                        null,
                        "Delivery acceptance",
                        List.of("Acceptance tests passed"),
                        List.of(),
                        List.of(reviewer.id()),
                        Set.of()),
                    new PhaseData(
                        "Closure",
                        null,
                        "Closure review",
                        List.of(),
                        List.of(),
                        List.of(),
                        Set.of())),
                null),
            current(pmo));
    TierView tier =
        methodology.defineTier(
            new TierData(
                TierLevels.next(),
                "Browser tier " + unique(),
                null,
                MatchMode.ANY,
                null,
                null,
                null,
                lifecycle.id(),
                null),
            current(pmo));
    ProjectView project = project(manager, current(pmo));

    // The manager puts the project on its lifecycle and asks the board for a decision.
    {
      Page page = window();
      signIn(page, manager);
      page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Governance"))
          .click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Governance board");
      page.getByLabel("Project code").fill(project.code());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open gates")).click();
      assertThat(page.getByText("This project is not on a lifecycle yet")).isVisible();
      // The page's scripts must be running before a choice can draw the form again.
      page.waitForLoadState();
      page.getByLabel("Tier")
          .selectOption(new SelectOption().setLabel(tier.name() + " (level " + tier.level() + ")"));
      // The form draws itself again with the phases of the tier's lifecycle.
      assertThat(page).hasURL(Pattern.compile("tierId=" + tier.id() + "(&|$)"));
      assertThat(page.getByLabel("Phase the project is in now")).isVisible();
      shot(page, "governance-01-placement");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put on lifecycle"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("It is in its first phase");
      assertThat(
              page.getByRole(
                  AriaRole.HEADING,
                  new Page.GetByRoleOptions().setName("Gate: Business case approval")))
          .isVisible();

      checkbox(page, "Objectives agreed with the sponsor").check();
      page.getByLabel("Note on Objectives agreed with the sponsor")
          .fill("Signed off by the CFO on 3 Nov");
      checkbox(page, "Business case reviewed by Finance").check();
      checkbox(page, "Business case").check();
      page.getByLabel("Where is Business case").fill("https://intranet.example.org/bc.pdf");
      page.getByLabel("Note to the reviewers")
          .fill("Ready before the steering committee on Friday.");
      shot(page, "governance-02-checklist");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request review"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Review requested");
      assertThat(page.getByText("Awaiting the board's decision")).isVisible();
      shot(page, "governance-03-review-requested");
    }

    // The reviewer finds it on the board and records GO with conditions.
    String due = LocalDate.now().plusDays(21).toString();
    {
      Page page = window();
      acceptDialogs();
      signIn(page, reviewer);
      assertThat(page.locator("#gov-home-title").locator("xpath=ancestor::section"))
          .containsText("Decide: Business case approval");
      shot(page, "governance-04a-home");
      page.navigate(url("/governance"));
      Locator row =
          page.locator("#pending tbody tr")
              .filter(new Locator.FilterOptions().setHasText(project.code()));
      assertThat(row).containsText("Business case approval");
      assertThat(row).containsText("2/2");
      shot(page, "governance-04-board-pending");
      row.getByRole(
              AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Decide")))
          .click();

      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record the decision")))
          .isVisible();
      page.getByLabel("Go with conditions").check();
      page.getByLabel("Rationale")
          .fill("The case holds; the test lead must be named before planning ends.");
      page.getByLabel("Condition 1").fill("Name a test lead");
      page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true))
          .first()
          .selectOption(new SelectOption().setLabel(manager.displayName()));
      page.getByLabel("Due", new Page.GetByLabelOptions().setExact(true)).first().fill(due);
      shot(page, "governance-05-decision-form");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision"))
          .click();

      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("is now in Execution");
      assertThat(page.locator(".gov-step.is-current")).containsText("Execution");
      assertThat(page.locator("#decisions")).containsText("Go with conditions");
      assertThat(page.locator("#decisions")).containsText("Name a test lead");
      shot(page, "governance-06-decided");

      page.navigate(url("/governance"));
      Locator recent =
          page.locator("#recent tbody tr")
              .filter(new Locator.FilterOptions().setHasText(project.code()));
      assertThat(recent).containsText("Go with conditions");
      assertThat(recent).containsText("1 condition");
      assertThat(page.locator("#pending")).not().containsText(project.code());
      shot(page, "governance-07-board-decided");
    }
  }

  @Test
  void a_project_under_way_starts_at_its_phase_and_two_approvers_decide_its_gate_by_majority() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Tomás Ortega");
    UserSummary first = person(Role.MEMBER, "Amara Okafor");
    UserSummary second = person(Role.EXECUTIVE, "Lena Vogt");
    LifecycleView lifecycle =
        methodology.defineLifecycle(
            new LifecycleData(
                "Browser lifecycle " + unique(),
                null,
                List.of(
                    new PhaseData(
                        "Initiation", null, "Approval", List.of(), List.of(), List.of(), Set.of()),
                    new PhaseData(
                        "Planning",
                        null,
                        "Plan approval",
                        List.of("Plan agreed"),
                        List.of(),
                        List.of(),
                        Set.of(Role.EXECUTIVE)),
                    new PhaseData(
                        "Execution",
                        null,
                        "Acceptance",
                        List.of(),
                        List.of(),
                        List.of(),
                        Set.of(Role.EXECUTIVE))),
                null),
            current(pmo));
    TierView tier =
        methodology.defineTier(
            new TierData(
                TierLevels.next(),
                "Browser tier " + unique(),
                null,
                MatchMode.ANY,
                null,
                null,
                null,
                lifecycle.id(),
                null),
            current(pmo));
    ProjectView project = project(manager, current(pmo));

    // The manager brings the project in at Planning, and asks two approvers to vote.
    {
      Page page = window();
      signInTo(page, manager, "/governance/projects/" + project.id());
      page.getByLabel("Tier")
          .selectOption(new SelectOption().setLabel(tier.name() + " (level " + tier.level() + ")"));
      assertThat(page).hasURL(Pattern.compile("tierId=" + tier.id() + "(&|$)"));
      assertThat(page.getByLabel("Phase the project is in now")).isVisible();
      page.getByLabel("Phase the project is in now")
          .selectOption(new SelectOption().setLabel("2. Planning"));
      shot(page, "governance-08-placement-mid-way");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put on lifecycle"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first())
          .containsText("the gates before it are recorded as passed before Cairn");
      assertThat(page.locator(".gov-step.is-current")).containsText("Planning");
      assertThat(page.locator(".gov-step").first()).containsText("Passed before Cairn");
      assertThat(page.locator("#decisions")).containsText("No review in Cairn");

      checkbox(page, "Plan agreed").check();
      page.getByLabel("Approvers who vote")
          .selectOption(
              new SelectOption[] {
                new SelectOption().setLabel(first.displayName()),
                new SelectOption().setLabel(second.displayName())
              });
      page.getByLabel("Their votes decide by").selectOption("MAJORITY");
      shot(page, "governance-09-board-vote-requested");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request review"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Review requested");
      assertThat(page.locator(".gov-votes").first()).containsText("0 of 2 voted");
    }

    // Each approver votes on the gate's page; the second GO makes a majority.
    for (UserSummary approver : List.of(first, second)) {
      {
        Page page = window();
        acceptDialogs();
        signInTo(page, approver, "/governance/projects/" + project.id());
        assertThat(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your vote")))
            .isVisible();
        page.locator("#vote-form input[type=radio][value=GO]").check();
        page.getByLabel("Comment").fill("The plan holds, says " + approver.displayName() + ".");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast vote")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Vote recorded");
        if (approver == second) {
          assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("is now in Execution");
          assertThat(page.locator("#decisions")).containsText("2 of 2 approvers voted Go");
          assertThat(page.locator("#decisions")).containsText(first.displayName());
          shot(page, "governance-10-decided-by-vote");
        } else {
          assertThat(page.locator(".gov-votes").first()).containsText("1 of 2 voted");
        }
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Locator checkbox(Page page, String name) {
    return page.getByRole(
        AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private ProjectView project(UserSummary manager, CurrentUser pmo) {
    String code = "GOV-" + unique();
    return projects.register(
        new ProjectData(
            code,
            "Customer portal relaunch",
            "A new self-service portal for customers.",
            null,
            null,
            manager.id(),
            ProjectCategory.CUSTOMER,
            Priority.HIGH,
            ProjectStatus.PROPOSED,
            LocalDate.now().plusMonths(1),
            LocalDate.now().plusMonths(13),
            new BigDecimal("480000.00"),
            "EUR",
            false,
            List.of(),
            null),
        pmo);
  }
}

package org.cairnpmo.resources.capacity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.portfolio.selection.ScenarioService;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.capacity.CapacityQuery.GroupBy;
import org.cairnpmo.resources.capacity.CapacityQuery.PeriodKind;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.resources.leveling.LevelingFixtures;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The capacity heat map in a real headless Chromium: a resource manager opens it from the resources
 * tabs, a week over capacity is red and names the request behind it on hover, and a date that is
 * not a Monday is refused next to its field; the PMO adds a portfolio scenario and sees the role
 * its proposals over-book; leveling across projects resolves a person two projects want at once.
 * Screenshots: {@code target/screenshots/resources-capacity.png}, {@code
 * resources-capacity-what-if.png} and {@code resources-leveling.png}.
 */
class CapacityBrowserTest extends BrowserTest {

  private static final LocalDate MONDAY = WhatIfFixtures.MONDAY;

  @Autowired PoolService pool;
  @Autowired RequestService requests;
  @Autowired ProjectsApi projects;
  @Autowired CapacityService capacity;
  @Autowired ScenarioService scenarios;
  @Autowired ApplicationContext beans;

  @Test
  void a_resource_manager_sees_an_over_allocated_week_in_red_with_its_request() {
    UserSummary rm = person(Role.RESOURCE_MANAGER, "Rosa Martinez");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Paul Novak");
    UserSummary pmo = person(Role.PMO, "Petra Olsen");
    String name = "Grace " + unique();
    long grace =
        pool.create(
                new PersonData(
                    null, name, null, null, null, null, null, null, null, null, null, null, null),
                current(rm))
            .id();
    String code = "CAP-" + unique();
    ProjectView project =
        projects.register(
            new ProjectData(
                code,
                "Warehouse move " + code,
                null,
                null,
                null,
                manager.id(),
                ProjectCategory.OPERATIONAL,
                Priority.HIGH,
                ProjectStatus.ACTIVE,
                LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 12, 31),
                null,
                null,
                false,
                List.of(new ProjectData.Member(manager.id(), MembershipRole.TEAM_MEMBER)),
                null),
            current(pmo));
    long id =
        requests
            .create(
                project.id(),
                new RequestData(
                    null,
                    grace,
                    List.of(),
                    new BigDecimal("60"),
                    MONDAY.plusWeeks(1),
                    MONDAY.plusWeeks(1).plusDays(4),
                    Priority.HIGH,
                    null),
                current(manager))
            .id();
    // The heat map shows a hundred people a page: find Grace's.
    List<CapacityReport.Row> rows =
        capacity
            .report(new CapacityQuery(MONDAY, 4, GroupBy.PERSON, PeriodKind.WEEK), current(rm))
            .rows();
    int index = 0;
    while (!rows.get(index).key().equals("person:" + grace)) {
      index++;
    }
    int pageNumber = index / CapacityPageController.ROWS_PER_PAGE;

    {
      Page page = window(1400, 900);
      signInTo(page, rm, "/resources");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Capacity").setExact(true))
          .click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Capacity")))
          .isVisible();
      page.getByLabel("From (a Monday)").fill("2031-03-05");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
      assertThat(page.locator("#capacity-from-error")).containsText("Start on a Monday");

      page.navigate(
          url(
              "/resources/capacity?from="
                  + MONDAY
                  + "&weeks=4&groupBy=person&period=week&page="
                  + pageNumber));
      Locator row =
          page.locator("#heat-map tr").filter(new Locator.FilterOptions().setHasText(name));
      assertThat(row).hasCount(1);
      Locator cells = row.locator("td");
      assertThat(cells).hasCount(4);
      assertThat(cells.nth(0)).hasClass(Pattern.compile("heat--0"));
      assertThat(cells.nth(1)).hasClass(Pattern.compile("heat--over"));
      assertThat(cells.nth(1)).hasText("150");
      assertThat(cells.nth(1))
          .hasAttribute("title", Pattern.compile(code + " request " + id + ".*60\\.0 h"));
      String background =
          (String) cells.nth(1).evaluate("c => getComputedStyle(c).backgroundColor");
      org.assertj.core.api.Assertions.assertThat(background).isEqualTo("rgb(220, 38, 38)");
      cells.nth(1).scrollIntoViewIfNeeded();
      shot(page, "resources-capacity");
    }
  }

  @Test
  void the_pmo_adds_a_scenario_and_sees_which_roles_its_proposals_over_book() throws Exception {
    UserSummary pmo = person(Role.PMO, "Petra Olsen");
    UserSummary rm = person(Role.RESOURCE_MANAGER, "Rosa Martinez");
    WhatIfFixtures fixtures = new WhatIfFixtures(beans);
    WhatIfFixtures.Portfolio p = fixtures.portfolio(current(pmo), current(rm));
    fixtures.run(p.scenarioId(), current(pmo));
    String scenarioName = scenarios.get(p.scenarioId(), current(pmo)).name();

    {
      Page page = window(1400, 900);
      signInTo(page, pmo, "/resources/capacity?from=" + MONDAY + "&weeks=8&period=week");
      page.getByLabel("What-if: add a scenario").selectOption(String.valueOf(p.scenarioId()));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
      assertThat(page.locator("#what-if-title")).hasText("What-if: " + scenarioName);
      // Asked by person, the panel offers the grid by role, where proposals' demand shows.
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Group by role")).click();
      assertThat(page.getByLabel("Group by")).hasValue("role");
      assertThat(page.locator("#what-if-proposals li")).hasCount(2);
      assertThat(page.locator("#what-if-proposals")).containsText(p.alpha().code());
      assertThat(page.locator("#what-if-proposals")).not().containsText(p.charlie().code());
      assertThat(page.locator("#what-if-unmapped")).containsText(p.unknownRole());

      Locator row =
          page.locator("#heat-map tr").filter(new Locator.FilterOptions().setHasText(p.roleName()));
      assertThat(row).hasCount(1);
      Locator cell = row.locator("td").first();
      assertThat(cell).hasClass(Pattern.compile("heat--over"));
      assertThat(cell).hasClass(Pattern.compile("heat--what-if"));
      assertThat(cell).hasText("150");
      assertThat(cell)
          .hasAttribute(
              "title",
              Pattern.compile(
                  "scenario 60\\.0 h[\\s\\S]*"
                      + p.bravo().code()
                      + "[\\s\\S]*\\(scenario\\): 40\\.0 h"));
      Locator unmapped =
          page.locator("#heat-map tr")
              .filter(new Locator.FilterOptions().setHasText(p.unknownRole() + " (not in"));
      assertThat(unmapped.locator("td").first()).hasClass(Pattern.compile("heat--over"));
      row.scrollIntoViewIfNeeded();
      shot(page, "resources-capacity-what-if");
    }
  }

  @Autowired PlanningApi planning;

  @Test
  void a_resource_manager_levels_a_clash_between_two_projects_and_sees_the_effect_on_both() {
    UserSummary rm = person(Role.RESOURCE_MANAGER, "Rosa Martinez");
    UserSummary pmo = person(Role.PMO, "Petra Olsen");
    UserSummary omar = person(Role.MEMBER, "Omar Farouk");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Paul Novak");
    ProjectView fair =
        projects.register(
            LevelingFixtures.project("FAIR-" + unique(), manager.id(), Priority.HIGH, false),
            current(pmo));
    ProjectView door =
        projects.register(
            LevelingFixtures.project("DOOR-" + unique(), manager.id(), Priority.MEDIUM, false),
            current(pmo));
    planning.replacePlan(fair.id(), LevelingFixtures.plan(omar.id()), 0, current(pmo));
    planning.replacePlan(door.id(), LevelingFixtures.plan(omar.id()), 0, current(pmo));
    List<String> ours = List.of(fair.code(), door.code());

    {
      Page page = window(1400, 1000);
      signInTo(page, rm, "/resources");
      page.getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Leveling across projects").setExact(true))
          .click();
      assertThat(
              page.getByRole(
                  AriaRole.HEADING,
                  new Page.GetByRoleOptions().setName("Leveling across projects")))
          .isVisible();
      // Projects of other tests may share people too: level only these two.
      // (One script for all the rows: a step per row cost a round trip each.)
      page.evaluate(
          "ours => document.querySelectorAll('#leveling-projects tbody tr').forEach(row => {"
              + " if (!ours.includes(row.dataset.project)) {"
              + " const box = row.querySelector('input[name=include]'); if (box.checked) box.click(); } })",
          ours);
      page.getByLabel("Period from").fill("2031-03-10");
      page.getByLabel("to (empty: open)").fill("2031-03-01");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
      assertThat(page.locator("#to-error")).hasText("The period cannot end before it starts.");
      assertThat(page.locator("#leveling-preview")).hasCount(0);

      page.getByLabel("Period from").fill("2031-03-03");
      page.getByLabel("to (empty: open)").fill("");
      page.getByLabel("Longest delay of " + door.code() + " in working days").fill("10");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
      assertThat(page.locator("#clashes-before tbody tr")).hasCount(1);
      assertThat(page.locator("#clashes-before")).containsText("Omar Farouk");
      assertThat(page.locator("#effect-" + fair.code())).containsText("(unchanged)");
      Locator effect = page.locator("#effect-" + door.code());
      assertThat(effect).containsText("(+5.0 working days)");
      assertThat(effect).containsText("Milestones that slip: Done +5.0 d");
      assertThat(effect.locator("tbody tr")).hasCount(2);
      page.locator("#leveling-preview").scrollIntoViewIfNeeded();
      shot(page, "resources-leveling");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply to the plans"))
          .click();
      assertThat(page.locator(".flash--success"))
          .containsText("Leveling applied to " + door.code());
    }
    TaskView build =
        planning.allTasks(door.id(), null, current(pmo)).stream()
            .filter(t -> t.name().equals("Build"))
            .findFirst()
            .orElseThrow();
    org.assertj.core.api.Assertions.assertThat(build.start())
        .isEqualTo(LevelingFixtures.START.plusDays(7));
  }
}

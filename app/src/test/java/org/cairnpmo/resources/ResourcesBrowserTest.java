package org.cairnpmo.resources;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pool and the RACI pages in a real headless Chromium: a resource manager finds a person by
 * skill and gives them a rate (a rate without a date is refused on the form), a team member sees
 * the pool without rates, a project manager builds a RACI whose second Accountable is refused, and
 * a resource manager staffs a project's open requests in one optimized run. Screenshots go to
 * {@code target/screenshots/resources-*.png}.
 */
class ResourcesBrowserTest extends BrowserTest {

  @Autowired PoolService pool;
  @Autowired CatalogService catalog;
  @Autowired ProjectsApi projects;
  @Autowired RequestService requests;

  @Test
  void a_resource_manager_finds_a_person_by_skill_and_adds_a_rate() {
    UserSummary rm = person(Role.RESOURCE_MANAGER, "Rosa Martinez");
    UserSummary member = person(Role.MEMBER, "Tom Weber");
    String skill = "Fortran" + unique();
    PersonView ada =
        pool.create(
            new PersonData(
                null,
                "Ada " + unique(),
                null,
                null,
                null,
                new BigDecimal("40"),
                80,
                null,
                null,
                null,
                List.of(new SkillLevel(skill, 4)),
                null,
                null),
            current(rm));

    {
      Page page = window();
      signIn(page, rm);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resources").setExact(true))
          .click();
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Resource pool")))
          .isVisible();
      page.getByLabel("Skill").fill(skill);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
      assertThat(page.locator("#pool-table tbody tr")).hasCount(1);
      assertThat(page.locator("#pool-table")).containsText("32.0");
      shot(page, "resources-pool");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ada.name())).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ada.name())))
          .isVisible();

      page.getByLabel("Rate per hour", new Page.GetByLabelOptions().setExact(true)).fill("85.50");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add rate")).click();
      assertThat(page.locator("#from-error")).containsText("a rate needs a date");

      page.getByLabel("New rate from").fill(LocalDate.now().minusDays(1).toString());
      page.getByLabel("Rate per hour", new Page.GetByLabelOptions().setExact(true)).fill("85.50");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add rate")).click();
      assertThat(page.locator("#current-rate")).hasText("85.50");
      assertThat(page.locator("#rate-history tbody tr")).hasCount(1);
      shot(page, "resources-person");
    }

    {
      Page page = window();
      signInTo(page, member, "/resources?skill=" + skill);
      assertThat(page.locator("#pool-table")).containsText(ada.name());
      assertThat(page.locator("#pool-table")).not().containsText("Rate / hour");
      page.navigate(url("/resources/people/" + ada.id()));
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cost rate per hour")))
          .hasCount(0);
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")))
          .hasCount(0);
    }
  }

  @Test
  void a_project_manager_reads_the_notice_of_a_proposed_person_and_marks_it_read() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary rm = person(Role.RESOURCE_MANAGER, "Rosa Martinez");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    String adaName = "Ada " + unique();
    long ada =
        pool.create(
                new PersonData(
                    null, adaName, null, null, null, null, null, null, null, null, null, null,
                    null),
                current(rm))
            .id();
    String code = "NOTE-" + unique();
    ProjectView project =
        projects.register(
            new ProjectData(
                code,
                "Ledger migration " + code,
                null,
                null,
                null,
                manager.id(),
                ProjectCategory.OPERATIONAL,
                Priority.HIGH,
                ProjectStatus.ACTIVE,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                null,
                null,
                false,
                List.of(),
                null),
            current(pmo));
    long id =
        requests
            .create(
                project.id(),
                new RequestData(
                    null,
                    ada,
                    List.of(),
                    new BigDecimal("16"),
                    LocalDate.of(2027, 3, 1),
                    LocalDate.of(2027, 5, 31),
                    Priority.HIGH,
                    null),
                current(manager))
            .id();
    requests.propose(project.id(), id, ada, 0, current(rm));
    String subject = code + " · request " + id + ": " + adaName + " proposed";

    {
      Page page = window();
      signIn(page, manager);
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notices")))
          .isVisible();
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject)))
          .isVisible();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All notices")).click();
      assertThat(page.locator(".notices li").first()).containsText(subject);
      assertThat(page.locator(".notices li").first()).containsText("Accept or decline.");
      shot(page, "resources-notices");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all read")).click();
      assertThat(page.locator(".flash")).containsText("1 notice marked read.");
      assertThat(
              page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all read")))
          .hasCount(0);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject)).click();
      assertThat(page).hasURL(url("/projects/" + project.id() + "/requests#request-" + id));
      page.navigate(url("/"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notices")))
          .hasCount(0);
    }
  }

  @Test
  void a_project_manager_builds_a_raci_and_a_second_accountable_is_refused() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    String adaName = "Ada " + unique();
    pool.create(
        new PersonData(
            null, adaName, null, null, null, null, null, null, null, null, null, null, null),
        current(pmo));
    String roleName = "Architect " + unique();
    catalog.createRole(new RoleData(roleName, null, null, null, null, null), current(pmo));
    String code = "RACI-" + unique();
    ProjectView project = project(code, manager, pmo);

    {
      Page page = window();
      signInTo(page, manager, "/resources/raci?q=" + code);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("RACI of " + code)).click();
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Responsibilities (RACI)")))
          .isVisible();

      page.getByLabel("Add a column").selectOption(new SelectOption().setLabel(adaName));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add column")).click();
      page.getByLabel("Add a column").selectOption(new SelectOption().setLabel(roleName));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add column")).click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add row")).click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add row")).click();
      assertThat(page.locator("#raci-table tbody tr")).hasCount(2);

      page.getByLabel("Row 1").fill("Design");
      page.getByLabel("Row 2").fill("Sign-off");
      page.locator("select[name='rows[0].cells[0]']").selectOption("A");
      page.locator("select[name='rows[0].cells[1]']").selectOption("A");
      page.locator("select[name='rows[1].cells[0]']").selectOption("I");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save RACI")).click();
      assertThat(page.locator("#raci-problems")).containsText("'Design' has 2 Accountable");
      assertThat(page.locator("#raci-problems")).containsText("exactly one Accountable");
      shot(page, "resources-raci-refused");

      page.locator("select[name='rows[0].cells[1]']").selectOption("R");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save RACI")).click();
      assertThat(page.locator(".flash--success")).containsText("Saved the RACI of " + code);
      assertThat(page.locator("#raci-flags"))
          .containsText("One row has no Responsible or no Accountable");
      assertThat(page.locator("#raci-table tbody tr").nth(1))
          .containsText("No Responsible, no Accountable");
      assertThat(page.locator("select[name='rows[0].cells[0]']")).hasValue("A");
      shot(page, "resources-raci");
    }
  }

  @Test
  void a_resource_manager_staffs_open_requests_in_one_optimized_run() {
    UserSummary rm = person(Role.RESOURCE_MANAGER, "Rosa Martinez");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    String skill = "Cobol" + unique();
    long role =
        catalog
            .createRole(
                new RoleData("Mainframe developer " + unique(), null, null, null, null, null),
                current(rm))
            .id();
    String[] names = {"Ada Byron", "Grace Hopper", "Jean Sammet"};
    int[] levels = {5, 4, 3};
    int[] partTime = {100, 100, 50};
    for (int i = 0; i < names.length; i++) {
      pool.create(
          new PersonData(
              null,
              names[i] + " " + unique(),
              null,
              null,
              role,
              new BigDecimal("40"),
              partTime[i],
              null,
              null,
              null,
              List.of(new SkillLevel(skill, levels[i])),
              null,
              null),
          current(rm));
    }
    String code = "STAFF-" + unique();
    ProjectView project = project(code, manager, person(Role.PMO, "Paula Moreno"));
    LocalDate monday = LocalDate.of(2028, 5, 1);
    // Hours and level of the skill; the last asks for a skill nobody has. Four fit in the 100
    // hours a week of the three, the four of high priority.
    int[][] asks = {{24, 3}, {32, 4}, {16, 3}, {20, 3}, {16, 5}, {8, 0}};
    List<Long> ids = new java.util.ArrayList<>();
    for (int[] ask : asks) {
      RequestView created =
          requests.create(
              project.id(),
              new RequestData(
                  role,
                  null,
                  List.of(
                      ask[1] == 0 ? new SkillLevel("Assembler", 2) : new SkillLevel(skill, ask[1])),
                  BigDecimal.valueOf(ask[0]),
                  monday,
                  monday.plusWeeks(8).minusDays(1),
                  ask[1] == 5 ? Priority.LOW : Priority.HIGH,
                  null),
              current(manager));
      ids.add(created.id());
    }

    {
      Page page = window(1280, 1000);
      signInTo(page, rm, "/resources/requests/" + ids.get(1) + "/suggestions");
      assertThat(page.locator("#suggestions tbody tr")).hasCount(2);
      assertThat(page.locator("#suggestions tbody tr").first()).containsText("Ada Byron");
      shot(page, "resources-staffing-suggestions");

      page.navigate(url("/resources/staffing?projectId=" + project.id()));
      assertThat(page.locator("#staffing-count")).hasText("6 open requests waiting for a person");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose people"))
          .click();
      assertThat(page.locator("#proposal")).isVisible();
      assertThat(page.locator("#assignments tbody tr")).hasCount(4);
      assertThat(page.locator("#unstaffed tbody tr")).hasCount(2);
      assertThat(page.locator("#proposal-staffed")).hasText("4 of 6");
      assertThat(page.locator("#unstaffed")).containsText("no one");
      shot(page, "resources-staffing-proposal");

      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply the assignments kept"))
          .click();
      assertThat(page.locator(".flash--success")).containsText("Proposed 4 people");
      assertThat(page.locator("#staffing-count")).hasText("2 open requests waiting for a person");
    }
  }

  private ProjectView project(String code, UserSummary manager, UserSummary author) {
    return projects.register(
        new ProjectData(
            code,
            "Ledger migration " + code,
            null,
            null,
            null,
            manager.id(),
            ProjectCategory.OPERATIONAL,
            Priority.HIGH,
            ProjectStatus.ACTIVE,
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2028, 12, 31),
            null,
            null,
            false,
            List.of(new ProjectData.Member(manager.id(), MembershipRole.TEAM_MEMBER)),
            null),
        current(author));
  }
}

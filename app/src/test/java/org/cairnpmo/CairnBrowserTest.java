package org.cairnpmo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.projects.MembershipRole;
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
 * The web pages in a real headless Chromium against the running application: sign in, register a
 * project, edit it, see a validation message, see the 403 page. Screenshots go to {@code
 * target/screenshots/} so a person can look at what the browser saw.
 *
 * <p>All browser tests live in this class so that they share one running application.
 */
class CairnBrowserTest extends BrowserTest {

  @Autowired OrganizationApi organization;
  @Autowired ProjectsApi projects;
  @Autowired org.cairnpmo.identity.domain.ApiTokenService tokens;

  // ---------------------------------------------------------------- scenarios

  @Test
  void
      an_api_client_reads_the_api_description_with_basic_or_a_token_and_never_gets_the_sign_in_page() {
    UserSummary client = person(Role.MEMBER);
    String basic =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(
                    (client.username() + ":" + PASSWORD)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String token = tokens.issue(client.id(), "api docs", null).secret();
    try (BrowserContext context = context()) {
      for (String authorization : List.of(basic, "Bearer " + token)) {
        var answer =
            context
                .request()
                .get(
                    url("/v3/api-docs"),
                    com.microsoft.playwright.options.RequestOptions.create()
                        .setHeader("Authorization", authorization)
                        .setMaxRedirects(0)
                        // The first request builds the whole API description: slow on a busy
                        // machine.
                        .setTimeout(120_000));
        assertThat(answer.status()).as(authorization.split(" ")[0]).isEqualTo(200);
        assertThat(answer.headers().get("content-type")).contains("application/json");
        assertThat(answer.text()).contains("\"title\":\"Cairn API\"");
      }
      var refused =
          context
              .request()
              .get(
                  url("/v3/api-docs"),
                  com.microsoft.playwright.options.RequestOptions.create()
                      .setHeader("Authorization", "Bearer not-a-token")
                      .setMaxRedirects(0));
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.headers().get("content-type")).contains("application/problem+json");
    }
  }

  @Test
  void a_form_that_fails_keeps_the_token_out_of_the_address() {
    UserSummary manager = person(Role.PROJECT_MANAGER);
    {
      Page page = window(1280, 900);
      signInTo(page, manager, "/projects/new");
      // Submitted empty, past the browser's own checks: the server answers with the form again.
      page.evaluate(
          "document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
      page.locator("button[name=save]").click();
      assertThat(page.locator(".field__error, [role=alert]").first()).isVisible();
      shot(page, "failed-form-no-token");
      assertThat(page.url()).doesNotContain("_csrf");
      for (Locator form : page.locator("form").all()) {
        String action = form.getAttribute("action");
        assertThat(action == null ? "" : action).doesNotContain("_csrf");
      }
    }
  }

  @Test
  void a_wrong_password_is_explained_on_the_sign_in_page() {
    UserSummary someone = person(Role.MEMBER);
    {
      Page page = window(1280, 800);
      page.navigate(url("/login"));
      shot(page, "01-login");
      page.getByLabel("Username").fill(someone.username());
      page.getByLabel("Password").fill("certainly-wrong");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong username or password");
      shot(page, "02-login-error");
    }
  }

  @Test
  void a_project_manager_registers_edits_and_sees_validation() {
    DepartmentSummary department = department();
    UserSummary manager = person(Role.PROJECT_MANAGER);
    UserSummary teammate = person(Role.MEMBER);
    String code = "BRW-" + unique();

    {
      Page page = window(1280, 900);
      signIn(page, manager);
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .containsText("Hello, " + manager.displayName());
      shot(page, "03-home-empty");

      // Register a project, adding a team member on the way.
      page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Projects"))
          .click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New project"))
          .first()
          .click();
      assertThat(page).hasURL(Pattern.compile(".*/projects/new$"));
      page.getByLabel("Code").fill(code);
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
          .fill("Customer portal relaunch");
      page.getByLabel("Description").fill("Rebuild the customer portal on the new platform.");
      page.getByLabel("Department").selectOption(new SelectOption().setLabel(department.name()));
      page.getByLabel("Priority").selectOption("HIGH");
      page.getByLabel("Planned start").fill("2027-03-01");
      page.getByLabel("Planned finish").fill("2027-11-30");
      page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Budget"))
          .fill("480000");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
      Locator person1 = page.getByLabel("Person 1", new Page.GetByLabelOptions().setExact(true));
      assertThat(person1).isVisible();
      assertThat(person1).isFocused();
      person1.selectOption(new SelectOption().setLabel(teammate.displayName()));
      // A second, empty row can be removed again.
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
      assertThat(page.locator(".row-item")).hasCount(2);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove person 2"))
          .click();
      assertThat(page.locator(".row-item")).hasCount(1);
      assertThat(person1).hasValue(String.valueOf(teammate.id()));
      // The rest of the form survived the added row.
      assertThat(page.getByLabel("Code")).hasValue(code);
      shot(page, "04-new-project-form");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register project"))
          .click();

      assertThat(page).hasURL(Pattern.compile(".*/projects/\\d+$"));
      assertThat(
              page.getByRole(AriaRole.STATUS)
                  .filter(new Locator.FilterOptions().setHasText("registered")))
          .containsText("Project " + code + " registered.");
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Customer portal relaunch");
      assertThat(page.locator(".people")).containsText(teammate.displayName());
      assertThat(page.locator(".people")).containsText("Team member");
      shot(page, "05-project-detail");

      // Edit: a finish before the start is refused, next to the field.
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit project")).click();
      page.getByLabel("Planned finish").fill("2027-01-15");
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
          .fill("Customer portal 2.0");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
      assertThat(page.locator("#plannedFinish-error"))
          .hasText("The planned finish cannot be before the planned start.");
      assertThat(page.getByLabel("Planned finish")).hasAttribute("aria-invalid", "true");
      assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
          .hasValue("Customer portal 2.0");
      shot(page, "06-edit-validation");

      // Fix it, start the project, save.
      page.getByLabel("Planned finish").fill("2027-12-15");
      page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("ACTIVE");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
      assertThat(
              page.getByRole(AriaRole.STATUS)
                  .filter(new Locator.FilterOptions().setHasText("saved")))
          .containsText("Project " + code + " saved.");
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Customer portal 2.0");
      Locator history = page.locator("#history");
      assertThat(history).containsText("Customer portal relaunch");
      assertThat(history).containsText("Customer portal 2.0");
      assertThat(history).containsText("Active");
      assertThat(history).containsText(manager.username());
      shot(page, "07-after-edit-history");

      // The home page now lists it.
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home").setExact(true))
          .click();
      assertThat(page.locator("#my-projects-title").locator("xpath=ancestor::section"))
          .containsText("Customer portal 2.0");
      shot(page, "08-home-with-project");
    }
  }

  @Test
  void a_team_member_sees_the_403_page_on_an_edit_url() {
    UserSummary manager = person(Role.PROJECT_MANAGER);
    UserSummary member = person(Role.MEMBER);
    ProjectView project =
        projects.register(
            data(
                "M" + unique(),
                manager.id(),
                false,
                List.of(new ProjectData.Member(member.id(), MembershipRole.TEAM_MEMBER))),
            pmo());

    {
      Page page = window(1280, 800);
      signInTo(page, member, "/projects/" + project.id());
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit project")))
          .hasCount(0);
      com.microsoft.playwright.Response response =
          page.navigate(url("/projects/" + project.id() + "/edit"));
      assertThat(response.status()).isEqualTo(403);
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("You can't do this here");
      assertThat(page.locator(".app-header")).containsText(member.displayName());
      shot(page, "09-forbidden");

      response = page.navigate(url("/projects/999999999"));
      assertThat(response.status()).isEqualTo(404);
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("We couldn't find that");
      shot(page, "10-not-found");
    }
  }

  @Test
  void the_register_filters_in_place_and_works_on_a_phone() {
    DepartmentSummary department = department();
    UserSummary pmo = person(Role.PMO);
    String prefix = "LST" + unique();
    String[] names = {"Data platform", "Payroll upgrade", "Field service app", "Office move"};
    for (int i = 0; i < names.length; i++) {
      ProjectData d = data(prefix + "-" + i, null, i == 3, List.of());
      projects.register(
          new ProjectData(
              d.code(),
              names[i],
              null,
              department.id(),
              null,
              null,
              ProjectCategory.values()[i],
              Priority.values()[i],
              i % 2 == 0 ? ProjectStatus.ACTIVE : ProjectStatus.PROPOSED,
              d.plannedStart().plusMonths(i),
              d.plannedFinish().plusMonths(i),
              d.budgetAmount(),
              d.budgetCurrency(),
              i == 3,
              List.of(),
              null),
          current(pmo));
    }

    {
      Page page = window(1280, 900);
      signInTo(page, pmo, "/projects?department=" + department.id());
      assertThat(page.locator("#results tbody tr")).hasCount(4);
      shot(page, "11-register");

      page.getByRole(
              AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search").setExact(true))
          .fill(prefix + "-1");
      assertThat(page.locator("#results tbody tr")).hasCount(1);
      assertThat(page.locator("#results")).containsText("Payroll upgrade");
      assertThat(page).hasURL(Pattern.compile(".*q=" + prefix + "-1.*"));

      page.getByRole(
              AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search").setExact(true))
          .fill("");
      assertThat(page.locator("#results tbody tr")).hasCount(4);
      page.locator("label.chip").filter(new Locator.FilterOptions().setHasText("Active")).click();
      assertThat(page.locator("#results tbody tr")).hasCount(2);
      assertThat(page).hasURL(Pattern.compile(".*status=ACTIVE.*"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Project").setExact(true))
          .click();
      assertThat(page.locator("th[aria-sort=ascending]")).containsText("Project");
      // The download takes the filters and the sort changed in place, not those of the first load.
      Locator csv = page.locator("#projects-csv");
      assertThat(csv).hasAttribute("href", Pattern.compile("/projects\\.csv\\?.*status=ACTIVE.*"));
      assertThat(csv)
          .hasAttribute("href", Pattern.compile(".*department=" + department.id() + ".*"));
      assertThat(csv).hasAttribute("href", Pattern.compile(".*sort=.*"));
      String csvBody =
          page.context()
              .request()
              .get(
                  csv.getAttribute("href").startsWith("http")
                      ? csv.getAttribute("href")
                      : url(csv.getAttribute("href")))
              .text();
      org.assertj.core.api.Assertions.assertThat(csvBody)
          .contains("Data platform")
          .contains("Field service app")
          .doesNotContain("Payroll upgrade");
      assertThat(page.locator("#results tbody tr").first()).containsText("Data platform");
      shot(page, "12-register-filtered");
    }

    DepartmentSummary big = department();
    for (int i = 10; i < 38; i++) {
      ProjectData d = data(prefix + "-P" + i, null, false, List.of());
      projects.register(
          new ProjectData(
              d.code(),
              "Initiative " + i,
              null,
              big.id(),
              null,
              null,
              d.category(),
              Priority.values()[i % 4],
              ProjectStatus.values()[i % 2],
              d.plannedStart(),
              d.plannedFinish(),
              d.budgetAmount(),
              d.budgetCurrency(),
              false,
              List.of(),
              null),
          current(pmo));
    }
    {
      // The same person, still signed in.
      Page page = window(1280, 900);
      page.navigate(url("/projects?department=" + big.id() + "&sort=code"));
      assertThat(page.locator("#results tbody tr")).hasCount(25);
      assertThat(page.locator(".results-count")).containsText("Showing 1–25 of 28");
      shot(page, "16-register-paged");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page")).click();
      assertThat(page.locator(".results-count")).containsText("Showing 26–28 of 28");
      assertThat(page.locator("#results tbody tr")).hasCount(3);
      assertThat(page).hasURL(Pattern.compile(".*page=1.*"));
      // Sorted by code, the second page starts with the 26th project.
      assertThat(page.locator("#results tbody tr").first()).containsText("Initiative 35");
    }

    {
      Page page = window(1100, 800);
      page.navigate(url("/projects?department=" + department.id()));
      assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main")))
          .isVisible();
      shot(page, "17-tablet-register");
    }

    {
      Page page = window(390, 844);
      page.navigate(url("/projects?department=" + department.id()));
      Locator nav =
          page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
      assertThat(nav).isHidden();
      shot(page, "13-phone-register");
      page.locator(".nav-toggle__button").click();
      assertThat(nav).isVisible();
      shot(page, "14-phone-menu");
      page.locator(".nav-toggle__button").click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Data platform")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Data platform");
      shot(page, "15-phone-detail");
    }
  }

  // ---------------------------------------------------------------- helpers

  private UserSummary person(Role role) {
    String name = "b" + unique().toLowerCase();
    String display =
        switch (role) {
          case PROJECT_MANAGER -> "Priya Raman " + name.substring(1).toUpperCase();
          case PMO -> "Jonas Weber " + name.substring(1).toUpperCase();
          default -> "Sam Okafor " + name.substring(1).toUpperCase();
        };
    return identity.createUser(
        new NewUser(
            name, display, name + "@example.org", null, null, EnumSet.of(role), PASSWORD, false));
  }

  private DepartmentSummary department() {
    String code = "B" + unique();
    return organization.createDepartment(
        new DepartmentForm(code, "Customer Services " + code, null, true, null));
  }

  private CurrentUser pmo() {
    return current(person(Role.PMO));
  }

  private static ProjectData data(
      String code, Long managerId, boolean confidential, List<ProjectData.Member> members) {
    return new ProjectData(
        code,
        "Project " + code,
        null,
        null,
        null,
        managerId,
        ProjectCategory.OPERATIONAL,
        Priority.MEDIUM,
        ProjectStatus.PROPOSED,
        java.time.LocalDate.of(2027, 1, 1),
        java.time.LocalDate.of(2027, 12, 31),
        new java.math.BigDecimal("100000.00"),
        "EUR",
        confidential,
        members,
        null);
  }
}

package org.cairnpmo.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.ApiTokenService;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real headless Chromium: an administrator creates a person, who signs in with the one-time
 * password, must choose their own, and then creates a personal access token that is shown once.
 */
class AdminBrowserTest extends BrowserTest {

  @Autowired UserAccountService accounts;
  @Autowired ApiTokenService tokens;

  @Test
  void an_admin_creates_a_person_who_signs_in_changes_the_password_and_creates_a_token()
      throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
    String adminName = "badmin" + suffix;
    UserSummary admin =
        identity.createUser(
            new NewUser(
                adminName,
                "Bea Admin",
                null,
                "IT operations",
                null,
                EnumSet.of(Role.ADMIN),
                PASSWORD,
                false));
    String newName = "nora" + suffix;

    // The administrator creates Nora without a password: Cairn generates a one-time one.
    String oneTime;
    {
      Page page = window();
      signInTo(page, admin, "/admin/users");
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Users")))
          .isVisible();
      shot(page, "admin-01-users");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New user"))
          .first()
          .click();
      page.getByLabel("Username").fill(newName);
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Nora Newcomer");
      page.getByLabel("E-mail").fill(newName + "@example.org");
      page.getByLabel("Job title").fill("Project analyst");
      page.getByLabel("Project manager").check();
      shot(page, "admin-02-new-user");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();

      assertThat(page.locator("h1")).containsText("Nora Newcomer can now sign in");
      oneTime = page.locator("#one-time-password").textContent().trim();
      assertThat(oneTime).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
      shot(page, "admin-03-one-time-password");
    }

    // Nora signs in with it and is sent to choose her own password before anything else.
    {
      Page page = window();
      signIn(page, newName, oneTime);
      page.waitForURL(Pattern.compile(".*/profile/password$"));
      assertThat(page.locator("h1")).hasText("Choose your own password");
      page.navigate(url("/profile"));
      page.waitForURL(Pattern.compile(".*/profile/password$"));
      shot(page, "admin-04-forced-password-change");

      page.getByLabel("One-time password").fill(oneTime);
      page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
          .fill("nora's own secret words");
      page.getByLabel("Repeat the new password").fill("nora's own secret words");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
          .click();
      page.waitForURL(url("/"));
      assertThat(page.locator(".flash--success")).containsText("Your password has been changed");
      shot(page, "admin-05-home-after-change");

      // Now the profile opens, and Nora creates a token that is shown exactly once.
      page.navigate(url("/profile"));
      assertThat(page.locator("h1")).hasText("Nora Newcomer");
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Reporting script");
      page.getByLabel("Valid for").fill("30");
      shot(page, "admin-06-profile");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();

      assertThat(page.getByRole(AriaRole.ALERT)).containsText("will not be shown again");
      String secret = page.locator("#token-secret").inputValue();
      assertThat(secret).startsWith("cairn_");
      assertThat(tokens.authenticate(secret))
          .hasValueSatisfying(u -> assertThat(u.getUsername()).isEqualTo(newName));
      shot(page, "admin-07-token-created");

      page.getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions().setName(Pattern.compile("back to my profile")))
          .click();
      assertThat(
              page.getByRole(
                  AriaRole.BUTTON,
                  new Page.GetByRoleOptions().setName("Revoke token Reporting script")))
          .isVisible();
      assertThat(page.content()).doesNotContain(secret);
      shot(page, "admin-08-profile-with-token");
    }
  }

  @Test
  void an_admin_keeps_departments_and_people_up_to_date() throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
    String adminName = "dadmin" + suffix;
    UserSummary admin =
        identity.createUser(
            new NewUser(
                adminName,
                "Dora Admin",
                null,
                null,
                null,
                EnumSet.of(Role.ADMIN),
                PASSWORD,
                false));
    var person =
        identity.createUser(
            new NewUser(
                "pat" + suffix,
                "Pat Person",
                "pat" + suffix + "@example.org",
                "Planner",
                null,
                EnumSet.of(Role.MEMBER),
                "pats-password-1",
                false));
    for (int i = 0; i < 5; i++) {
      accounts.recordFailedLogin(person.username());
    }

    {
      Page page = window();
      signInTo(page, admin, "/admin/departments/new");

      // A department: the form explains what is wrong, then creates it.
      page.getByLabel("Code").fill("no spaces!");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create department"))
          .click();
      assertThat(page.locator("#code-error")).containsText("Use 2 to 20 letters");
      assertThat(page.locator("#name-error")).containsText("Enter the department's name");
      shot(page, "departments-01-validation");
      String code = "Q" + suffix.toUpperCase();
      page.getByLabel("Code").fill(code);
      page.getByLabel("Name").fill("Quality " + suffix);
      page.getByLabel("Description").fill("Keeps the promises we make to customers.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create department"))
          .click();
      assertThat(page.locator(".flash--success")).containsText("Quality " + suffix);
      shot(page, "departments-02-list");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quality " + suffix))
          .click();
      page.getByLabel("Active").uncheck();
      shot(page, "departments-03-edit");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
      assertThat(page.locator(".flash--success")).containsText("Saved the changes");

      // A locked-out person: the admin sees it and unlocks them.
      page.navigate(url("/admin/users?q=" + person.username()));
      assertThat(page.locator("tbody")).containsText("Locked until");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pat Person")).click();
      shot(page, "users-01-edit-locked");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock")).click();
      assertThat(page.locator(".flash--success")).containsText("unlocked");

      // Administrators cannot disable themselves.
      page.navigate(url("/admin/users?q=" + adminName));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dora Admin")).click();
      page.getByLabel("Account enabled").uncheck();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
      assertThat(page.locator("#enabled-error")).containsText("cannot disable your own account");
      shot(page, "users-02-cannot-disable-self");
    }

    // The list on a phone.
    {
      Page page = window(390, 844);
      page.navigate(url("/admin/users"));
      shot(page, "users-03-list-phone");
    }
    assertThat(accounts.principal(person.id()).isAccountNonLocked()).isTrue();
  }
}

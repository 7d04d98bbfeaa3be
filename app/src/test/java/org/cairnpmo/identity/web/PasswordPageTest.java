package org.cairnpmo.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.identity.web.PageSessions.as;
import static org.cairnpmo.identity.web.PageSessions.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordPageTest extends IntegrationTest {

  private static final String NEW_PASSWORD = "a much better password";

  @Autowired UserAccountService accounts;
  @Autowired PasswordEncoder passwordEncoder;

  @Test
  void i_change_my_password_with_my_current_one() throws Exception {
    var me = user(Role.MEMBER);

    mvc.perform(get("/profile/password").with(as(accounts, me.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Change your password")));
    mvc.perform(
            post("/profile/password")
                .with(as(accounts, me.id()))
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("newPassword", NEW_PASSWORD)
                .param("repeatPassword", NEW_PASSWORD))
        .andExpect(redirectedUrl("/"))
        .andExpect(flash().attribute("flash", "Your password has been changed."));

    assertThat(passwordEncoder.matches(NEW_PASSWORD, accounts.find(me.id()).getPasswordHash()))
        .isTrue();
  }

  @Test
  void a_wrong_current_password_a_short_one_and_a_mismatch_are_shown_at_their_fields()
      throws Exception {
    var me = user(Role.MEMBER);
    String hashBefore = accounts.find(me.id()).getPasswordHash();

    mvc.perform(
            post("/profile/password")
                .with(as(accounts, me.id()))
                .with(csrf())
                .param("currentPassword", "not my password")
                .param("newPassword", "short")
                .param("repeatPassword", "short"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("This is not your current password.")))
        .andExpect(content().string(containsString("Use at least 10 characters.")))
        .andExpect(content().string(containsString("id=\"currentPassword-error\"")))
        .andExpect(content().string(not(containsString("not my password"))));
    mvc.perform(
            post("/profile/password")
                .with(as(accounts, me.id()))
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("newPassword", NEW_PASSWORD)
                .param("repeatPassword", NEW_PASSWORD + "!"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The two new passwords do not match.")));
    mvc.perform(
            post("/profile/password")
                .with(as(accounts, me.id()))
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("newPassword", PASSWORD)
                .param("repeatPassword", PASSWORD))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("different from the old one")));

    assertThat(accounts.find(me.id()).getPasswordHash()).isEqualTo(hashBefore);
  }

  @Test
  void a_one_time_password_must_be_replaced_before_anything_else() throws Exception {
    String username = "fresh" + unique().toLowerCase();
    UserSummary fresh =
        identity.createUser(
            new NewUser(
                username,
                "Fresh Starter",
                null,
                null,
                null,
                Set.of(Role.MEMBER),
                "one-time-secret-1",
                true));

    var browser = signIn(mvc, username, "one-time-secret-1");
    assertThat(browser.redirectedTo()).isEqualTo("/");
    mvc.perform(get("/profile").with(browser)).andExpect(redirectedUrl("/profile/password"));
    mvc.perform(get("/projects").with(browser)).andExpect(redirectedUrl("/profile/password"));
    mvc.perform(get("/profile/password").with(browser))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Choose your own password")));

    mvc.perform(
            post("/profile/password")
                .with(browser)
                .with(csrf())
                .param("currentPassword", "one-time-secret-1")
                .param("newPassword", NEW_PASSWORD)
                .param("repeatPassword", NEW_PASSWORD))
        .andExpect(redirectedUrl("/"));

    mvc.perform(get("/profile").with(browser))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Fresh Starter")));
    assertThat(accounts.find(fresh.id()).isMustChangePassword()).isFalse();
  }

  @Test
  void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
    var me = user(Role.MEMBER);

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(signIn(mvc, me.username(), "wrong password " + attempt).redirectedTo())
          .isEqualTo("/login?error");
    }
    assertThat(signIn(mvc, me.username(), "wrong password 6").redirectedTo())
        .isEqualTo("/login?locked");
    assertThat(signIn(mvc, me.username(), PASSWORD).redirectedTo()).isEqualTo("/login?locked");

    accounts.unlock(me.id());
    assertThat(signIn(mvc, me.username(), PASSWORD).redirectedTo()).isEqualTo("/");
  }
}

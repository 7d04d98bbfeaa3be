package org.cairnpmo.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cairnpmo.identity.domain.IdentityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.ui.ExtendedModelMap;

/**
 * With password sign-in off the sign-in page hides the form behind "Administrator sign-in", and
 * shows it again for an administrator who asks ({@code /login?local}) or whose attempt failed. The
 * shared test application keeps password sign-in on, so the page's controller is checked alone.
 */
class LoginFormSwitchTest {

  @Test
  void with_password_sign_in_off_the_form_is_only_shown_when_asked_for() {
    LoginController page = new LoginController(noProviders(), properties(false));
    assertThat(showsForm(page, null, null)).isFalse();
    assertThat(showsForm(page, "", null)).isTrue();
    assertThat(showsForm(page, null, "")).isTrue();
  }

  @Test
  void with_password_sign_in_on_the_form_is_always_there() {
    assertThat(showsForm(new LoginController(noProviders(), properties(true)), null, null))
        .isTrue();
  }

  @Test
  void without_a_configured_provider_no_single_sign_on_is_offered() {
    SsoProviders none = noProviders();
    assertThat(none.configured()).isFalse();
    assertThat(none.providers()).isEmpty();
    assertThat(none.find("anything")).isNull();
  }

  private static boolean showsForm(LoginController page, String local, String error) {
    ExtendedModelMap model = new ExtendedModelMap();
    assertThat(page.login(error, null, null, null, null, null, local, model)).isEqualTo("login");
    return (Boolean) model.getAttribute("showForm");
  }

  private static SsoProviders noProviders() {
    return new SsoProviders(new MockEnvironment());
  }

  private static IdentityProperties properties(boolean localLogin) {
    return new IdentityProperties(
        new IdentityProperties.Admin(""),
        new IdentityProperties.Security(5, Duration.ofMinutes(15), 4, 50, Duration.ofMinutes(15)),
        new IdentityProperties.Identity(localLogin),
        new IdentityProperties.Sso("preferred_username"));
  }
}

package org.cairnpmo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * {@code cairn.identity.local-login=false}: password sign-in is refused to everyone but
 * administrators, who keep it as the way in when the provider fails. (The shared test application
 * keeps password sign-in on, so the switch is checked here on the service itself.)
 */
class PasswordSignInSwitchTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void with_password_sign_in_off_only_administrators_may_use_a_password() {
    UserAccountService off = service(false, person("ada", Role.ADMIN), person("max", Role.PMO));
    assertThat(off.loadUserByUsername("ada").isEnabled()).isTrue();
    UserDetails member = off.loadUserByUsername("max");
    assertThat(member.isEnabled()).isFalse();
    assertThat(member.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PMO");
  }

  @Test
  void with_password_sign_in_on_everyone_with_a_password_may_use_it() {
    UserAccountService on = service(true, person("max", Role.PMO));
    assertThat(on.loadUserByUsername("max").isEnabled()).isTrue();
  }

  private static User person(String username, Role role) {
    User user =
        new User(
            username,
            new NewUser(username, username, null, null, null, Set.of(role), null, false),
            CLOCK.instant());
    user.setPassword("{noop}secret", false);
    ReflectionTestUtils.setField(user, "id", (long) username.hashCode());
    return user;
  }

  private static UserAccountService service(boolean localLogin, User... people) {
    UserRepository users = mock(UserRepository.class);
    for (User user : people) {
      when(users.findByUsernameIgnoreCase(user.getUsername())).thenReturn(Optional.of(user));
    }
    IdentityProperties properties =
        new IdentityProperties(
            new IdentityProperties.Admin(""),
            new IdentityProperties.Security(
                5, Duration.ofMinutes(15), 4, 50, Duration.ofMinutes(15)),
            new IdentityProperties.Identity(localLogin),
            new IdentityProperties.Sso("preferred_username"));
    return new UserAccountService(users, null, properties, CLOCK, null);
  }
}

package org.cairnpmo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.junit.jupiter.api.Test;

class UserLockoutTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private final User user =
      new User(
          "ann", new NewUser("ann", "Ann", null, null, null, Set.of(Role.MEMBER), null, false), T0);

  @Test
  void the_account_locks_after_the_maximum_number_of_failures_in_a_row() {
    for (int i = 0; i < 4; i++) {
      user.recordFailedLogin(5, Duration.ofMinutes(15), T0);
    }
    assertThat(user.isLockedAt(T0)).isFalse();
    user.recordFailedLogin(5, Duration.ofMinutes(15), T0);
    assertThat(user.isLockedAt(T0.plusSeconds(60))).isTrue();
  }

  @Test
  void the_lock_expires_by_itself() {
    for (int i = 0; i < 5; i++) {
      user.recordFailedLogin(5, Duration.ofMinutes(15), T0);
    }
    assertThat(user.isLockedAt(T0.plus(Duration.ofMinutes(15)).plusSeconds(1))).isFalse();
  }

  @Test
  void a_successful_sign_in_resets_the_count() {
    for (int i = 0; i < 4; i++) {
      user.recordFailedLogin(5, Duration.ofMinutes(15), T0);
    }
    user.recordSuccessfulLogin(T0);
    user.recordFailedLogin(5, Duration.ofMinutes(15), T0);
    assertThat(user.isLockedAt(T0)).isFalse();
    assertThat(user.getFailedLogins()).isEqualTo(1);
  }
}

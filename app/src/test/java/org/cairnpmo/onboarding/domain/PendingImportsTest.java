package org.cairnpmo.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploads are kept for their uploader only, for a day, and a few at a time. The tests' uploads date
 * from 2000, so that forgetting the expired ones forgets none of another test's.
 */
class PendingImportsTest extends IntegrationTest {

  @Autowired PendingImports pending;

  @Test
  void an_upload_is_found_by_its_uploader_until_it_expires_and_then_forgotten() {
    UserSummary owner = user(Role.PMO);
    Instant now = Instant.parse("2000-01-01T10:00:00Z");
    long id =
        pending.add(
            owner.id(),
            ImportKind.PROJECTS,
            "p.csv",
            "code=0\n",
            new byte[] {'c'},
            now,
            now.plus(OnboardingImports.KEPT_FOR));

    assertThat(pending.find(id, owner.id(), now.plus(Duration.ofHours(23)))).isPresent();
    assertThat(pending.find(id, owner.id() + 1, now)).isEmpty();
    assertThat(pending.find(id, owner.id(), now.plus(Duration.ofHours(24)))).isEmpty();
    assertThat(pending.deleteExpired(now.plus(Duration.ofDays(2)))).isGreaterThanOrEqualTo(1);
    assertThat(pending.find(id, owner.id(), now)).isEmpty();
  }

  @Test
  void a_person_keeps_at_most_five_uploads_and_the_oldest_goes() {
    UserSummary owner = user(Role.PMO);
    Instant now = Instant.parse("2000-01-01T10:00:00Z");
    Instant later = now.plus(Duration.ofDays(1));
    long first =
        pending.add(owner.id(), ImportKind.PROJECTS, "1.csv", "", new byte[] {1}, now, later);
    long last = first;
    for (int i = 2; i <= PendingImports.PER_PERSON + 1; i++) {
      last =
          pending.add(owner.id(), ImportKind.PROJECTS, i + ".csv", "", new byte[] {1}, now, later);
    }
    assertThat(pending.find(first, owner.id(), now)).isEmpty();
    assertThat(pending.find(first + 1, owner.id(), now)).isPresent();
    assertThat(pending.find(last, owner.id(), now)).isPresent();
  }
}

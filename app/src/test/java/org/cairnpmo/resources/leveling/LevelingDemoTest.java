package org.cairnpmo.resources.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.resources.leveling.LevelingLimits.ProjectLimit;
import org.cairnpmo.resources.leveling.LevelingService.Candidate;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo has a clash between two projects to level: the warehouse system's hypercare and the
 * retrofit's electrical installation want the network engineer at once, and the resource manager
 * levels it, the later project waiting.
 */
class LevelingDemoTest extends DemoDataTest {

  @Autowired LevelingService leveling;
  @Autowired IdentityApi identity;

  @Test
  void the_resource_manager_levels_a_clash_between_two_demo_projects() {
    UserSummary r = identity.userByUsername("rm").orElseThrow();
    CurrentUser rm = new CurrentUser(r.id(), r.username(), r.displayName(), r.roles());
    List<Candidate> candidates = leveling.candidates(rm);
    assertThat(candidates)
        .extracting(c -> c.project().name())
        .containsExactly("Warehouse management system", "Plant 1 energy efficiency retrofit");
    assertThat(candidates.get(0).sharedPeople())
        .containsExactly("Jakub Kowalski (network engineer)");

    LevelingPreview preview =
        leveling.preview(
            new LevelingLimits(
                candidates.stream().map(c -> new ProjectLimit(c.project().id(), true, 60)).toList(),
                null,
                null),
            rm);
    assertThat(preview.people()).extracting(p -> p.name()).containsExactly("Jakub Kowalski");
    assertThat(preview.clashesBefore()).isNotEmpty();
    assertThat(preview.clashesAfter().size()).isLessThan(preview.clashesBefore().size());
    assertThat(preview.projects()).hasSize(2);
    // The retrofit waits for the warehouse system; work already under way in both keeps its dates
    // and its load, which may hold back the warehouse system's own next hypercare too.
    assertThat(preview.projects().get(1).moves()).isNotEmpty();
    assertThat(preview.change().plans()).isNotEmpty();
  }
}

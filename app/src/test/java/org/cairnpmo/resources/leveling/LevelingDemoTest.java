package org.cairnpmo.resources.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.resources.leveling.LevelingLimits.ProjectLimit;
import org.cairnpmo.resources.leveling.LevelingService.Candidate;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo has a clash between two projects to level: the product development and the trade fair
 * want the same embedded software engineer at once, and leveling resolves it.
 */
class LevelingDemoTest extends DemoDataTest {

  @Autowired LevelingService leveling;
  @Autowired IdentityApi identity;
  @Autowired PlanningApi planning;
  @Autowired org.cairnpmo.projects.ProjectsApi projects;

  @Test
  void the_resource_manager_levels_a_clash_between_two_demo_projects() {
    UserSummary r = identity.userByUsername("rm").orElseThrow();
    CurrentUser rm = new CurrentUser(r.id(), r.username(), r.displayName(), r.roles());
    List<Candidate> candidates = leveling.candidates(rm);
    StringBuilder dump = new StringBuilder();
    for (var c : candidates) {
      dump.append(c.project().code()).append(' ').append(c.project().name()).append('\n');
    }
    UserSummary pm = identity.userByUsername("pmo").orElseThrow();
    CurrentUser pmo = new CurrentUser(pm.id(), pm.username(), pm.displayName(), pm.roles());
    for (var p :
        projects.search(
            new org.cairnpmo.projects.ProjectFilter(
                null,
                java.util.Set.of(org.cairnpmo.projects.ProjectStatus.ACTIVE),
                null,
                null,
                null,
                null),
            org.springframework.data.domain.PageRequest.of(0, 100),
            pmo)) {
      if (planning.findPlan(p.id(), pmo).isEmpty()) continue;
      dump.append("== ")
          .append(p.code())
          .append(' ')
          .append(p.name())
          .append(" status ")
          .append(planning.plan(p.id(), pmo).statusDate())
          .append('\n');
      for (var t : planning.allTasks(p.id(), null, pmo)) {
        if (!t.summary())
          dump.append(t.wbs())
              .append(' ')
              .append(t.name())
              .append(' ')
              .append(t.start())
              .append(' ')
              .append(t.finish())
              .append(' ')
              .append(t.percentComplete())
              .append('\n');
      }
    }
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/lev/dates.txt"), dump);
    } catch (Exception e) {
    }
    assertThat(candidates).hasSizeGreaterThanOrEqualTo(2);
    LevelingPreview preview =
        leveling.preview(
            new LevelingLimits(
                candidates.stream().map(c -> new ProjectLimit(c.project().id(), true, 60)).toList(),
                null,
                null),
            rm);
    assertThat(preview.clashesBefore()).isNotEmpty();
    assertThat(preview.clashesAfter()).isEmpty();
    assertThat(preview.projects()).anySatisfy(p -> assertThat(p.moves()).isNotEmpty());
  }
}

package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Runs another node is working on, or whose node is gone, as this node sees them: rows of the
 * shared table that this node's runner does not run. Two real nodes: {@code cluster/TwoNodesTest}.
 */
class RunsAcrossNodesTest extends SelectionFixtures {

  @Autowired SelectionRunRepository runs;
  @Autowired SelectionRunner runner;
  @Autowired Clock clock;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /**
   * The run's node last beat on it longer ago than {@link SelectionRunner#STALE}: done just before
   * the step under test, since this application's own watcher ends such runs every few seconds.
   */
  private void loseItsNode(long[] run) {
    jdbc.update(
        "update selection_run set heartbeat_at = ? where id = ?",
        java.sql.Timestamp.from(clock.instant().minus(SelectionRunner.STALE.plusSeconds(5))),
        run[1]);
  }

  /**
   * A run of a new scenario as a node records it when it queues it, its last beat at {@code at}.
   */
  private long[] runOfAnotherNode(UserSummary pmo, Duration ago) throws Exception {
    long scenario =
        create(pmo, npvScenario("Elsewhere " + unique(), four(current(pmo)).ids(), 100, List.of()))
            .get("id")
            .asLong();
    SelectionRun run =
        runs.saveAndFlush(
            SelectionRun.queue(scenario, null, 10, pmo.username(), clock.instant().minus(ago)));
    return new long[] {scenario, run.getId()};
  }

  private JsonNode cancel(UserSummary pmo, long[] run) throws Exception {
    return read(
        mvc.perform(post(API + "/" + run[0] + "/runs/" + run[1] + "/cancel").with(as(pmo)))
            .andExpect(status().isOk())
            .andReturn());
  }

  @Test
  void a_cancel_of_a_run_another_node_works_on_is_left_on_the_run_for_that_node() throws Exception {
    UserSummary pmo = user(Role.PMO);
    long[] run = runOfAnotherNode(pmo, Duration.ZERO);

    JsonNode answer = cancel(pmo, run);

    assertThat(answer.get("status").asString()).isEqualTo("QUEUED");
    assertThat(answer.get("cancelRequested").asBoolean()).isTrue();
    assertThat(runs.cancelRequestedAmong(List.of(run[1]))).containsExactly(run[1]);
    runner.endOrphans();
    assertThat(runs.findById(run[1]).orElseThrow().getStatus()).isEqualTo(RunStatus.QUEUED);
  }

  @Test
  void a_run_whose_node_is_gone_ends_cancelled_when_cancelled_and_failed_otherwise()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    long[] cancelled = runOfAnotherNode(pmo, Duration.ZERO);
    long[] abandoned = runOfAnotherNode(pmo, Duration.ZERO);

    loseItsNode(cancelled);
    assertThat(cancel(pmo, cancelled).get("status").asString()).isEqualTo("CANCELLED");
    loseItsNode(abandoned);
    runner.endOrphans();

    SelectionRun failed = runs.findById(abandoned[1]).orElseThrow();
    assertThat(failed.getStatus()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.getError()).contains("Start it again");
    assertThat(runs.findById(cancelled[1]).orElseThrow().getStatus())
        .isEqualTo(RunStatus.CANCELLED);
  }
}

package org.cairnpmo.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.domain.ProjectChangeView;
import org.cairnpmo.projects.domain.ProjectService;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Two people edit the same project from the same version at the same moment. */
class ProjectConcurrencyApiTest extends ApiTestSupport {

  @Autowired ProjectService service;

  private ExecutorService pool;

  @BeforeEach
  void startPool() {
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @RepeatedTest(3)
  void two_api_edits_from_the_same_version_one_wins_the_other_gets_409_and_nothing_is_lost()
      throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary pmo = user(Role.PMO);
    ProjectView p = project(manager, false);
    String path = "/api/v1/projects/" + p.id();
    String[] edits = {
      "{\"name\": \"Renamed by the manager\"}", "{\"description\": \"Described by the PMO\"}"
    };
    UserSummary[] editors = {manager, pmo};
    CyclicBarrier start = new CyclicBarrier(2);

    List<Future<MockHttpServletResponse>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int who = i;
      results.add(
          pool.submit(
              () -> {
                var request =
                    patch(path)
                        .with(as(editors[who]))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MERGE_PATCH)
                        .content(edits[who]);
                start.await(10, TimeUnit.SECONDS);
                return mvc.perform(request).andReturn().getResponse();
              }));
    }
    int[] statuses = new int[2];
    for (int i = 0; i < 2; i++) {
      MockHttpServletResponse response = results.get(i).get(60, TimeUnit.SECONDS);
      statuses[i] = response.getStatus();
      if (statuses[i] == 409) {
        assertThat(response.getContentType()).startsWith(PROBLEM.toString());
        assertThat(response.getContentAsString()).contains("stale-version");
      }
    }
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    int winner = statuses[0] == 200 ? 0 : 1;
    int loser = 1 - winner;

    JsonNode stored = read(fetch(path, manager));
    assertThat(stored.get("version").asLong()).isEqualTo(1);
    if (winner == 0) {
      assertThat(stored.get("name").asString()).isEqualTo("Renamed by the manager");
      assertThat(stored.get("description").asString()).isEqualTo(p.description());
    } else {
      assertThat(stored.get("description").asString()).isEqualTo("Described by the PMO");
      assertThat(stored.get("name").asString()).isEqualTo(p.name());
    }

    // The loser reloads, applies the same change again, and both edits are kept.
    mvc.perform(
            patch(path)
                .with(as(editors[loser]))
                .header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MERGE_PATCH)
                .content(edits[loser]))
        .andExpect(status().isOk());
    JsonNode merged = read(mvc.perform(get(path).with(as(manager))).andReturn());
    assertThat(merged.get("name").asString()).isEqualTo("Renamed by the manager");
    assertThat(merged.get("description").asString()).isEqualTo("Described by the PMO");
    assertThat(merged.get("version").asLong()).isEqualTo(2);
    assertThat(service.history(p.id(), current(manager)))
        .extracting(ProjectChangeView::field)
        .contains("Name", "Description");
  }

  @RepeatedTest(3)
  void two_service_revisions_from_the_same_version_exactly_one_commits() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);
    ProjectData data = service.dataForEdit(p.id(), current(manager));
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Object>> results = new ArrayList<>();
    for (String name : List.of("Left", "Right")) {
      ObjectNode body = json.valueToTree(data);
      body.put("name", name);
      ProjectData edit = json.treeToValue(body, ProjectData.class);
      results.add(
          pool.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                  return service.revise(p.id(), edit, 0, current(manager));
                } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
                  return e;
                }
              }));
    }
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> result : results) {
      outcomes.add(result.get(60, TimeUnit.SECONDS));
    }
    assertThat(outcomes).filteredOn(ProjectView.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(RuntimeException.class::isInstance).hasSize(1);
    ProjectView won =
        (ProjectView)
            outcomes.stream().filter(ProjectView.class::isInstance).findFirst().orElseThrow();
    ProjectView stored = service.get(p.id(), current(manager));
    assertThat(stored.name()).isEqualTo(won.name());
    assertThat(stored.version()).isEqualTo(1);
  }
}

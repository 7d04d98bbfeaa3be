package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Retention purges the document bytes of projects closed longer than their rule keeps them, keeps
 * every record, leaves a project on legal hold alone, and purges nothing twice. The projects are
 * imported from a bundle that says they were closed in 2010, in the Research category, whose rule
 * keeps documents five years.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionTest extends ArchiveTestSupport {

  private UserSummary pmo;
  private byte[] oldResearch;

  @BeforeAll
  void anOldResearchProjectsBundle() throws Exception {
    pmo = user(Role.PMO);
    ProjectView project = project(user(Role.PROJECT_MANAGER), false);
    fileDocument(project.id(), "Report", pdf("findings"), pmo);
    ProjectView closed = close(project, current(pmo));
    oldResearch =
        BundleFiles.rewritten(
            bundleOf(closed.id(), pmo),
            "projects",
            text ->
                text.replaceAll("\"finished_on\" : \"[^\"]*\"", "\"finished_on\" : \"2010-06-30\"")
                    .replace("\"OPERATIONAL\"", "\"RESEARCH\""),
            json);
    researchKeptFiveYears();
  }

  private void researchKeptFiveYears() throws Exception {
    JsonNode rules = read(fetch("/api/v1/archive/retention-rules", pmo));
    for (JsonNode rule : rules) {
      if (rule.path("scope").asString().equals("RESEARCH")) {
        mvc.perform(
                put("/api/v1/archive/retention-rules/" + rule.path("id").asLong())
                    .header("If-Match", "\"" + rule.path("version").asLong() + "\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("keepYears", 5)))
                    .with(as(pmo)))
            .andExpect(status().isOk());
        return;
      }
    }
    mvc.perform(
            post("/api/v1/archive/retention-rules")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("scope", "RESEARCH", "keepYears", 5)))
                .with(as(pmo)))
        .andExpect(status().isCreated());
  }

  private long imported() throws Exception {
    return read(mvc.perform(importOf(oldResearch, "RET-" + unique()).with(as(pmo)))
            .andExpect(status().isCreated())
            .andReturn())
        .path("projectId")
        .asLong();
  }

  private JsonNode firstDocument(long projectId) throws Exception {
    long id = read(fetch(documents(projectId), pmo)).path("content").get(0).path("id").asLong();
    return read(fetch(documents(projectId) + "/" + id, pmo));
  }

  private int contentStatus(long projectId) throws Exception {
    JsonNode doc = firstDocument(projectId);
    return mvc.perform(
            get(documents(projectId) + "/" + doc.path("id").asLong() + "/versions/1/content")
                .with(as(pmo)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private long purgesOf(long projectId) throws Exception {
    long count = 0;
    for (JsonNode p : read(fetch("/api/v1/archive/purges", pmo))) {
      if (p.path("projectId").asLong() == projectId) {
        count++;
      }
    }
    return count;
  }

  private void runPurge() throws Exception {
    mvc.perform(post("/api/v1/archive/retention/run").with(as(pmo))).andExpect(status().isOk());
  }

  @Test
  void the_purge_removes_the_bytes_keeps_the_records_and_runs_once() throws Exception {
    long project = imported();
    assertThat(contentStatus(project)).isEqualTo(200);
    runPurge();
    JsonNode doc = firstDocument(project);
    assertThat(doc.path("title").asString()).isEqualTo("Report");
    String purgedAt = doc.path("versions").get(0).path("purgedAt").asString();
    assertThat(purgedAt).isNotBlank();
    assertThat(contentStatus(project)).isEqualTo(404);
    assertThat(purgesOf(project)).isEqualTo(1);
    runPurge();
    assertThat(purgesOf(project)).isEqualTo(1);
    assertThat(firstDocument(project).path("versions").get(0).path("purgedAt").asString())
        .isEqualTo(purgedAt);
  }

  @Test
  void a_legal_hold_stops_the_purge_until_it_is_released() throws Exception {
    long project = imported();
    mvc.perform(
            put("/api/v1/projects/" + project + "/legal-hold")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("reason", "Claim by a supplier")))
                .with(as(pmo)))
        .andExpect(status().isOk());
    runPurge();
    assertThat(contentStatus(project)).isEqualTo(200);
    assertThat(purgesOf(project)).isZero();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/projects/" + project + "/legal-hold")
                .with(as(pmo)))
        .andExpect(status().isNoContent());
    runPurge();
    assertThat(contentStatus(project)).isEqualTo(404);
  }

  @Test
  void a_project_closed_recently_keeps_its_documents() throws Exception {
    ProjectView project = project(user(Role.PROJECT_MANAGER), false);
    fileDocument(project.id(), "Fresh", pdf("fresh"), pmo);
    close(project, current(pmo));
    runPurge();
    assertThat(contentStatus(project.id())).isEqualTo(200);
  }

  @Test
  void a_hold_needs_a_reason_and_a_rule_sensible_years() throws Exception {
    long project = imported();
    mvc.perform(
            put("/api/v1/projects/" + project + "/legal-hold")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("reason", " ")))
                .with(as(pmo)))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/archive/retention-rules")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("scope", "STRATEGIC", "keepYears", 0)))
                .with(as(pmo)))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/archive/retention-rules")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("scope", "NOT-A-CATEGORY", "keepYears", 3)))
                .with(as(pmo)))
        .andExpect(status().isBadRequest());
  }
}

package org.cairnpmo.governance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The gates of a cancelled project are kept as they were: the same 409 as in every module. */
class FinishedProjectGateTest extends GovernanceTestSupport {

  @Test
  void a_cancelled_project_takes_no_review_request() throws Exception {
    Governed g = governed(false);
    projects.cancelBySystem(g.project().id(), "pmo", "Stopped");
    mvc.perform(
            post("/api/v1/governance/projects/"
                    + g.project().id()
                    + "/gates/"
                    + g.firstGateId()
                    + "/review-requests")
                .with(as(g.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"Ready\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/project-final"));
    String html =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/governance/projects/" + g.project().id())
                    .with(as(g.manager())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    org.assertj.core.api.Assertions.assertThat(html).contains("This project is cancelled");
  }
}

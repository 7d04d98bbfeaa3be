package org.cairnpmo.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A taken code says only that it is taken: the same answer whether the project holding it is one
 * the caller sees or a confidential one they do not, and nothing about that project.
 */
class CodeClashVisibilityApiTest extends ApiTestSupport {

  @Test
  void registering_with_the_code_of_a_hidden_project_says_only_that_the_code_is_taken()
      throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView hidden = project(user(Role.PROJECT_MANAGER), true);
    ProjectView visible = project(manager, false);

    MvcResult onHidden = register(manager, hidden.code().toLowerCase());
    MvcResult onVisible = register(manager, visible.code().toLowerCase());

    assertThat(onHidden.getResponse().getStatus()).isEqualTo(400);
    String answer = onHidden.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(answer)
        .contains("This code is already taken.")
        .doesNotContain(hidden.code())
        .doesNotContain(hidden.name());
    assertThat(onVisible.getResponse().getStatus()).isEqualTo(400);
    assertThat(onVisible.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(answer);
  }

  private MvcResult register(UserSummary manager, String code) throws Exception {
    ProjectData base = projectData(manager.id(), false, List.of());
    ProjectData data =
        new ProjectData(
            code,
            "Clash",
            base.description(),
            null,
            null,
            manager.id(),
            base.category(),
            base.priority(),
            base.status(),
            base.plannedStart(),
            base.plannedFinish(),
            base.budgetAmount(),
            base.budgetCurrency(),
            false,
            List.of(),
            null);
    return mvc.perform(
            post("/api/v1/projects")
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(data)))
        .andReturn();
  }
}

package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The archive's pages: empty states, forms only for those who may use them, refusals as messages.
 */
class ArchivePageTest extends ArchiveTestSupport {

  private static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  private String html(String path, UserSummary user) throws Exception {
    return mvc.perform(get(path).with(page(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void the_documents_page_shows_its_empty_state_and_the_forms_only_to_the_projects_people()
      throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary reader = user(Role.MEMBER);
    ProjectView project = project(manager, false);
    String path = "/projects/" + project.id() + "/documents";

    String mine = html(path, manager);
    assertThat(mine).contains("No document filed yet.").contains("id=\"upload-form\"");
    String theirs = html(path, reader);
    assertThat(theirs).contains("No document filed yet.").doesNotContain("id=\"upload-form\"");
    assertThat(html("/projects/" + project.id(), manager)).contains(path);

    mvc.perform(
            multipart(path)
                .file(file("setup.exe", "x".getBytes()))
                .param("title", "Tool")
                .with(page(reader))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_refused_file_comes_back_as_a_message_and_a_good_one_opens_its_document() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    String path = "/projects/" + project.id() + "/documents";
    mvc.perform(
            multipart(path)
                .file(file("minutes.docx", pdf("quay")))
                .param("title", "Minutes")
                .with(page(manager))
                .with(csrf()))
        .andExpect(redirectedUrl(path))
        .andExpect(
            flash()
                .attribute(
                    "error", org.hamcrest.Matchers.containsString("not what its name says")));
    mvc.perform(
            multipart(path)
                .file(file("minutes.docx", docx("quay")))
                .param("title", "Minutes")
                .with(page(manager))
                .with(csrf()))
        .andExpect(redirectedUrlPattern(path + "/*"));
    String list = html(path, manager);
    assertThat(list).contains("Minutes").contains("v1 · minutes.docx");
  }

  @Test
  void a_confidential_projects_documents_page_is_not_found_for_others() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, true);
    mvc.perform(get("/projects/" + project.id() + "/documents").with(page(user(Role.MEMBER))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/projects/" + project.id() + "/documents").with(page(user(Role.PMO))))
        .andExpect(status().isOk());
  }

  @Test
  void the_template_library_page_lets_only_the_pmo_add_templates() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary member = user(Role.MEMBER);
    String name = "Risk register " + unique();
    mvc.perform(
            multipart("/archive/templates")
                .file(file("risks.xlsx", xlsx("Risk")))
                .param("name", name)
                .with(page(pmo))
                .with(csrf()))
        .andExpect(redirectedUrlPattern("/archive/templates/*"));
    assertThat(html("/archive/templates", member))
        .contains(name)
        .doesNotContain("id=\"template-form\"");
    assertThat(html("/archive/templates", pmo)).contains("id=\"template-form\"");
    mvc.perform(post("/archive/templates").param("name", "Nope").with(page(member)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/archive/templates").param("page", "-3").with(page(member)))
        .andExpect(status().isOk());
  }

  @Test
  void a_retention_rule_has_a_page_with_its_years_and_history_and_bad_years_come_back_as_errors()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    // The Customer delivery rule, of a hundred years, as the permission test keeps it: it purges
    // nothing whatever the years this test sets.
    tools.jackson.databind.JsonNode rule = null;
    for (var r : read(fetch("/api/v1/archive/retention-rules", pmo))) {
      if (r.get("scope").asString().equals("CUSTOMER")) {
        rule = r;
      }
    }
    if (rule == null) {
      rule =
          read(
              mvc.perform(
                      post("/api/v1/archive/retention-rules")
                          .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                          .content(write(java.util.Map.of("scope", "CUSTOMER", "keepYears", 100)))
                          .with(as(pmo)))
                  .andExpect(status().isCreated())
                  .andReturn());
    }
    long id = rule.get("id").asLong();
    int years = rule.get("keepYears").asInt();
    String path = "/archive/retention-rules/" + id;
    assertThat(html("/archive", pmo)).contains("href=\"" + path + "\"");
    for (String bad : new String[] {"0", "abc", ""}) {
      assertThat(
              mvc.perform(
                      post(path)
                          .param("keepYears", bad)
                          .param("version", rule.get("version").asString())
                          .with(page(pmo))
                          .with(csrf()))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString())
          .as(bad)
          .contains("error-summary");
    }
    int other = years == 100 ? 99 : years + 1;
    for (int[] change : new int[][] {{other, 0}, {years, 1}}) {
      mvc.perform(
              post(path)
                  .param("keepYears", String.valueOf(change[0]))
                  .param("version", String.valueOf(rule.get("version").asLong() + change[1]))
                  .with(page(pmo))
                  .with(csrf()))
          .andExpect(redirectedUrl("/archive#rules-title"));
    }
    assertThat(html(path, pmo))
        .contains("data-history-kind=\"retention-rule\"")
        .contains("data-history-id=\"" + id + "\"")
        .contains("Keep years");
    mvc.perform(get(path).with(page(user(Role.PROJECT_MANAGER)))).andExpect(status().isForbidden());
  }
}

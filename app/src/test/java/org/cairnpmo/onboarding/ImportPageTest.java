package org.cairnpmo.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** The import's pages, step by step: upload, mapping, dry run, apply. */
class ImportPageTest extends IntegrationTest {

  @Test
  void the_pmo_uploads_maps_checks_and_imports_projects_through_the_pages() throws Exception {
    UserSummary pmo = user(Role.PMO);
    String code = "PG-" + unique();
    String csv =
        "Ref,Title,Start date,End date\n" + code + ",Through the pages,2027-01-01,2027-03-31\n";

    String page =
        mvc.perform(get("/imports").with(signedInAs(pmo)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("value=\"PROJECTS\"").doesNotContain("value=\"PEOPLE\"");

    MvcResult uploaded =
        mvc.perform(
                multipart("/imports")
                    .file(
                        new MockMultipartFile(
                            "file", "pages.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .param("kind", "PROJECTS")
                    .with(csrf())
                    .with(signedInAs(pmo)))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = uploaded.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/imports/");

    // "Ref" is no name Cairn knows for the code: the page says so and offers the columns.
    String plan =
        mvc.perform(get(location).with(signedInAs(pmo)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(plan)
        .contains("No column is read as code: choose its column.")
        .contains("name=\"map.code\"")
        .contains("<option value=\"Ref\">Ref</option>")
        .doesNotContain("id=\"apply-import\"");

    mvc.perform(
            post(location + "/mapping")
                .param("version", "0")
                .param("map.code", "Ref")
                .param("map.name", "Title")
                .param("map.start", "Start date")
                .param("map.finish", "End date")
                .with(csrf())
                .with(signedInAs(pmo)))
        .andExpect(status().is3xxRedirection());
    String mapped =
        mvc.perform(get(location).with(signedInAs(pmo)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mapped).contains("id=\"apply-import\"").contains("CREATE").contains(code);

    mvc.perform(post(location + "/apply").param("version", "1").with(csrf()).with(signedInAs(pmo)))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash().attribute("flash", "Imported pages.csv: 1 created, 0 updated, 0 unchanged."));
    assertThat(projects.projectsByCodes(List.of(code))).hasSize(1);
  }

  @Test
  void a_bad_file_is_said_on_the_upload_page_and_others_are_refused() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    String page =
        mvc.perform(
                multipart("/imports")
                    .file(new MockMultipartFile("file", "x.pdf", "application/pdf", new byte[] {1}))
                    .param("kind", "PEOPLE")
                    .with(csrf())
                    .with(signedInAs(admin)))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Upload a .csv or .xlsx file.").contains("value=\"PEOPLE\"");

    mvc.perform(get("/imports").with(signedInAs(user(Role.PROJECT_MANAGER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            multipart("/imports")
                .file(new MockMultipartFile("file", "p.csv", "text/csv", "code\nA\n".getBytes()))
                .param("kind", "DEPARTMENTS")
                .with(csrf())
                .with(signedInAs(user(Role.PMO))))
        .andExpect(status().isForbidden());
  }
}

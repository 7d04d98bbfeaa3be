package org.cairnpmo.planning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.identity.UserSummary;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

class PlanImportPageTest extends ControlTestSupport {

  long version(Team t) throws Exception {
    String etag =
        fetch("/api/v1/projects/" + t.id() + "/plan", t.manager())
            .getResponse()
            .getHeader(HttpHeaders.ETAG);
    return Long.parseLong(etag.replace("\"", ""));
  }

  ResultActions submit(Team t, UserSummary who, String name, byte[] content, long version)
      throws Exception {
    return mvc.perform(
        multipart("/projects/" + t.id() + "/plan/import")
            .file(new MockMultipartFile("file", name, "application/octet-stream", content))
            .param("version", String.valueOf(version))
            .with(page(who))
            .with(csrf()));
  }

  @Test
  void the_form_imports_the_file_and_the_plan_page_shows_what_happened() throws Exception {
    Team t = team(false);
    byte[] file = PlanFileReaderTest.smallPlan().readAllBytes();

    submit(t, t.manager(), "small-plan.xml", file, version(t))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/projects/" + t.id() + "/plan"))
        .andExpect(flash().attribute("flash", Matchers.containsString("Imported 5 task(s)")))
        .andExpect(flash().attribute("planImport", Matchers.notNullValue()));
  }

  @Test
  void a_broken_file_comes_back_as_a_message_naming_it_and_imports_nothing() throws Exception {
    Team t = team(false);
    long v = version(t);

    submit(t, t.manager(), "broken.mpp", "not a plan".getBytes(StandardCharsets.UTF_8), v)
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", Matchers.containsString("'broken.mpp'")));
    assertThat(version(t)).isEqualTo(v);
  }

  @Test
  void a_stale_form_imports_nothing_and_says_why() throws Exception {
    Team t = team(false);
    long v = version(t);
    byte[] file = PlanFileReaderTest.smallPlan().readAllBytes();
    submit(t, t.manager(), "small-plan.xml", file, v).andExpect(status().is3xxRedirection());

    submit(t, t.manager(), "small-plan.xml", file, v)
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/projects/" + t.id() + "/plan"))
        .andExpect(flash().attribute("flashError", Matchers.containsString("not imported")));
  }

  @Test
  void a_member_may_not_import_and_an_outsider_finds_nothing() throws Exception {
    Team t = team(true);
    byte[] file = PlanFileReaderTest.smallPlan().readAllBytes();
    submit(t, t.member(), "small-plan.xml", file, version(t)).andExpect(status().isForbidden());
    submit(t, t.outsider(), "small-plan.xml", file, version(t)).andExpect(status().isNotFound());
  }
}

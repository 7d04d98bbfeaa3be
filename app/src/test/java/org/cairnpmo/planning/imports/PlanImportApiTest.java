package org.cairnpmo.planning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.identity.UserSummary;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class PlanImportApiTest extends ControlTestSupport {

  static String plan(Team t) {
    return "/api/v1/projects/" + t.id() + "/plan";
  }

  static byte[] smallPlan() throws Exception {
    return PlanFileReaderTest.smallPlan().readAllBytes();
  }

  long version(Team t, UserSummary who) throws Exception {
    String etag = fetch(plan(t), who).getResponse().getHeader(HttpHeaders.ETAG);
    return etag == null ? 0 : Long.parseLong(etag.replace("\"", ""));
  }

  ResultActions upload(Team t, UserSummary who, String name, byte[] content, Long version)
      throws Exception {
    var request =
        multipart(plan(t) + "/import")
            .file(new MockMultipartFile("file", name, "application/octet-stream", content))
            .with(as(who))
            .accept(MediaType.APPLICATION_JSON);
    if (version != null) {
      request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
    }
    return mvc.perform(request);
  }

  /** Imports the small plan as the manager; answers the report. */
  JsonNode importSmallPlan(Team t) throws Exception {
    return read(
        upload(t, t.manager(), "small-plan.xml", smallPlan(), version(t, t.manager()))
            .andExpect(status().isOk())
            .andReturn());
  }

  @Test
  void a_manager_imports_an_MS_Project_file_and_learns_how_many_dates_match() throws Exception {
    Team t = team(false);
    long before = version(t, t.manager());

    JsonNode report = importSmallPlan(t);

    assertThat(report.path("file").asText()).isEqualTo("small-plan.xml");
    assertThat(report.path("format").asText()).isEqualTo("MSPDI");
    assertThat(report.path("tasks").asInt()).isEqualTo(5);
    assertThat(report.path("links").asInt()).isEqualTo(4);
    assertThat(report.path("baselines").asInt()).isEqualTo(1);
    assertThat(report.path("version").asLong()).isGreaterThan(before);
    JsonNode dates = report.path("dates");
    assertThat(dates.path("compared").asInt()).isEqualTo(5);
    assertThat(dates.path("bothMatch").asInt())
        .as(dates.toString())
        .isEqualTo(dates.path("compared").asInt());
    mvc.perform(get(plan(t) + "/tasks?size=50").with(as(t.member())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].name", Matchers.hasItems("Design", "Build", "Go-live")));
  }

  @Test
  void the_answer_carries_the_plans_new_version_as_its_etag() throws Exception {
    Team t = team(false);
    upload(t, t.manager(), "small-plan.xml", smallPlan(), version(t, t.manager()))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"" + version(t, t.manager()) + "\""));
  }

  @Test
  void an_import_from_a_stale_version_answers_409_and_changes_nothing() throws Exception {
    Team t = team(false);
    long v = version(t, t.manager());
    importSmallPlan(t);
    long after = version(t, t.manager());

    upload(t, t.pmo(), "small-plan.xml", smallPlan(), v)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    assertThat(version(t, t.manager())).isEqualTo(after);
  }

  @Test
  void an_import_without_a_version_answers_428() throws Exception {
    Team t = team(false);
    upload(t, t.manager(), "small-plan.xml", smallPlan(), null)
        .andExpect(status().isPreconditionRequired());
  }

  @Test
  void a_broken_file_answers_400_naming_it_and_the_plan_stays_as_it_was() throws Exception {
    Team t = team(false);
    importSmallPlan(t);
    long v = version(t, t.manager());
    byte[] broken =
        "<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks>"
            .getBytes(StandardCharsets.UTF_8);

    upload(t, t.manager(), "broken.xml", broken, v)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.detail", Matchers.containsString("'broken.xml'")))
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    upload(t, t.manager(), "notes.txt", "hello".repeat(100).getBytes(StandardCharsets.UTF_8), v)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", Matchers.containsString("'notes.txt' is not a plan file")));
    upload(t, t.manager(), "plan.zip", new byte[] {'P', 'K', 3, 4, 1, 2, 3}, v)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", Matchers.containsString("'plan.zip'")));
    assertThat(version(t, t.manager())).isEqualTo(v);
    mvc.perform(get(plan(t)).with(as(t.manager()))).andExpect(jsonPath("$.taskCount").value(5));
  }

  @Test
  void a_file_over_the_limit_answers_413_naming_it() throws Exception {
    Team t = team(false);
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    upload(t, t.manager(), "huge.mpp", big, version(t, t.manager()))
        .andExpect(status().isContentTooLarge())
        .andExpect(
            jsonPath("$.detail", Matchers.containsString("'huge.mpp' is larger than 10 MB")));
  }

  @Test
  void the_manager_and_the_pmo_import_others_may_not_and_outsiders_see_nothing() throws Exception {
    Team open = team(false);
    upload(open, open.pmo(), "small-plan.xml", smallPlan(), version(open, open.manager()))
        .andExpect(status().isOk());
    long v = version(open, open.manager());
    upload(open, open.member(), "small-plan.xml", smallPlan(), v).andExpect(status().isForbidden());
    upload(open, open.executive(), "small-plan.xml", smallPlan(), v)
        .andExpect(status().isForbidden());
    upload(open, open.sponsor(), "small-plan.xml", smallPlan(), v)
        .andExpect(status().isForbidden());

    Team secret = team(true);
    upload(secret, secret.outsider(), "small-plan.xml", smallPlan(), 0L)
        .andExpect(status().isNotFound());
    upload(secret, secret.outsider(), "broken.xml", new byte[] {1, 2, 3}, 0L)
        .andExpect(status().isNotFound());
  }
}

package org.cairnpmo.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.ApiTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Uploads, dry runs and applies through the API, for the import tests. */
abstract class ImportTestSupport extends ApiTestSupport {

  static final String CSV = "text/csv";

  MvcResult upload(String kind, String name, byte[] content, UserSummary who) throws Exception {
    return mvc.perform(
            multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", name, CSV, content))
                .param("kind", kind)
                .with(as(who))
                .accept(MediaType.APPLICATION_JSON))
        .andReturn();
  }

  JsonNode uploaded(String kind, String name, String csv, UserSummary who) throws Exception {
    MvcResult result = upload(kind, name, csv.getBytes(StandardCharsets.UTF_8), who);
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(201);
    return read(result);
  }

  MvcResult apply(JsonNode plan, UserSummary who) throws Exception {
    return mvc.perform(
            post("/api/v1/imports/" + plan.get("id").asLong() + "/apply")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("version", plan.get("version").asLong())))
                .with(as(who))
                .accept(MediaType.APPLICATION_JSON))
        .andReturn();
  }

  static List<String> actions(JsonNode plan) {
    List<String> actions = new ArrayList<>();
    plan.get("rows").forEach(r -> actions.add(r.get("action").asString()));
    return actions;
  }

  static List<String> problems(JsonNode plan) {
    List<String> found = new ArrayList<>();
    plan.get("rows")
        .forEach(
            r ->
                r.get("problems")
                    .forEach(
                        p ->
                            found.add(
                                p.get("row").asInt()
                                    + " "
                                    + p.get("column").asString()
                                    + ": "
                                    + p.get("message").asString())));
    return found;
  }
}

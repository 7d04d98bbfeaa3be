package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class MethodApiTest extends PracticesTestSupport {

  private static final String BASE = "/api/v1/practices/methods";

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      UserSummary by,
      Object body)
      throws Exception {
    return mvc.perform(
        request.with(as(by)).contentType(MediaType.APPLICATION_JSON).content(write(body)));
  }

  @Test
  void a_method_is_drafted_on_a_lifecycle_with_its_phases_in_the_lifecycles_order()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    LifecycleView lifecycle = lifecycle();
    TierView tier = tier();
    JsonNode method =
        defineMethod(pmo, methodBody("Standard " + unique(), lifecycle.id(), List.of(tier.id())));

    assertThat(method.get("status").asString()).isEqualTo("DRAFT");
    assertThat(method.get("revision").asInt()).isEqualTo(1);
    assertThat(method.get("lineageId").asLong()).isEqualTo(method.get("id").asLong());
    assertThat(method.get("tiers").get(0).get("name").asString()).isEqualTo(tier.name());
    JsonNode phases = method.get("phases");
    assertThat(phases).hasSize(3);
    assertThat(phases.get(0).get("phase").asString()).isEqualTo("Initiation");
    assertThat(phases.get(1).get("phase").asString()).isEqualTo("Delivery");
    assertThat(phases.get(0).get("guidanceHtml").asString())
        .contains("<h1>Start well</h1>")
        .contains("<strong>sponsor</strong>");
    assertThat(phases.get(0).get("deliverables").get(0).get("required").asBoolean()).isTrue();
    assertThat(phases.get(0).get("checklist")).hasSize(2);

    // Everyone signed in reads the library.
    mvc.perform(get(BASE + "/" + method.get("id").asLong()).with(as(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"" + method.get("version").asLong() + "\""));
    mvc.perform(get(BASE).with(as(user(Role.MEMBER)))).andExpect(status().isOk());
  }

  @Test
  void a_published_version_is_frozen_and_a_new_version_is_a_copy_that_retires_it_when_published()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    LifecycleView lifecycle = lifecycle();
    TierView tier = tier();
    Map<String, Object> body = methodBody("Agile " + unique(), lifecycle.id(), List.of(tier.id()));
    JsonNode draft = defineMethod(pmo, body);
    long id = draft.get("id").asLong();

    JsonNode published =
        read(
            mvc.perform(
                    post(BASE + "/" + id + "/publication")
                        .with(as(pmo))
                        .header("If-Match", "\"" + draft.get("version").asLong() + "\""))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");

    send(
            put(BASE + "/" + id)
                .header("If-Match", "\"" + published.get("version").asLong() + "\""),
            pmo,
            body)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/method-frozen"));

    JsonNode copy =
        read(
            mvc.perform(post(BASE + "/" + id + "/versions").with(as(pmo)))
                .andExpect(status().isCreated())
                .andReturn());
    assertThat(copy.get("revision").asInt()).isEqualTo(2);
    assertThat(copy.get("status").asString()).isEqualTo("DRAFT");
    assertThat(copy.get("previousId").asLong()).isEqualTo(id);
    assertThat(copy.get("lineageId").asLong()).isEqualTo(id);
    assertThat(copy.get("phases")).isEqualTo(published.get("phases"));
    assertThat(copy.get("tiers")).isEqualTo(published.get("tiers"));

    // One draft at a time.
    mvc.perform(post(BASE + "/" + id + "/versions").with(as(pmo))).andExpect(status().isConflict());

    // The draft changes; publishing it retires the first version.
    Map<String, Object> changed = new HashMap<>(body);
    changed.put("description", "Second thoughts");
    changed.put("version", copy.get("version").asLong());
    JsonNode revised =
        read(
            send(put(BASE + "/" + copy.get("id").asLong()), pmo, changed)
                .andExpect(status().isOk())
                .andReturn());
    assertThat(revised.get("description").asString()).isEqualTo("Second thoughts");
    mvc.perform(
            post(BASE + "/" + copy.get("id").asLong() + "/publication")
                .with(as(pmo))
                .header("If-Match", "\"" + revised.get("version").asLong() + "\""))
        .andExpect(status().isOk());
    mvc.perform(get(BASE + "/" + id).with(as(pmo)))
        .andExpect(jsonPath("$.status").value("RETIRED"));
    mvc.perform(post(BASE + "/" + id + "/versions").with(as(pmo))).andExpect(status().isConflict());
  }

  @Test
  void guidance_never_carries_script() throws Exception {
    UserSummary pmo = user(Role.PMO);
    Map<String, Object> body =
        new HashMap<>(methodBody("Unsafe " + unique(), lifecycle().id(), List.of()));
    body.put(
        "phases",
        List.of(
            Map.of(
                "phase",
                "Delivery",
                "guidance",
                "Hello <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                    + "[click](javascript:alert(3)) and [site](https://example.org)")));
    String html = defineMethod(pmo, body).get("phases").get(1).get("guidanceHtml").asString();
    assertThat(html.toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("onerror=")
        .doesNotContain("javascript:")
        .contains("href=\"https://example.org\"");
  }

  @Test
  void bad_input_answers_problems_next_to_the_fields() throws Exception {
    UserSummary pmo = user(Role.PMO);
    LifecycleView lifecycle = lifecycle();
    Map<String, Object> blank = new HashMap<>(methodBody(" ", lifecycle.id(), List.of()));
    send(post(BASE), pmo, blank)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));

    Map<String, Object> control =
        new HashMap<>(methodBody("Bell\u0007" + unique(), lifecycle.id(), List.of()));
    send(post(BASE), pmo, control).andExpect(status().isBadRequest());

    Map<String, Object> tooLong =
        new HashMap<>(methodBody("x".repeat(121), lifecycle.id(), List.of()));
    send(post(BASE), pmo, tooLong).andExpect(status().isBadRequest());

    Map<String, Object> unknownPhase =
        new HashMap<>(methodBody("Unknown " + unique(), lifecycle.id(), List.of()));
    unknownPhase.put("phases", List.of(Map.of("phase", "Hypercare")));
    send(post(BASE), pmo, unknownPhase)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("phases[0].phase"));

    Map<String, Object> noLifecycle =
        new HashMap<>(methodBody("Nowhere " + unique(), 987654321L, List.of()));
    send(post(BASE), pmo, noLifecycle)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lifecycleId"));

    // A tier follows one method at a time.
    TierView tier = tier();
    defineMethod(pmo, methodBody("First " + unique(), lifecycle.id(), List.of(tier.id())));
    send(post(BASE), pmo, methodBody("Second " + unique(), lifecycle.id(), List.of(tier.id())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("tierIds"));
  }

  @Test
  void a_change_over_someone_elses_answers_409() throws Exception {
    UserSummary pmo = user(Role.PMO);
    Map<String, Object> body =
        new HashMap<>(methodBody("Race " + unique(), lifecycle().id(), List.of()));
    JsonNode draft = defineMethod(pmo, body);
    long id = draft.get("id").asLong();
    body.put("version", draft.get("version").asLong());
    send(put(BASE + "/" + id), pmo, body).andExpect(status().isOk());
    send(put(BASE + "/" + id), pmo, body)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void only_the_pmo_and_administrators_write_methods() throws Exception {
    LifecycleView lifecycle = lifecycle();
    JsonNode draft =
        defineMethod(user(Role.ADMIN), methodBody("Admin " + unique(), lifecycle.id(), List.of()));
    long id = draft.get("id").asLong();
    for (Role role :
        new Role[] {Role.EXECUTIVE, Role.PROJECT_MANAGER, Role.RESOURCE_MANAGER, Role.MEMBER}) {
      UserSummary someone = user(role);
      send(post(BASE), someone, methodBody("No " + unique(), lifecycle.id(), List.of()))
          .andExpect(status().isForbidden());
      Map<String, Object> body =
          new HashMap<>(methodBody("No " + unique(), lifecycle.id(), List.of()));
      body.put("version", draft.get("version").asLong());
      send(put(BASE + "/" + id), someone, body).andExpect(status().isForbidden());
      mvc.perform(
              post(BASE + "/" + id + "/publication")
                  .with(as(someone))
                  .header("If-Match", "\"" + draft.get("version").asLong() + "\""))
          .andExpect(status().isForbidden());
      mvc.perform(post(BASE + "/" + id + "/versions").with(as(someone)))
          .andExpect(status().isForbidden());
      mvc.perform(get(BASE + "/" + id).with(as(someone))).andExpect(status().isOk());
    }
    mvc.perform(get(BASE)).andExpect(status().isUnauthorized());
    mvc.perform(get(BASE + "/987654321").with(as(user(Role.MEMBER))))
        .andExpect(status().isNotFound());
  }
}

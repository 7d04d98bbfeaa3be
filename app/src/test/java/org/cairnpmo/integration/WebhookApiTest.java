package org.cairnpmo.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The webhook API's answers: validation as problem+json, versions, the secret shown once. */
class WebhookApiTest extends WebhookTestSupport {

  private static final String URL = "https://hooks.example.org/cairn";

  private Map<String, Object> body(String url, Object types) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Hook " + unique());
    body.put("url", url);
    body.put("eventTypes", types);
    return body;
  }

  private MvcResult create(Map<String, Object> body) throws Exception {
    return mvc.perform(
            post(BASE)
                .with(as(admin()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body)))
        .andReturn();
  }

  private JsonNode refused(Map<String, Object> body, String field) throws Exception {
    MvcResult result = create(body);
    assertThat(result.getResponse().getStatus()).as(write(body)).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).startsWith(PROBLEM.toString());
    JsonNode error = read(result).get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo(field);
    return error;
  }

  @Test
  void a_url_must_be_http_or_https_with_a_host() throws Exception {
    for (String url :
        List.of(
            "ftp://example.org/hook",
            "not a url",
            "https:///nohost",
            "javascript:alert(1)",
            "https://user:pw@example.org/hook",
            "")) {
      refused(body(url, List.of("project.registered")), "url");
    }
  }

  @Test
  void unknown_or_missing_event_types_are_refused() throws Exception {
    JsonNode error =
        refused(body(URL, List.of("project.registered", "project.deleted")), "eventTypes");
    assertThat(error.get("message").asString()).contains("project.deleted");
    refused(body(URL, List.of()), "eventTypes");
  }

  @Test
  void control_characters_are_refused_in_every_text() throws Exception {
    Map<String, Object> name = body(URL, List.of("gate.decided"));
    name.put("name", "Chat\u0007hook");
    refused(name, "name");
    refused(body(URL + "\u0000", List.of("gate.decided")), "url");
    Map<String, Object> secret = body(URL, List.of("gate.decided"));
    secret.put("secret", "0123456789abcdef\u001b");
    refused(secret, "secret");
  }

  @Test
  void the_secret_is_shown_once_and_changes_need_the_version() throws Exception {
    JsonNode created = register(URL, "project.registered", "gate.decided");
    long id = created.get("webhook").get("id").asLong();
    assertThat(created.get("secret").asString()).matches("[0-9a-f]{64}");

    MvcResult one = fetch(BASE + "/" + id, admin());
    assertThat(one.getResponse().getStatus()).isEqualTo(200);
    assertThat(one.getResponse().getContentAsString())
        .doesNotContain(created.get("secret").asString())
        .doesNotContain("secret");
    assertThat(fetch(BASE, admin()).getResponse().getContentAsString())
        .doesNotContain(created.get("secret").asString());
    String etag = one.getResponse().getHeader("ETag");

    Map<String, Object> change =
        body("https://hooks.example.org/other", List.of("report.submitted"));
    change.put("active", false);
    mvc.perform(
            put(BASE + "/" + id)
                .with(as(admin()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(change)))
        .andExpect(status().isPreconditionRequired());
    JsonNode changed =
        read(
            mvc.perform(
                    put(BASE + "/" + id)
                        .with(as(admin()))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(change)))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(changed.get("url").asString()).isEqualTo("https://hooks.example.org/other");
    assertThat(changed.get("active").asBoolean()).isFalse();
    assertThat(changed.get("eventTypes").get(0).asString()).isEqualTo("report.submitted");
    mvc.perform(
            put(BASE + "/" + id)
                .with(as(admin()))
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(change)))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));

    mvc.perform(delete(BASE + "/" + id).with(as(admin()))).andExpect(status().isNoContent());
    mvc.perform(get(BASE + "/" + id).with(as(admin())))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void a_delivery_still_due_is_not_sent_again_and_event_types_are_listed() throws Exception {
    long id = register(URL, "project.registered").get("webhook").get("id").asLong();
    long deliveryId = queuedDelivery(id);
    mvc.perform(
            post(BASE + "/" + id + "/deliveries/" + deliveryId + "/redeliver").with(as(admin())))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get(BASE + "/" + id + "/deliveries/999999999").with(as(admin())))
        .andExpect(status().isNotFound());
    mvc.perform(get(BASE + "/" + id + "/deliveries").param("size", "500").with(as(admin())))
        .andExpect(status().isBadRequest());
    mvc.perform(get(BASE + "/event-types").with(as(admin())))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("ETag"));
    assertThat(fetch(BASE + "/event-types", admin()).getResponse().getContentAsString())
        .contains("project.status-changed", "budget.threshold-crossed", "report.submitted");
  }

  /** A delivery that waits: a project registered while the webhook listens, not yet dispatched. */
  private long queuedDelivery(long webhookId) {
    project(user(org.cairnpmo.identity.Role.PROJECT_MANAGER), false);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(
            () ->
                !webhooks
                    .deliveries(webhookId, org.springframework.data.domain.PageRequest.of(0, 1))
                    .isEmpty());
    return webhooks
        .deliveries(webhookId, org.springframework.data.domain.PageRequest.of(0, 1))
        .getContent()
        .get(0)
        .id();
  }
}

package org.cairnpmo.integration;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.integration.domain.WebhookDispatcher;
import org.cairnpmo.integration.domain.WebhookService;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Webhook tests register through the API as an administrator and remove what they registered
 * afterwards, so that no other test's events are delivered to a receiver that has stopped.
 */
abstract class WebhookTestSupport extends ApiTestSupport {

  static final String BASE = "/api/v1/admin/webhooks";

  @Autowired protected WebhookService webhooks;
  @Autowired protected WebhookDispatcher dispatcher;

  private final List<Long> registered = new ArrayList<>();
  private UserSummary admin;

  protected UserSummary admin() {
    if (admin == null) {
      admin = user(Role.ADMIN);
    }
    return admin;
  }

  /** Registers a webhook through the API; the answer carries {@code webhook} and {@code secret}. */
  protected JsonNode register(String url, String... types) throws Exception {
    JsonNode created =
        read(
            mvc.perform(
                    post(BASE)
                        .with(as(admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            write(
                                Map.of(
                                    "name",
                                    "Hook " + unique(),
                                    "url",
                                    url,
                                    "eventTypes",
                                    List.of(types)))))
                .andExpect(status().isCreated())
                .andReturn());
    registered.add(created.get("webhook").get("id").asLong());
    return created;
  }

  @AfterEach
  void removeWebhooks() {
    for (long id : registered) {
      try {
        webhooks.delete(id);
      } catch (RuntimeException gone) {
        // removed by the test itself
      }
    }
    registered.clear();
  }
}

package org.cairnpmo.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.integration.domain.WebhookData;
import org.cairnpmo.support.PermissionTable;
import org.cairnpmo.support.PermissionTable.Action;
import org.cairnpmo.support.PermissionTable.Who;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The webhook table of {@code docs/permissions.md} is what the code does: every endpoint and page
 * is performed by each kind of person, on a fresh webhook for each change. Only administrators
 * pass; everyone else gets 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookPermissionTest extends WebhookTestSupport {

  private Map<Who, UserSummary> people;
  private final Map<String, Action> actions = new LinkedHashMap<>();
  private Receiver receiver;
  private long shared;
  private final java.util.List<Long> made = new java.util.ArrayList<>();

  @BeforeAll
  void cast() throws Exception {
    receiver = new Receiver();
    people = PermissionTable.cast(this::user);
    shared = fresh();
    actions.put("List the webhooks", who -> status(get(BASE), who));
    actions.put(
        "Register a webhook",
        who -> {
          var answer =
              mvc.perform(
                      post(BASE)
                          .with(as(who))
                          .accept(MediaType.APPLICATION_JSON)
                          .contentType(MediaType.APPLICATION_JSON)
                          .content(write(data(null))))
                  .andReturn()
                  .getResponse();
          if (answer.getStatus() == 201) {
            made.add(json.readTree(answer.getContentAsString()).get("webhook").get("id").asLong());
          }
          return answer.getStatus();
        });
    actions.put(
        "Change a webhook",
        who ->
            status(
                put(BASE + "/" + fresh())
                    .header("If-Match", "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(data(null))),
                who));
    actions.put("Remove a webhook", who -> status(delete(BASE + "/" + fresh()), who));
    actions.put(
        "Send a test event to a webhook", who -> status(post(BASE + "/" + shared + "/test"), who));
    actions.put(
        "Read a webhook's delivery log",
        who -> status(get(BASE + "/" + shared + "/deliveries"), who));
    actions.put(
        "Send a delivery again",
        who -> {
          long id = fresh();
          long delivery = webhooks.sendTest(id, "test").delivery().id();
          return status(post(BASE + "/" + id + "/deliveries/" + delivery + "/redeliver"), who);
        });
    actions.put(
        "Open the webhook pages",
        who ->
            mvc.perform(get("/admin/webhooks/" + shared + "/deliveries").with(signedInAs(who)))
                .andReturn()
                .getResponse()
                .getStatus());
    actions.put(
        "Send a test event from the webhook's page",
        who ->
            mvc.perform(
                    post("/admin/webhooks/" + shared + "/test")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .with(signedInAs(who)))
                .andReturn()
                .getResponse()
                .getStatus());
  }

  @AfterAll
  void stop() {
    for (long id : made) {
      try {
        webhooks.delete(id);
      } catch (RuntimeException removedByTheTest) {
        // the administrator's "Remove a webhook" took it already
      }
    }
    receiver.close();
  }

  private WebhookData data(Long version) {
    return new WebhookData(
        "Hook " + unique(), receiver.url(), List.of("project.registered"), true, null, version);
  }

  private long fresh() throws Exception {
    long id = webhooks.create(data(null), "test").webhook().id();
    made.add(id);
    return id;
  }

  private int status(MockHttpServletRequestBuilder request, UserSummary who) throws Exception {
    return mvc.perform(request.with(as(who)).accept(MediaType.APPLICATION_JSON))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void the_webhook_table_in_the_docs_is_what_the_code_does() throws Exception {
    var outcome = PermissionTable.perform("Webhook action", Who.class, people, actions);
    assertThat(outcome.surprises()).as("answers that are neither allowed nor refused").isEmpty();
    assertThat(outcome.actual())
        .withFailMessage(outcome::differences)
        .isEqualTo(outcome.documented());
  }
}

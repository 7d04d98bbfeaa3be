package org.cairnpmo.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.identity.Role;
import org.cairnpmo.integration.domain.WebhookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The administrators' webhook pages, through MockMvc. */
class WebhookPageTest extends WebhookTestSupport {

  private final java.util.List<Long> made = new java.util.ArrayList<>();

  @AfterEach
  void removeMade() {
    for (long id : made) {
      try {
        webhooks.delete(id);
      } catch (RuntimeException removed) {
        // the test removed it
      }
    }
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(signedInAs(admin())))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void an_administrator_registers_a_webhook_sees_its_secret_once_and_tests_it() throws Exception {
    try (Receiver receiver = new Receiver()) {
      assertThat(page("/admin/webhooks/new"))
          .contains("project.status-changed", "Register webhook");

      String bad =
          mvc.perform(
                  post("/admin/webhooks")
                      .with(signedInAs(admin()))
                      .with(csrf())
                      .param("name", "Chat")
                      .param("url", "ftp://example.org/hook")
                      .param("eventTypes", "project.registered"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(bad).contains("Use an http:// or https:// URL");

      String none =
          mvc.perform(
                  post("/admin/webhooks")
                      .with(signedInAs(admin()))
                      .with(csrf())
                      .param("name", "Chat")
                      .param("url", receiver.url()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(none).contains("Choose at least one event.");

      String name = "Chat " + unique();
      String shown =
          mvc.perform(
                  post("/admin/webhooks")
                      .with(signedInAs(admin()))
                      .with(csrf())
                      .param("name", name)
                      .param("url", receiver.url())
                      .param("eventTypes", "project.registered", "gate.decided")
                      .param("active", "true"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      Matcher secret = Pattern.compile("id=\"webhook-secret\">([0-9a-f]{64})<").matcher(shown);
      assertThat(secret.find()).as(shown).isTrue();
      WebhookView webhook =
          webhooks.all().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
      made.add(webhook.id());
      assertThat(webhook.eventTypes()).containsExactly("project.registered", "gate.decided");

      assertThat(page("/admin/webhooks")).contains(name).doesNotContain(secret.group(1));
      String edit = page("/admin/webhooks/" + webhook.id());
      assertThat(edit).contains("Send test", receiver.url()).doesNotContain(secret.group(1));

      String result =
          mvc.perform(
                  post("/admin/webhooks/" + webhook.id() + "/test")
                      .header("HX-Request", "true")
                      .with(signedInAs(admin()))
                      .with(csrf()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(result).contains("Delivered: the receiver answered 200");
      assertThat(receiver.requests()).hasSize(1);

      String log = page("/admin/webhooks/" + webhook.id() + "/deliveries");
      assertThat(log).contains("ping", "DELIVERED", "HTTP 200");
      long deliveryId =
          webhooks
              .deliveries(webhook.id(), org.springframework.data.domain.PageRequest.of(0, 1))
              .getContent()
              .get(0)
              .id();
      String delivery = page("/admin/webhooks/" + webhook.id() + "/deliveries/" + deliveryId);
      assertThat(delivery).contains("&quot;type&quot;:&quot;ping&quot;", "Send again");

      mvc.perform(
              post("/admin/webhooks/" + webhook.id() + "/deliveries/" + deliveryId + "/redeliver")
                  .with(signedInAs(admin()))
                  .with(csrf()))
          .andExpect(redirectedUrl("/admin/webhooks/" + webhook.id() + "/deliveries/" + deliveryId))
          .andExpect(flash().attributeExists("flash"));

      // Without htmx, the test button leads to the delivery's page.
      mvc.perform(
              post("/admin/webhooks/" + webhook.id() + "/test")
                  .with(signedInAs(admin()))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
    }
  }

  @Test
  void a_stale_edit_is_refused_with_the_conflict_message_and_removal_goes_back_to_the_list()
      throws Exception {
    long id =
        webhooks
            .create(
                new org.cairnpmo.integration.domain.WebhookData(
                    "Hook " + unique(),
                    "https://hooks.example.org/x",
                    List.of("report.submitted"),
                    true,
                    null,
                    null),
                "test")
            .webhook()
            .id();
    made.add(id);
    String conflict =
        mvc.perform(
                post("/admin/webhooks/" + id)
                    .with(signedInAs(admin()))
                    .with(csrf())
                    .param("name", "Renamed")
                    .param("url", "https://hooks.example.org/y")
                    .param("eventTypes", "report.submitted")
                    .param("version", "7"))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(conflict).contains("Your changes were not saved");

    mvc.perform(
            post("/admin/webhooks/" + id)
                .with(signedInAs(admin()))
                .with(csrf())
                .param("name", "Renamed " + id)
                .param("url", "https://hooks.example.org/y")
                .param("eventTypes", "report.submitted")
                .param("secret", "a-secret-chosen-by-the-admin")
                .param("version", "0"))
        .andExpect(redirectedUrl("/admin/webhooks/" + id));
    assertThat(webhooks.get(id).name()).isEqualTo("Renamed " + id);

    mvc.perform(post("/admin/webhooks/" + id + "/delete").with(signedInAs(admin())).with(csrf()))
        .andExpect(redirectedUrl("/admin/webhooks"));
    assertThat(webhooks.all()).noneMatch(w -> w.id() == id);
  }

  @Test
  void only_administrators_reach_the_pages() throws Exception {
    mvc.perform(get("/admin/webhooks").with(signedInAs(user(Role.PMO))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/webhooks/new").with(signedInAs(user(Role.EXECUTIVE))))
        .andExpect(status().isForbidden());
  }
}

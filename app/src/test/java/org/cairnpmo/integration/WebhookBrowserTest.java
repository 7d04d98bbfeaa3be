package org.cairnpmo.integration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.integration.domain.WebhookService;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real headless Chromium: an administrator registers a webhook, reads its secret once, and
 * presses "Send test", whose answer appears in place (htmx) after a real receiver got the ping.
 */
class WebhookBrowserTest extends BrowserTest {

  @Autowired WebhookService webhooks;

  @Test
  void an_administrator_registers_a_webhook_and_sends_a_test() throws Exception {
    UserSummary admin = person(Role.ADMIN, "Ada Admin");
    String name = "Team chat " + unique();
    try (Receiver receiver = new Receiver()) {
      Page page = window();
      signInTo(page, admin, "/admin/webhooks");
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Webhooks").setExact(true)))
          .isVisible();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New webhook"))
          .first()
          .click();
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
      page.getByLabel("URL", new Page.GetByLabelOptions().setExact(true)).fill(receiver.url());
      page.getByLabel("project.registered").check();
      page.getByLabel("gate.decided").check();
      shot(page, "webhooks-01-new");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register webhook"))
          .click();

      assertThat(page.locator("h1")).containsText(name + " is registered");
      String secret = page.locator("#webhook-secret").textContent().trim();
      assertThat(secret).matches("[0-9a-f]{64}");
      shot(page, "webhooks-02-secret");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Done")).click();

      assertThat(page.locator("h1")).hasText(name);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send test")).click();
      assertThat(page.locator("#test-result")).containsText("Delivered: the receiver answered 200");
      shot(page, "webhooks-03-test");
      assertThat(receiver.requests()).hasSize(1);
      assertThat(receiver.requests().get(0).header("X-Cairn-Signature"))
          .isEqualTo(
              "sha256="
                  + WebhookDeliveryTest.hmac(
                      secret,
                      receiver.requests().get(0).header("X-Cairn-Timestamp")
                          + "."
                          + receiver.requests().get(0).body()));
      assertThat(page.content()).doesNotContain(secret);
    } finally {
      webhooks.all().stream()
          .filter(w -> w.name().equals(name))
          .forEach(w -> webhooks.delete(w.id()));
    }
  }
}

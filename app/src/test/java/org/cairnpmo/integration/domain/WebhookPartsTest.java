package org.cairnpmo.integration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The parts of webhook delivery that need no application: secrets, backoff, address rules. */
class WebhookPartsTest {

  private static WebhookSettings settings(String key, boolean refuseLinkLocal) {
    return new WebhookSettings(
        8,
        Duration.ofMinutes(1),
        Duration.ofHours(6),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(10),
        20,
        Duration.ofMinutes(5),
        30,
        key,
        refuseLinkLocal);
  }

  @Test
  void with_a_key_a_secret_is_stored_encrypted_and_opened_again() {
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    WebhookSecrets secrets = new WebhookSecrets(settings(key, true));
    String secret = secrets.generate();
    String sealed = secrets.seal(secret);
    assertThat(sealed).startsWith("v1:").doesNotContain(secret);
    assertThat(secrets.seal(secret)).as("a new nonce each time").isNotEqualTo(sealed);
    assertThat(secrets.open(sealed)).isEqualTo(secret);
    assertThat(secrets.open("plain:kept-from-before")).isEqualTo("kept-from-before");

    WebhookSecrets other =
        new WebhookSecrets(settings(Base64.getEncoder().encodeToString(new byte[16]), true));
    assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new WebhookSecrets(settings("c2hvcnQ=", true)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void without_a_key_a_secret_is_stored_as_given() {
    WebhookSecrets secrets = new WebhookSecrets(settings("", true));
    assertThat(secrets.seal("abc")).isEqualTo("plain:abc");
    assertThat(secrets.open("plain:abc")).isEqualTo("abc");
    assertThat(secrets.generate()).matches("[0-9a-f]{64}").isNotEqualTo(secrets.generate());
  }

  @Test
  void the_wait_doubles_from_the_first_retry_up_to_the_longest() {
    WebhookSettings settings = settings("", true);
    assertThat(List.of(2, 3, 4, 5).stream().map(settings::backoff))
        .containsExactly(
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8));
    assertThat(settings.backoff(30)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void the_signature_is_the_hmac_of_timestamp_dot_body() {
    // Computed apart: python3 -c "import hmac,hashlib;
    //   print(hmac.new(b'key', b'1.body', hashlib.sha256).hexdigest())"
    assertThat(WebhookSignature.sign("key", 1, "body"))
        .isEqualTo("sha256=91b5374b153842ad05b2c4eab9349b8321b14703165bd3fb8b034dfb8be98ae5");
    assertThat(WebhookSignature.sign("key", 2, "body"))
        .isNotEqualTo(WebhookSignature.sign("key", 1, "body"));
  }

  @Test
  void a_link_local_address_is_refused_before_anything_is_sent() {
    WebhookSender sender = new WebhookSender(settings("", true), Clock.systemUTC());
    Sent sent = sender.send("http://169.254.169.254/latest/meta-data", "s", "ping", 1, "{}");
    assertThat(sent.statusCode()).isNull();
    assertThat(sent.error()).contains("link-local");
    assertThat(sent.succeeded()).isFalse();
  }

  @Test
  void the_answer_is_kept_as_its_first_kb_without_control_characters() {
    assertThat(WebhookSender.excerpt("ok\u0000\u001b[31m\tfine\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("ok[31m\tfine\n");
    assertThat(WebhookSender.excerpt("x".repeat(5000).getBytes(StandardCharsets.UTF_8)))
        .hasSize(1024);
    assertThat(WebhookSender.excerpt(new byte[0])).isNull();
  }

  @Test
  void urls_and_event_types_follow_the_rules() {
    WebhookRules.check(
        new WebhookData(
            "ok", "https://example.org/a?b=c", List.of("gate.decided"), true, null, null));
    assertThatThrownBy(
            () ->
                WebhookRules.check(
                    new WebhookData(
                        "x",
                        "https://example.org/#frag",
                        List.of("gate.decided"),
                        true,
                        null,
                        null)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                WebhookRules.check(
                    new WebhookData("x", "https://example.org", List.of("ping"), true, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("eventTypes"));
  }
}

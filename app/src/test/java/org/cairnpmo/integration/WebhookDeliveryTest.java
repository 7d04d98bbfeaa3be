package org.cairnpmo.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.integration.domain.DeliveryStatus;
import org.cairnpmo.integration.domain.DeliveryView;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Events reach a real HTTP receiver once, signed; failures are retried with backoff until the last
 * attempt; the test button answers at once; two dispatchers racing send each delivery once.
 */
class WebhookDeliveryTest extends WebhookTestSupport {

  @Test
  void a_registered_project_is_delivered_once_signed_with_the_webhooks_secret() throws Exception {
    try (Receiver receiver = new Receiver()) {
      JsonNode created = register(receiver.url(), "project.registered");
      long webhookId = created.get("webhook").get("id").asLong();
      String secret = created.get("secret").asString();
      assertThat(secret).hasSize(64);

      UserSummary manager = user(Role.PROJECT_MANAGER);
      JsonNode project =
          read(
              mvc.perform(
                      post("/api/v1/projects")
                          .with(as(manager))
                          .contentType(MediaType.APPLICATION_JSON)
                          .content(write(projectData(manager.id(), false, List.of()))))
                  .andExpect(status().isCreated())
                  .andReturn());
      long projectId = project.get("id").asLong();

      List<DeliveryView> queued = awaitDeliveries(webhookId, 1);
      dispatchUntilSettled();
      dispatcher.dispatchDue(Instant.now());

      List<Receiver.Request> got =
          receiver.requests().stream()
              .filter(r -> r.body().contains("\"projectId\":" + projectId + ","))
              .toList();
      assertThat(got).hasSize(1);
      Receiver.Request request = got.get(0);
      String timestamp = request.header("X-Cairn-Timestamp");
      assertThat(request.header("X-Cairn-Signature"))
          .isEqualTo("sha256=" + hmac(secret, timestamp + "." + request.body()));
      assertThat(request.header("X-Cairn-Event")).isEqualTo("project.registered");
      assertThat(request.header("X-Cairn-Delivery")).isEqualTo(Long.toString(queued.get(0).id()));
      assertThat(request.header("Content-Type")).startsWith("application/json");
      assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)))
          .isLessThan(60);

      JsonNode envelope = json.readTree(request.body());
      assertThat(envelope.get("type").asString()).isEqualTo("project.registered");
      assertThat(envelope.get("version").asInt()).isEqualTo(1);
      assertThat(envelope.get("id").asString()).isEqualTo(queued.get(0).eventId());
      assertThat(envelope.get("data").get("code").asString())
          .isEqualTo(project.get("code").asString());
      assertThat(envelope.get("data").get("status").asString()).isEqualTo("PROPOSED");

      DeliveryView delivered = deliveries(webhookId).get(0);
      assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
      assertThat(delivered.attempts()).isEqualTo(1);
      assertThat(delivered.lastStatus()).isEqualTo(200);
      var detail = webhooks.delivery(webhookId, delivered.id());
      assertThat(detail.attempts()).hasSize(1);
      assertThat(detail.attempts().get(0).response()).contains("\"received\":true");
    }
  }

  @Test
  void a_failing_receiver_is_retried_with_backoff_until_the_last_attempt() throws Exception {
    try (Receiver receiver = new Receiver()) {
      receiver.answer(500);
      long webhookId =
          register(receiver.url(), "project.registered").get("webhook").get("id").asLong();
      project(user(Role.PROJECT_MANAGER), false);
      long deliveryId = awaitDeliveries(webhookId, 1).get(0).id();

      Instant now = Instant.parse("2030-01-01T00:00:00Z");
      List<Duration> waits = new ArrayList<>();
      for (int attempt = 1; attempt <= 8; attempt++) {
        assertThat(dispatcher.dispatchDue(now)).as("attempt " + attempt).isGreaterThanOrEqualTo(1);
        DeliveryView view = webhooks.delivery(webhookId, deliveryId).delivery();
        assertThat(view.attempts()).isEqualTo(attempt);
        assertThat(view.lastStatus()).isEqualTo(500);
        if (attempt < 8) {
          assertThat(view.status()).isEqualTo(DeliveryStatus.PENDING);
          Duration wait = Duration.between(now, view.nextAttemptAt());
          waits.add(wait);
          // Not due a moment before its time.
          dispatcher.dispatchDue(view.nextAttemptAt().minusSeconds(1));
          assertThat(webhooks.delivery(webhookId, deliveryId).delivery().attempts())
              .isEqualTo(attempt);
          now = view.nextAttemptAt();
        } else {
          assertThat(view.status()).isEqualTo(DeliveryStatus.FAILED);
          assertThat(view.nextAttemptAt()).isNull();
        }
      }
      assertThat(waits)
          .containsExactly(
              Duration.ofMinutes(1),
              Duration.ofMinutes(2),
              Duration.ofMinutes(4),
              Duration.ofMinutes(8),
              Duration.ofMinutes(16),
              Duration.ofMinutes(32),
              Duration.ofMinutes(64));
      assertThat(receiver.requests()).hasSize(8);
      assertThat(webhooks.delivery(webhookId, deliveryId).attempts())
          .extracting(a -> a.statusCode())
          .containsOnly(500);

      // Redelivered by the administrator once the receiver is back.
      receiver.answer(204);
      mvc.perform(
              post(BASE + "/" + webhookId + "/deliveries/" + deliveryId + "/redeliver")
                  .with(as(admin())))
          .andExpect(status().isAccepted());
      dispatcher.dispatchDue(now);
      DeliveryView view = webhooks.delivery(webhookId, deliveryId).delivery();
      assertThat(view.status()).isEqualTo(DeliveryStatus.DELIVERED);
      assertThat(webhooks.delivery(webhookId, deliveryId).attempts()).hasSize(9);
      assertThat(receiver.requests()).hasSize(9);
    }
  }

  @Test
  void send_test_pings_the_receiver_now_and_answers_its_response() throws Exception {
    try (Receiver receiver = new Receiver()) {
      JsonNode created = register(receiver.url(), "gate.decided");
      long webhookId = created.get("webhook").get("id").asLong();
      JsonNode result =
          read(
              mvc.perform(post(BASE + "/" + webhookId + "/test").with(as(admin())))
                  .andExpect(status().isOk())
                  .andReturn());
      assertThat(result.get("delivery").get("status").asString()).isEqualTo("DELIVERED");
      assertThat(result.get("delivery").get("eventType").asString()).isEqualTo("ping");
      assertThat(result.get("attempts").get(0).get("statusCode").asInt()).isEqualTo(200);
      assertThat(receiver.requests()).hasSize(1);
      Receiver.Request ping = receiver.requests().get(0);
      assertThat(ping.header("X-Cairn-Event")).isEqualTo("ping");
      assertThat(ping.header("X-Cairn-Signature"))
          .isEqualTo(
              "sha256="
                  + hmac(
                      created.get("secret").asString(),
                      ping.header("X-Cairn-Timestamp") + "." + ping.body()));

      // A receiver that is down: the answer says so, and a ping is not retried.
      receiver.close();
      JsonNode down =
          read(
              mvc.perform(post(BASE + "/" + webhookId + "/test").with(as(admin())))
                  .andExpect(status().isOk())
                  .andReturn());
      assertThat(down.get("delivery").get("status").asString()).isEqualTo("FAILED");
      assertThat(down.get("attempts").get(0).get("error").asString()).isNotBlank();
    }
  }

  @Test
  void finished_deliveries_are_purged_after_the_retention_and_pending_ones_kept() throws Exception {
    Receiver receiver = new Receiver();
    String url = receiver.url();
    receiver.close();
    long webhookId = register(url, "project.registered").get("webhook").get("id").asLong();
    long failed = webhooks.sendTest(webhookId, "test").delivery().id();
    assertThat(webhooks.delivery(webhookId, failed).delivery().status())
        .isEqualTo(DeliveryStatus.FAILED);
    project(user(Role.PROJECT_MANAGER), false);
    long pending = awaitDeliveries(webhookId, 2).get(1).id();

    assertThat(dispatcher.purgeFinishedBefore(Instant.now().minus(Duration.ofDays(30))))
        .as("nothing that recent")
        .isZero();
    assertThat(deliveries(webhookId)).hasSize(2);
    assertThat(dispatcher.purgeFinishedBefore(Instant.now().plusSeconds(60)))
        .isGreaterThanOrEqualTo(1);
    assertThat(deliveries(webhookId)).extracting(DeliveryView::id).containsExactly(pending);
  }

  @Test
  void two_dispatchers_racing_send_every_delivery_once() throws Exception {
    try (Receiver receiver = new Receiver()) {
      long webhookId =
          register(receiver.url(), "project.registered").get("webhook").get("id").asLong();
      UserSummary manager = user(Role.PROJECT_MANAGER);
      int events = 12;
      for (int i = 0; i < events; i++) {
        project(manager, false);
      }
      List<DeliveryView> queued = awaitDeliveries(webhookId, events);

      // Rounds of two nodes dispatching at once, until every delivery is out (a round takes at
      // most a batch each, and deliveries of other webhooks may share it).
      ExecutorService nodes = Executors.newFixedThreadPool(2);
      try {
        for (int round = 0;
            round < 5
                && deliveries(webhookId).stream()
                    .anyMatch(d -> d.status() != DeliveryStatus.DELIVERED);
            round++) {
          Instant now = Instant.now();
          CountDownLatch start = new CountDownLatch(1);
          List<Future<Integer>> rounds = new ArrayList<>();
          for (int node = 0; node < 2; node++) {
            rounds.add(
                nodes.submit(
                    () -> {
                      start.await();
                      return dispatcher.dispatchDue(now);
                    }));
          }
          start.countDown();
          for (Future<Integer> done : rounds) {
            done.get();
          }
        }
      } finally {
        nodes.shutdownNow();
      }

      Map<String, Long> perDelivery =
          receiver.requests().stream()
              .collect(
                  Collectors.groupingBy(r -> r.header("X-Cairn-Delivery"), Collectors.counting()));
      assertThat(perDelivery)
          .containsOnlyKeys(queued.stream().map(d -> Long.toString(d.id())).toList());
      assertThat(perDelivery.values()).containsOnly(1L);
      assertThat(deliveries(webhookId))
          .extracting(DeliveryView::status)
          .containsOnly(DeliveryStatus.DELIVERED);
    }
  }

  private List<DeliveryView> deliveries(long webhookId) {
    return webhooks.deliveries(webhookId, PageRequest.of(0, 200, Sort.by("id"))).getContent();
  }

  private List<DeliveryView> awaitDeliveries(long webhookId, int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(webhookId).size() >= count);
    List<DeliveryView> found = deliveries(webhookId);
    assertThat(found).hasSize(count);
    return found;
  }

  private void dispatchUntilSettled() {
    dispatcher.dispatchDue(Instant.now());
  }

  static String hmac(String secret, String content) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
  }
}

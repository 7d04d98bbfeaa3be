package org.cairnpmo.integration.domain;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * POSTs one signed body to a webhook's URL with short timeouts and reads at most the first KB of
 * the answer. Redirects are not followed (a 3xx is a failed attempt: the administrator registers
 * the final URL). With {@code refuse-link-local}, a host that resolves to a link-local address
 * (where cloud metadata services answer) is refused before anything is sent.
 */
@Component
class WebhookSender {

  private final WebhookSettings settings;
  private final Clock clock;
  private final HttpClient client;

  WebhookSender(WebhookSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Sends {@code body} as the envelope of {@code eventType}, delivery {@code deliveryId}. */
  Sent send(String url, String secret, String eventType, long deliveryId, String body) {
    long started = System.nanoTime();
    try {
      URI uri = URI.create(url);
      String refused = refusedAddress(uri);
      if (refused != null) {
        return Sent.notSent(refused);
      }
      long timestamp = clock.instant().getEpochSecond();
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(settings.requestTimeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "Cairn-Webhooks/1")
              .header(WebhookSignature.EVENT, eventType)
              .header(WebhookSignature.DELIVERY, Long.toString(deliveryId))
              .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
              .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(secret, timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      String excerpt;
      try (InputStream in = response.body()) {
        excerpt = excerpt(in.readNBytes(Sent.RESPONSE_CHARS * 4));
      }
      return new Sent(response.statusCode(), excerpt, null, millisSince(started));
    } catch (HttpTimeoutException e) {
      return new Sent(null, null, "Timed out", millisSince(started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sent(null, null, "Interrupted", millisSince(started));
    } catch (IOException | IllegalArgumentException e) {
      return new Sent(null, null, describe(e), millisSince(started));
    }
  }

  private String refusedAddress(URI uri) throws UnknownHostException {
    if (!settings.refuseLinkLocal()) {
      return null;
    }
    for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
      if (address.isLinkLocalAddress()) {
        return "Refused: " + uri.getHost() + " is a link-local address";
      }
    }
    return null;
  }

  /** The first KB of the answer as text, without control characters (tab and newlines kept). */
  static String excerpt(byte[] bytes) {
    if (bytes.length == 0) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    new String(bytes, StandardCharsets.UTF_8)
        .codePoints()
        .filter(c -> c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c))
        .limit(Sent.RESPONSE_CHARS)
        .forEach(out::appendCodePoint);
    if (out.length() > Sent.RESPONSE_CHARS) {
      out.setLength(Sent.RESPONSE_CHARS);
      if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
        out.setLength(out.length() - 1);
      }
    }
    return out.toString();
  }

  private static String describe(Exception e) {
    String kind = e.getClass().getSimpleName();
    String message = e.getMessage();
    return Sent.cut(message == null || message.isBlank() ? kind : kind + ": " + message);
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}

package org.cairnpmo.integration.domain;

import java.time.Instant;
import java.util.Set;
import org.cairnpmo.platform.Versioned;

/** A webhook as the API and the pages show it: never its secret. */
public record WebhookView(
    long id,
    String name,
    String url,
    Set<WebhookEventType> eventTypes,
    boolean active,
    long version,
    Instant createdAt)
    implements Versioned.Entry {

  /** The types' names, as the payload's {@code type} carries them. */
  public java.util.List<String> eventTypeNames() {
    return eventTypes.stream().map(WebhookEventType::key).toList();
  }
}

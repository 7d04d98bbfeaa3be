package org.cairnpmo.integration.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Getter;
import org.cairnpmo.platform.EditableRecord;

/** An administrator's registration: where to POST which events, signed with which secret. */
@Entity
@Table(name = "int_webhook")
@Getter
class Webhook extends EditableRecord {

  private String name;
  private String url;

  /** The subscribed types' keys, comma-separated (a few dozen at most). */
  private String eventTypes;

  /** Sealed by {@link WebhookSecrets}; never shown again after creation. */
  private String secret;

  private boolean active;

  protected Webhook() {}

  Webhook(WebhookData data, String sealedSecret, String by, Instant now) {
    revise(data, by, now);
    this.secret = sealedSecret;
    stampCreated(by, now);
  }

  void revise(WebhookData data, String by, Instant now) {
    this.name = data.name().strip();
    this.url = data.url().strip();
    this.eventTypes =
        data.types().stream().map(WebhookEventType::key).collect(Collectors.joining(","));
    this.active = !Boolean.FALSE.equals(data.active());
    if (getId() != null) {
      stampChanged(by, now);
    }
  }

  void replaceSecret(String sealedSecret, String by, Instant now) {
    this.secret = sealedSecret;
    stampChanged(by, now);
  }

  public Set<WebhookEventType> types() {
    Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
    Arrays.stream(eventTypes.split(","))
        .map(WebhookEventType::byKey)
        .forEach(t -> t.ifPresent(types::add));
    return types;
  }

  boolean subscribes(WebhookEventType type) {
    return active && types().contains(type);
  }

  public WebhookView toView() {
    return new WebhookView(
        getId(),
        name,
        url,
        types().stream().map(WebhookEventType::key).toList(),
        active,
        getVersion(),
        audit().createdAt());
  }
}

package org.cairnpmo.integration.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cairnpmo.platform.web.VersionNamed;

/**
 * A webhook as an administrator registers or changes it. {@code eventTypes} are the types' names
 * ({@code project.registered}, ...); {@code secret} is optional: empty, Cairn makes one when the
 * webhook is registered and keeps the old one when it is changed. {@code version} is the version
 * edited, for changes.
 */
public record WebhookData(
    @NotBlank(message = "Enter a name") @Size(max = 120, message = "At most 120 characters")
        String name,
    @NotBlank(message = "Enter the URL to POST to")
        @Size(max = 2000, message = "At most 2000 characters")
        String url,
    List<String> eventTypes,
    Boolean active,
    @Size(min = 16, max = 200, message = "Use 16 to 200 characters") String secret,
    Long version)
    implements VersionNamed {

  public WebhookData {
    eventTypes = eventTypes == null ? List.of() : new ArrayList<>(eventTypes);
    secret = secret == null || secret.isBlank() ? null : secret.strip();
  }

  /** The known types among {@link #eventTypes}; {@link WebhookRules} refuses unknown names. */
  Set<WebhookEventType> types() {
    Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
    eventTypes.forEach(key -> WebhookEventType.byKey(key).ifPresent(types::add));
    return types;
  }

  /** This change, over the version the caller edited. */
  public WebhookData editing(long editedVersion) {
    return new WebhookData(name, url, eventTypes, active, secret, editedVersion);
  }
}

package org.cairnpmo.integration.domain;

import java.time.Instant;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * A webhook as the API and the pages show it, its event types by name ({@code project.registered});
 * never its secret.
 */
public record WebhookView(
    long id,
    String name,
    String url,
    List<String> eventTypes,
    boolean active,
    long version,
    Instant createdAt)
    implements Versioned.Entry {}

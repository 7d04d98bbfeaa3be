package org.cairnpmo.integration.domain;

/** A webhook just registered, with its secret: the one time Cairn shows it. */
public record NewWebhook(WebhookView webhook, String secret) {}

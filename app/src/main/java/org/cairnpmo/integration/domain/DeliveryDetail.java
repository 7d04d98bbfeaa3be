package org.cairnpmo.integration.domain;

import java.util.List;

/** A delivery with its payload and every attempt, oldest first. */
public record DeliveryDetail(DeliveryView delivery, String payload, List<AttemptView> attempts) {}

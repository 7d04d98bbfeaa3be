package org.cairnpmo.governance.domain;

import jakarta.persistence.Embeddable;

/** A deliverable a gate requires; once provided, {@code reference} says where it is. */
@Embeddable
public record GateDeliverable(String label, boolean provided, String reference) {}

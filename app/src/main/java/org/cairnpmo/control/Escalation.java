package org.cairnpmo.control;

import java.time.Instant;

/** A RAID item raised to portfolio level: by whom, when, and why. */
public record Escalation(Long byId, String byName, Instant at, String note) {}

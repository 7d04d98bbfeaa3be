package org.cairnpmo.planning;

import java.time.Instant;

/** A saved baseline: its number (0 to 10), name, who saved it and when, and how many tasks. */
public record BaselineView(
    long id, int number, String name, Instant savedAt, String savedBy, int taskCount) {}

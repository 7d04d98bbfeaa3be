package org.cairnpmo.governance;

/** A tier as other modules refer to it: its level (1 is the highest) and name. */
public record TierOutline(long id, int level, String name) {}

package org.cairnpmo.identity;

/** A person's display name changed; modules that keep a copy of the name update it. */
public record PersonRenamed(long userId, String displayName) {}

package org.cairnpmo.planning;

/** Something the plan asks that its dates cannot give, found by the last scheduling run. */
public record ConflictView(
    long taskId, String taskName, String wbs, ConflictKind kind, String message) {}

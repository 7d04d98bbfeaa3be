package org.cairnpmo.governance;

/** A project was placed on a lifecycle: it now stands in the lifecycle's first phase. */
public record ProjectPlacedOnLifecycle(long projectId, long lifecycleId) {}

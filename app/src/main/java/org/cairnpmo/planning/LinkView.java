package org.cairnpmo.planning;

import org.cairnpmo.platform.Versioned;

/** A dependency of the plan; {@code version} is the plan's. */
public record LinkView(
    long id,
    long predecessorId,
    long successorId,
    DependencyType type,
    long lagValue,
    LagKind lagKind,
    long version)
    implements Versioned.Entry {}

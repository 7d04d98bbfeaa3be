package org.cairnpmo.planning;

import java.math.BigDecimal;
import org.cairnpmo.platform.Versioned;

/** A task's need of a resource; {@code version} is the plan's. */
public record RequirementView(
    long id, long taskId, long resourceId, String resourceName, BigDecimal units, long version)
    implements Versioned.Entry {}

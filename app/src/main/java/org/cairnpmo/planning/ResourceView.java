package org.cairnpmo.planning;

import java.math.BigDecimal;
import org.cairnpmo.platform.Versioned;

/** A resource of the plan; {@code version} is the plan's. */
public record ResourceView(
    long id,
    String name,
    ResourceKind kind,
    BigDecimal maxUnits,
    Long userId,
    BigDecimal costRate,
    Long calendarId,
    long version)
    implements Versioned.Entry {}

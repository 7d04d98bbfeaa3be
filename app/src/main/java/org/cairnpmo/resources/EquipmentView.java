package org.cairnpmo.resources;

import java.math.BigDecimal;
import org.cairnpmo.platform.Versioned;

/** Equipment or a facility; {@code costRate} is null for a caller who may not see cost rates. */
public record EquipmentView(
    long id, String name, String kind, int quantity, BigDecimal costRate, long version)
    implements Versioned.Entry {}

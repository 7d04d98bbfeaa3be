package org.cairnpmo.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A period in which the plan's tasks need more of a resource than it has, from the first to the
 * last day of it, as the leveler measures it.
 */
public record OverAllocationView(
    String resource, LocalDate from, LocalDate to, BigDecimal load, BigDecimal capacity) {}

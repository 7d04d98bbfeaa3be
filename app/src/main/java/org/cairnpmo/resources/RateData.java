package org.cairnpmo.resources;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cost rate per hour from a date on: it applies until the next rate's date. */
public record RateData(LocalDate from, BigDecimal hourlyRate) {}

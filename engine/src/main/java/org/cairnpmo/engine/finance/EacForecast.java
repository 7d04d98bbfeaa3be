package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A forecast at completion under one {@link EacMethod}. Every figure is empty when the method is
 * not defined for the status (for example {@link EacMethod#BAC_OVER_CPI} before any value is
 * earned), because a forecast from a division by zero is no forecast.
 *
 * @param method the formula used
 * @param eac estimate at completion
 * @param etc estimate to complete, EAC − AC
 * @param vac variance at completion, BAC − EAC; negative means an overrun
 * @param tcpiToEac (BAC − EV) / (EAC − AC), the efficiency the remaining work needs to land on the
 *     EAC; empty also when EAC equals AC
 */
public record EacForecast(
    EacMethod method,
    Optional<BigDecimal> eac,
    Optional<BigDecimal> etc,
    Optional<BigDecimal> vac,
    Optional<BigDecimal> tcpiToEac) {}

/**
 * Business-case and earned-value arithmetic (NPV, IRR, payback, ROI, EVM indices and forecasts)
 * that the portfolio and control modules show to decision makers.
 *
 * <p>Money is {@link java.math.BigDecimal}, as everywhere in Cairn. Sums and differences of money
 * are exact; every quotient (rates, indices, fractions of a period) is rounded to 16 significant
 * digits ({@link java.math.MathContext#DECIMAL64}, half-even). Callers round to the currency scale
 * only when presenting. A figure that is mathematically undefined (a division by zero, no IRR, no
 * payback) is an explicit value — an empty {@link java.util.Optional} or a dedicated result type —
 * never an exception, {@code Infinity} or a made-up number.
 */
package org.cairnpmo.engine.finance;

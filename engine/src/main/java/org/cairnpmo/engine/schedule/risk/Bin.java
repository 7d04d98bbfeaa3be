package org.cairnpmo.engine.schedule.risk;

import java.time.LocalDateTime;

/**
 * One bar of a histogram of finish dates: the iterations that finished from {@code from} up to (not
 * including) {@code to}, and the share of all iterations finished by {@code to}.
 */
public record Bin(LocalDateTime from, LocalDateTime to, int count, double cumulative) {}

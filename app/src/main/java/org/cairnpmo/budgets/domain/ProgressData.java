package org.cairnpmo.budgets.domain;

import java.util.List;

/**
 * A project's monthly progress, replacing the previous entries.
 *
 * @param version the budget's version that was read (or send {@code If-Match})
 */
public record ProgressData(List<ProgressPoint> points, Long version) {}

package org.cairnpmo.resources.timesheets.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line of a week as the caller sends it: an approved request ({@code requestId}), a task of a
 * project's plan ({@code projectId} and {@code taskId}) or a project with a free-text activity
 * ({@code projectId} and {@code activity}); {@code hours} are the seven days from Monday, a missing
 * day counting as none.
 */
public record LineData(
    Long requestId, Long projectId, Long taskId, String activity, List<BigDecimal> hours) {}

package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;

/**
 * The dates of one task. {@code start} and {@code finish} are where the task is planned: its actual
 * dates once known, its late dates when as late as possible, else its early dates. Floats are
 * minutes of working time on the task's calendar; negative total float means a constraint or
 * deadline cannot be met.
 */
public record ScheduledTask(
    String id,
    boolean summary,
    LocalDateTime start,
    LocalDateTime finish,
    LocalDateTime earlyStart,
    LocalDateTime earlyFinish,
    LocalDateTime lateStart,
    LocalDateTime lateFinish,
    long totalFloat,
    long freeFloat,
    boolean critical,
    boolean nearCritical) {}

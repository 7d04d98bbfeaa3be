package org.cairnpmo.planning.domain;

import java.time.LocalDateTime;

/** The dates one scheduling run gave a task, as the task stores them. */
record ScheduledDates(
    boolean summary,
    LocalDateTime start,
    LocalDateTime finish,
    LocalDateTime earlyStart,
    LocalDateTime earlyFinish,
    LocalDateTime lateStart,
    LocalDateTime lateFinish,
    Long totalFloatMinutes,
    Long freeFloatMinutes,
    boolean critical,
    boolean nearCritical) {}

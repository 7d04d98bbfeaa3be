package org.cairnpmo.planning;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** What a baseline kept of a task: its dates, duration, work (minutes) and cost (null: unknown). */
public record BaselineTask(
    long taskId,
    LocalDateTime start,
    LocalDateTime finish,
    long durationMinutes,
    long workMinutes,
    BigDecimal cost) {}

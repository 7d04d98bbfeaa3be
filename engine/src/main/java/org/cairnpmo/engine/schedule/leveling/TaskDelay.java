package org.cairnpmo.engine.schedule.leveling;

import java.time.LocalDateTime;

/**
 * How far leveling moved a task: its start before and after, and the delay in working minutes of
 * the project calendar (MS Project's leveling delay).
 */
public record TaskDelay(
    String taskId, LocalDateTime startBefore, LocalDateTime startAfter, long delayMinutes) {}

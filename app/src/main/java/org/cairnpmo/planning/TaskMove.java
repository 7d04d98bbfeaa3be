package org.cairnpmo.planning;

import java.time.LocalDateTime;

/** A task whose dates a scheduling run changed: before and after. */
public record TaskMove(
    long taskId,
    String wbs,
    String name,
    LocalDateTime oldStart,
    LocalDateTime oldFinish,
    LocalDateTime newStart,
    LocalDateTime newFinish) {}

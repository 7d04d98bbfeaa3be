package org.cairnpmo.engine.schedule.leveling;

import java.time.LocalDateTime;

/** A period in which the tasks on a resource need more units than it has. */
public record OverAllocation(
    String resourceId, LocalDateTime from, LocalDateTime to, double load, double capacity) {}

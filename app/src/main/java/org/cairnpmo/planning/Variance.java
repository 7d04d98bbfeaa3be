package org.cairnpmo.planning;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A task against one baseline: what the baseline kept and how far the plan is from it now. Start
 * and finish variances are minutes of working time on the task's calendar (positive = later than
 * the baseline); duration and work variances minutes (positive = longer, more); cost variance in
 * the plan's money (positive = dearer), null when either cost is unknown.
 */
public record Variance(
    int baselineNumber,
    LocalDateTime baselineStart,
    LocalDateTime baselineFinish,
    long baselineDurationMinutes,
    long baselineWorkMinutes,
    BigDecimal baselineCost,
    Long startVarianceMinutes,
    Long finishVarianceMinutes,
    long durationVarianceMinutes,
    long workVarianceMinutes,
    BigDecimal costVariance) {}

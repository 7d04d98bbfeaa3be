package org.cairnpmo.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A plan task's requirement of a person or a role, with the days the task is scheduled on, for
 * capacity planning across the plans.
 *
 * @param projectId the plan's project
 * @param wbs the task's outline number
 * @param firstDay the day the task starts
 * @param lastDay the day it finishes
 * @param kind {@link ResourceKind#PERSON} or {@link ResourceKind#ROLE}
 * @param userId the user a person resource stands for, or null
 * @param resourceName the resource's name in the plan (a role's name for a role)
 * @param units how much of the resource, 1 being one full-time person
 */
public record TaskDemand(
    long projectId,
    long taskId,
    String wbs,
    String taskName,
    LocalDate firstDay,
    LocalDate lastDay,
    ResourceKind kind,
    Long userId,
    String resourceName,
    BigDecimal units) {}

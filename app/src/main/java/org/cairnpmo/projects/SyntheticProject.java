package org.cairnpmo.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project for scale tests, registered in bulk by {@link ProjectsApi#registerInBulk}: its manager
 * becomes its only member, and its history holds one entry.
 */
public record SyntheticProject(
    String code,
    String name,
    String description,
    long departmentId,
    Long sponsorId,
    long managerId,
    ProjectCategory category,
    Priority priority,
    ProjectStatus status,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal budget,
    boolean confidential) {}

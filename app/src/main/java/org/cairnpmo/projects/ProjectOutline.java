package org.cairnpmo.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The few facts of a project that the bulk loads of other modules build on. */
public record ProjectOutline(
    long id,
    String code,
    ProjectStatus status,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal budget,
    Long managerId) {}

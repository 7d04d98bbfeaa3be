package org.cairnpmo.resources;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The labour cost of an approved timesheet on one project in one month: the approved hours of the
 * week that fall in that month, each day at the person's cost rate of that day. A week that spans
 * two months or several projects is announced once per project and month. {@code id} is the same
 * every time the same part of the same week is announced, so that a listener books it once.
 *
 * @param month the month, as {@code YYYY-MM}
 * @param amount above zero (hours without a rate cost nothing and are not announced)
 */
public record TimesheetApproved(
    String id,
    long projectId,
    String month,
    BigDecimal amount,
    BigDecimal hours,
    long personId,
    String personName,
    LocalDate weekStart) {}

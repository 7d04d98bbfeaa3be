package org.cairnpmo.control.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A project's reporting cadence as its manager or the PMO sets it. {@code startsOn} is the first
 * day of the first period (monthly cadences start on the first of that month; default: this week's
 * Monday, or this month's first day); {@code dueDays} is how many days after a period ends its
 * report is due (default 2). For a change, {@code version} is the version that was read.
 */
public record CadenceData(
    @NotNull(message = "Choose how often the project reports") Cadence cadence,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
    @Min(value = 0, message = "Use 0 to 30 days") @Max(value = 30, message = "Use 0 to 30 days")
        Integer dueDays,
    Long version) {

  public static final int DEFAULT_DUE_DAYS = 2;

  public int dueDaysOrDefault() {
    return dueDays == null ? DEFAULT_DUE_DAYS : dueDays;
  }
}

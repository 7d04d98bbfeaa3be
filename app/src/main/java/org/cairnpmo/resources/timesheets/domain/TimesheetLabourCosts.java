package org.cairnpmo.resources.timesheets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cairnpmo.resources.TimesheetApproved;
import org.cairnpmo.resources.domain.PoolPerson;

/** What an approved week costs, announced per project and month for budgets. */
final class TimesheetLabourCosts {

  private TimesheetLabourCosts() {}

  /**
   * The week's cost per project and month: each day's hours at the person's rate of that day (none
   * before their first rate), announced once per project and month with a stable id.
   */
  static List<TimesheetApproved> of(Timesheet sheet, PoolPerson person) {
    Map<String, BigDecimal[]> byProjectMonth = new TreeMap<>();
    for (TimesheetLine line : sheet.getLines()) {
      List<BigDecimal> hours = line.hours();
      for (int d = 0; d < 7; d++) {
        LocalDate day = sheet.getWeekStart().plusDays(d);
        BigDecimal h = hours.get(d);
        BigDecimal rate = person.rateOn(day).orElse(null);
        if (h.signum() == 0 || rate == null) {
          continue;
        }
        String key = line.projectId() + "|" + YearMonth.from(day);
        BigDecimal[] sum =
            byProjectMonth.computeIfAbsent(
                key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(h.multiply(rate));
        sum[1] = sum[1].add(h);
      }
    }
    List<TimesheetApproved> events = new ArrayList<>();
    byProjectMonth.forEach(
        (key, sum) -> {
          String[] parts = key.split("\\|");
          long projectId = Long.parseLong(parts[0]);
          BigDecimal amount = sum[0].setScale(2, RoundingMode.HALF_UP);
          if (amount.signum() > 0) {
            events.add(
                new TimesheetApproved(
                    "timesheet-" + sheet.getId() + "-project-" + projectId + "-" + parts[1],
                    projectId,
                    parts[1],
                    amount,
                    sum[1],
                    person.getId(),
                    person.getName(),
                    sheet.getWeekStart()));
          }
        });
    return events;
  }
}

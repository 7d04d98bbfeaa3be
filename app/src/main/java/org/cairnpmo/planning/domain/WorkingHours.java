package org.cairnpmo.planning.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cairnpmo.planning.WorkingPeriod;

/**
 * Working periods as a calendar row stores them: {@code "08:00-12:00,13:00-17:00"}, empty for no
 * work, {@code 24:00} (or {@code 00:00}) as the end of the day.
 */
final class WorkingHours {

  private WorkingHours() {}

  static String format(List<WorkingPeriod> periods) {
    return periods.stream()
        .map(p -> time(p.from(), false) + "-" + time(p.to(), true))
        .collect(Collectors.joining(","));
  }

  static List<WorkingPeriod> parse(String hours) {
    List<WorkingPeriod> periods = new ArrayList<>();
    if (hours == null || hours.isBlank()) {
      return periods;
    }
    for (String part : hours.split(",")) {
      String[] ends = part.strip().split("-");
      periods.add(new WorkingPeriod(parseTime(ends[0]), parseTime(ends[1])));
    }
    return periods;
  }

  private static String time(LocalTime time, boolean end) {
    return end && time.equals(LocalTime.MIDNIGHT) ? "24:00" : time.toString().substring(0, 5);
  }

  private static LocalTime parseTime(String text) {
    return text.strip().equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(text.strip());
  }
}

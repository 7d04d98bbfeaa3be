package org.cairnpmo.resources.timesheets.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/**
 * The checks of a week that need nothing but the input: the week starts on a Monday, hours are
 * between 0 and 24 with at most two decimals, a person works at most 24 hours a day over all lines,
 * and each line names one target. Whether the target exists is the service's to check.
 */
public final class TimesheetRules {

  public static final BigDecimal DAY = BigDecimal.valueOf(24);
  public static final int MAX_LINES = 50;
  public static final int MAX_ACTIVITY = 200;

  private TimesheetRules() {}

  /** A line whose shape is right; its target is still to be found. */
  public record Checked(
      int index,
      Long requestId,
      Long projectId,
      Long taskId,
      String activity,
      List<BigDecimal> hours) {}

  /** {@code start}, when it is a Monday in the range Cairn keeps. */
  public static LocalDate week(LocalDate start) {
    if (start == null) {
      throw InvalidInputException.of("week", "Give the Monday the week starts on.");
    }
    if (!InputRules.isSaneDate(start)) {
      throw InvalidInputException.of("week", InputRules.DATE_RANGE_MESSAGE);
    }
    if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw InvalidInputException.of(
          "week",
          "A week starts on a Monday; "
              + start
              + " is a "
              + start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + ".");
    }
    return start;
  }

  /** Every line checked, or every problem of every line. */
  public static List<Checked> check(List<LineData> lines, LocalDate week) {
    List<FieldProblem> problems = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    List<LineData> given = lines == null ? List.of() : lines;
    if (given.size() > MAX_LINES) {
      throw InvalidInputException.of("lines", "A week holds at most " + MAX_LINES + " lines.");
    }
    BigDecimal[] days = new BigDecimal[7];
    java.util.Arrays.fill(days, BigDecimal.ZERO);
    for (int i = 0; i < given.size(); i++) {
      LineData line = given.get(i);
      String at = "lines[" + i + "]";
      if (line == null) {
        problems.add(new FieldProblem(at, "Line " + (i + 1) + " is empty."));
        continue;
      }
      List<BigDecimal> hours = hours(line.hours(), at, i, problems);
      for (int d = 0; d < 7; d++) {
        days[d] = days[d].add(hours.get(d));
      }
      String activity = line.activity() == null ? null : line.activity().strip();
      if (activity != null && activity.isEmpty()) {
        activity = null;
      }
      if (activity != null && InputRules.hasControlCharacter(activity)) {
        problems.add(new FieldProblem(at + ".activity", InputRules.CONTROL_CHARACTER_MESSAGE));
      } else if (activity != null && activity.length() > MAX_ACTIVITY) {
        problems.add(
            new FieldProblem(
                at + ".activity",
                "Line " + (i + 1) + ": an activity has at most " + MAX_ACTIVITY + " characters."));
      }
      if (line.requestId() == null && line.projectId() == null) {
        problems.add(
            new FieldProblem(
                at,
                "Line "
                    + (i + 1)
                    + ": choose a request, a task or a project with an activity to book on."));
      } else if (line.requestId() == null && line.taskId() == null && activity == null) {
        problems.add(
            new FieldProblem(
                at + ".activity",
                "Line " + (i + 1) + ": say what was done on the project (an activity)."));
      }
      checked.add(
          new Checked(i, line.requestId(), line.projectId(), line.taskId(), activity, hours));
    }
    for (int d = 0; d < 7; d++) {
      if (days[d].compareTo(DAY) > 0) {
        LocalDate day = week.plusDays(d);
        problems.add(
            new FieldProblem(
                "hours",
                "More than 24 hours on "
                    + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " "
                    + day
                    + ": "
                    + days[d].stripTrailingZeros().toPlainString()
                    + " hours over all lines."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return checked;
  }

  private static List<BigDecimal> hours(
      List<BigDecimal> given, String at, int index, List<FieldProblem> problems) {
    List<BigDecimal> hours = new ArrayList<>();
    if (given != null && given.size() > 7) {
      problems.add(
          new FieldProblem(at + ".hours", "Line " + (index + 1) + ": a week has seven days."));
    }
    for (int d = 0; d < 7; d++) {
      BigDecimal h = given == null || d >= given.size() ? null : given.get(d);
      if (h == null) {
        h = BigDecimal.ZERO;
      }
      String day = DayOfWeek.of(d + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      if (h.signum() < 0) {
        problems.add(
            new FieldProblem(
                at + ".hours[" + d + "]",
                "Line " + (index + 1) + ", " + day + ": hours cannot be negative."));
        h = BigDecimal.ZERO;
      } else if (h.compareTo(DAY) > 0) {
        problems.add(
            new FieldProblem(
                at + ".hours[" + d + "]",
                "Line " + (index + 1) + ", " + day + ": a day has at most 24 hours."));
        h = BigDecimal.ZERO;
      } else if (h.stripTrailingZeros().scale() > 2) {
        problems.add(
            new FieldProblem(
                at + ".hours[" + d + "]",
                "Line " + (index + 1) + ", " + day + ": give hours with at most two decimals."));
        h = BigDecimal.ZERO;
      }
      hours.add(h.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
    return hours;
  }
}

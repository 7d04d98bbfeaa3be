package org.cairnpmo.resources.timesheets.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.resources.timesheets.domain.LineData;
import org.cairnpmo.resources.timesheets.domain.LineTarget;
import org.cairnpmo.resources.timesheets.domain.TimesheetView;
import org.springframework.util.MultiValueMap;

/**
 * The week's grid as its form sends it: one row per line with its target ({@link LineTarget}'s
 * key), activity and seven hours, kept as typed so a refused form shows what was written. Values
 * are read raw from the request, so that a comma in an activity stays in it.
 */
record WeekForm(List<Row> rows) {

  static final int BLANK_ROWS = 3;

  /** One line of the grid. */
  record Row(String target, String activity, List<String> hours) {

    static Row blank() {
      return new Row("", "", List.of("", "", "", "", "", "", ""));
    }

    boolean isBlank() {
      return FormInput.blank(target)
          && FormInput.blank(activity)
          && hours.stream().allMatch(FormInput::blank);
    }
  }

  /** The grid of a saved week, with room for new lines unless it is locked. */
  static WeekForm of(TimesheetView week) {
    List<Row> rows = new ArrayList<>();
    for (TimesheetView.Line l : week.lines()) {
      String key =
          l.requestId() != null
              ? LineTarget.requestKey(l.requestId())
              : l.taskId() != null
                  ? LineTarget.taskKey(l.projectId(), l.taskId())
                  : LineTarget.projectKey(l.projectId());
      rows.add(
          new Row(
              key,
              l.activity() == null ? "" : l.activity(),
              l.hours().stream().map(WeekForm::hours).toList()));
    }
    return new WeekForm(rows).withBlanks(week.actions().edit());
  }

  static WeekForm read(MultiValueMap<String, String> params) {
    List<String> targets = params.getOrDefault("target", List.of());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      List<String> hours = new ArrayList<>();
      for (int d = 0; d < 7; d++) {
        hours.add(at(params.get("d" + d), i));
      }
      rows.add(new Row(targets.get(i), at(params.get("activity"), i), hours));
    }
    return new WeekForm(rows);
  }

  WeekForm withBlanks(boolean editable) {
    List<Row> all = new ArrayList<>(rows);
    for (int i = 0; editable && i < BLANK_ROWS; i++) {
      all.add(Row.blank());
    }
    return new WeekForm(all);
  }

  /** The lines to save, leaving out empty rows; problems of rows the service cannot read. */
  List<LineData> lines(List<FieldProblem> problems) {
    List<LineData> lines = new ArrayList<>();
    int n = 0;
    for (Row row : rows) {
      if (row.isBlank()) {
        continue;
      }
      n++;
      String where = "Line " + n;
      List<BigDecimal> hours = new ArrayList<>();
      for (int d = 0; d < 7; d++) {
        String text = row.hours().get(d);
        BigDecimal h = FormInput.blank(text) ? BigDecimal.ZERO : FormInput.number(text);
        if (h == null) {
          problems.add(
              new FieldProblem(
                  "",
                  where
                      + ", "
                      + DayOfWeek.of(d + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                      + ": give the hours as a number, such as 7.5."));
          h = BigDecimal.ZERO;
        }
        hours.add(h);
      }
      String target = FormInput.trimmed(row.target());
      Long requestId = null;
      Long projectId = null;
      Long taskId = null;
      try {
        if (target == null || target.isEmpty()) {
          problems.add(new FieldProblem("", where + ": choose what the hours are booked on."));
        } else if (target.startsWith("R")) {
          requestId = Long.parseLong(target.substring(1));
        } else if (target.startsWith("T")) {
          String[] parts = target.substring(1).split("-", 2);
          projectId = Long.parseLong(parts[0]);
          taskId = Long.parseLong(parts[1]);
        } else if (target.startsWith("P")) {
          projectId = Long.parseLong(target.substring(1));
        } else {
          problems.add(new FieldProblem("", where + ": choose what the hours are booked on."));
        }
      } catch (RuntimeException e) {
        problems.add(new FieldProblem("", where + ": choose what the hours are booked on."));
      }
      lines.add(new LineData(requestId, projectId, taskId, row.activity(), hours));
    }
    return lines;
  }

  private static String at(List<String> values, int i) {
    return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
  }

  private static String hours(BigDecimal h) {
    return h.signum() == 0 ? "" : h.stripTrailingZeros().toPlainString();
  }
}

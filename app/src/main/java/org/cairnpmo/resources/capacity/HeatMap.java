package org.cairnpmo.resources.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.resources.capacity.CapacityReport.Cause;
import org.cairnpmo.resources.capacity.CapacityReport.Period;
import org.cairnpmo.resources.capacity.CapacityReport.Row;

/**
 * The heat map's rows as the page draws them: each cell's colour class, figure and hover text
 * worked out here, so the template does one lookup per attribute on grids of 100,000 cells.
 */
record HeatMap(List<Line> lines) {

  /** A group heading (department, then role) or a row of cells. */
  record Line(String heading, int level, Row row, List<Cell> cells) {

    public boolean isHeading() {
      return heading != null;
    }

    /** Named here: Thymeleaf reads a double underscore in an expression as preprocessing. */
    public String css() {
      return heading == null ? "heat-map__row" : "heat-map__group heat-map__group--" + level;
    }
  }

  /** One cell: its colour class, its figure and what makes it up. */
  record Cell(String css, String text, String title) {}

  /** At most this many causes are named in a cell's hover text. */
  static final int CAUSES_NAMED = 8;

  static HeatMap of(List<Row> rows, List<Period> periods, boolean people) {
    List<Line> lines = new ArrayList<>();
    String department = null;
    String role = null;
    boolean first = true;
    for (Row row : rows) {
      if (people) {
        String d = row.department() == null ? "No department" : row.department();
        String r = row.role() == null ? "No role" : row.role();
        if (first || !d.equals(department)) {
          lines.add(new Line(d, 1, null, List.of()));
          department = d;
          role = null;
        }
        if (!r.equals(role)) {
          lines.add(new Line(r, 2, null, List.of()));
          role = r;
        }
        first = false;
      }
      List<Cell> cells = new ArrayList<>(periods.size());
      for (int k = 0; k < periods.size(); k++) {
        cells.add(cell(row, k, periods.get(k)));
      }
      lines.add(new Line(null, 0, row, cells));
    }
    return new HeatMap(lines);
  }

  static Cell cell(Row row, int k, Period period) {
    Integer load = row.loadPercent()[k];
    double added = row.scenario() == null ? 0 : row.scenario()[k];
    double demand = row.booked()[k] + row.requested()[k] + added;
    String css;
    if (row.overAllocated()[k]) {
      css = "heat heat--over";
    } else if (load == null || demand <= 0) {
      css = load == null ? "heat heat--none" : "heat heat--0";
    } else if (load < 50) {
      css = "heat heat--1";
    } else if (load < 80) {
      css = "heat heat--2";
    } else {
      css = "heat heat--3";
    }
    StringBuilder title = new StringBuilder();
    title
        .append(row.name())
        .append(", ")
        .append(period.label())
        .append(" (")
        .append(period.start())
        .append(" to ")
        .append(period.end())
        .append("): capacity ")
        .append(hours(row.capacity()[k]))
        .append(", booked ")
        .append(hours(row.booked()[k]))
        .append(", requested ")
        .append(hours(row.requested()[k]));
    if (row.scenario() != null) {
      title.append(", scenario ").append(hours(added));
    }
    if (load != null) {
      title.append(", load ").append(load).append(" %");
    }
    if (row.overAllocated()[k]) {
      title.append(", over-allocated");
    }
    List<Cause> causes = new ArrayList<>();
    for (Cause c : row.causes()) {
      if (c.hoursAt(k) > 0) {
        causes.add(c);
      }
    }
    causes.sort((a, b) -> Double.compare(b.hoursAt(k), a.hoursAt(k)));
    for (int i = 0; i < causes.size() && i < CAUSES_NAMED; i++) {
      Cause c = causes.get(i);
      title.append('\n');
      switch (c.kind()) {
        case OTHER_COMMITMENTS -> title.append("Other commitments");
        case SCENARIO -> title.append(c.source()).append(" (scenario)");
        case PLANNED -> {
          title.append(c.projectCode()).append(" task ").append(c.source());
          if (c.person() != null) {
            title.append(", ").append(c.person());
          }
          title.append(" (plan)");
        }
        case BOOKED, REQUESTED -> {
          title.append(c.projectCode()).append(" request ").append(c.requestId());
          if (c.person() != null) {
            title.append(", ").append(c.person());
          }
          title.append(c.kind() == CapacityReport.CauseKind.BOOKED ? " (booked)" : " (requested)");
        }
      }
      title.append(": ").append(hours(c.hoursAt(k)));
    }
    if (causes.size() > CAUSES_NAMED) {
      title.append("\nand ").append(causes.size() - CAUSES_NAMED).append(" more");
    }
    if (added > 0) {
      // Marked apart from the colour, so that what the scenario adds shows on any load.
      css += " heat--what-if";
    }
    return new Cell(
        css, load == null ? (demand > 0 ? "!" : "–") : Integer.toString(load), title.toString());
  }

  static String hours(double h) {
    return String.format(Locale.ROOT, "%.1f h", h);
  }
}

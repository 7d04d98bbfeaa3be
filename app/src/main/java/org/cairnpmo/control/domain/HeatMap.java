package org.cairnpmo.control.domain;

import java.util.List;
import org.cairnpmo.control.RiskLevel;

/**
 * Open risks counted on the 5×5 probability × impact grid: rows from probability 5 down to 1, cells
 * from impact 1 to 5. {@code projects} is how many projects were counted.
 */
public record HeatMap(List<Row> rows, int total, int projects) {

  /** One probability band. */
  public record Row(int probability, List<Cell> cells) {}

  /** One square of the grid and how many open risks fall into it. */
  public record Cell(int probability, int impact, int score, RiskLevel level, int count) {}

  public static HeatMap of(int[][] counts, int projects) {
    List<Row> rows = new java.util.ArrayList<>();
    int total = 0;
    for (int p = 5; p >= 1; p--) {
      List<Cell> cells = new java.util.ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        int score = RiskLevel.score(p, i);
        cells.add(new Cell(p, i, score, RiskLevel.of(score), counts[p - 1][i - 1]));
        total += counts[p - 1][i - 1];
      }
      rows.add(new Row(p, List.copyOf(cells)));
    }
    return new HeatMap(List.copyOf(rows), total, projects);
  }

  public int high() {
    return count(RiskLevel.HIGH);
  }

  public int medium() {
    return count(RiskLevel.MEDIUM);
  }

  public int low() {
    return count(RiskLevel.LOW);
  }

  public int count(RiskLevel level) {
    return rows.stream()
        .flatMap(r -> r.cells().stream())
        .filter(c -> c.level() == level)
        .mapToInt(Cell::count)
        .sum();
  }
}

package org.cairnpmo.resources;

import java.util.List;

/**
 * A project's RACI matrix as a caller saves it, whole: columns are people of the pool or generic
 * roles (exactly one of the two ids), rows are free text or a task of the project's plan, and each
 * row has one cell per column: R, A, C, I or empty. {@code version} is the version that was read (0
 * before the first save).
 */
public record RaciData(List<Column> columns, List<Row> rows, Long version) {

  public RaciData {
    columns = columns == null ? List.of() : columns;
    rows = rows == null ? List.of() : rows;
  }

  public RaciData editing(long editedVersion) {
    return new RaciData(columns, rows, editedVersion);
  }

  /** A person of the pool or a generic role. */
  public record Column(Long personId, Long roleId) {}

  /** A deliverable, phase or plan task; {@code label} may be blank for a task (its name). */
  public record Row(String label, Long taskId, List<String> cells) {

    public Row {
      cells = cells == null ? List.of() : cells;
    }
  }
}

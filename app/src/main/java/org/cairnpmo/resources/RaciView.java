package org.cairnpmo.resources;

import java.time.Instant;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * A project's RACI matrix as the caller may see it. Version 0 means nothing was saved yet. A row
 * with no Responsible or no Accountable is flagged ({@code missingResponsible}, {@code
 * missingAccountable}); {@code editable} says whether the caller may change the matrix.
 */
public record RaciView(
    long projectId,
    String projectCode,
    String projectName,
    List<ColumnView> columns,
    List<RowView> rows,
    boolean editable,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements Versioned {

  /** A column: a person of the pool or a generic role, with its name. */
  public record ColumnView(Long personId, Long roleId, String name) {

    public String kind() {
      return personId != null ? "person" : "role";
    }

    /** How a form names the column: {@code person:12} or {@code role:3}. */
    public String ref() {
      return personId != null ? "person:" + personId : "role:" + roleId;
    }
  }

  /** A row; {@code taskWbs} is the task's outline number while the task is in the plan. */
  public record RowView(
      String label,
      Long taskId,
      String taskWbs,
      List<String> cells,
      boolean missingResponsible,
      boolean missingAccountable) {

    public boolean flagged() {
      return missingResponsible || missingAccountable;
    }
  }

  /** How many rows lack a Responsible or an Accountable. */
  public long flaggedRows() {
    return rows.stream().filter(RowView::flagged).count();
  }
}

package org.cairnpmo.onboarding.domain;

import java.util.List;
import org.cairnpmo.platform.tabular.RowProblem;

/**
 * What the import does with one row of the file: create a record, update one (with the fields that
 * change, before and after) or leave it unchanged; and every problem of the row, any of which stops
 * the whole import.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param key what the row is matched by: the project code, the username or e-mail, the department
 *     code
 */
public record RowPlan(
    int row, String key, Action action, List<Change> changes, List<RowProblem> problems) {

  /** What happens to the row's record. */
  public enum Action {
    CREATE,
    UPDATE,
    UNCHANGED
  }

  /** A field the row sets: its value before (null for a new record) and after. */
  public record Change(String field, String before, String after) {}
}

package org.cairnpmo.resources.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.resources.RaciData;
import org.cairnpmo.resources.RaciLetter;

/**
 * The rules of a RACI matrix. A row has at most one Accountable: a second is refused on save,
 * naming the row and the columns that hold an A. A row without an Accountable or a Responsible is
 * allowed (a matrix is filled in over time) but flagged on the page and in the exports. Columns are
 * a person or a role, each at most once; every cell is R, A, C, I or empty.
 */
final class RaciRules {

  static final int MAX_COLUMNS = 100;
  static final int MAX_ROWS = 500;
  static final char EMPTY = '-';

  private RaciRules() {}

  /** The checked matrix, ready to store. */
  record Checked(List<RaciColumnEntry> columns, List<RaciRowEntry> rows) {}

  /**
   * @param columnName the name of a column, for messages
   * @param taskName the name of each task of the project's plan, by id
   */
  static Checked check(
      RaciData data, Function<RaciData.Column, String> columnName, Map<Long, String> taskName) {
    List<FieldProblem> problems = new ArrayList<>();
    if (data.columns().size() > MAX_COLUMNS) {
      throw InvalidInputException.of("columns", "At most " + MAX_COLUMNS + " columns.");
    }
    if (data.rows().size() > MAX_ROWS) {
      throw InvalidInputException.of("rows", "At most " + MAX_ROWS + " rows.");
    }
    List<RaciColumnEntry> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < data.columns().size(); i++) {
      RaciData.Column c = data.columns().get(i);
      String at = "columns[" + i + "]";
      if (c == null || (c.personId() == null) == (c.roleId() == null)) {
        problems.add(new FieldProblem(at, "Give a column either a person or a role."));
        continue;
      }
      String name = columnName.apply(c);
      if (name == null) {
        problems.add(
            new FieldProblem(
                at,
                c.personId() != null
                    ? "There is no person " + c.personId() + " in the pool."
                    : "There is no role " + c.roleId() + " in the catalog."));
        continue;
      }
      if (!seen.add(c.personId() != null ? "p" + c.personId() : "r" + c.roleId())) {
        problems.add(new FieldProblem(at, name + " is a column already."));
        continue;
      }
      columns.add(new RaciColumnEntry(c.personId(), c.roleId()));
    }
    List<RaciRowEntry> rows = new ArrayList<>();
    for (int i = 0; i < data.rows().size(); i++) {
      RaciData.Row row = data.rows().get(i);
      String at = "rows[" + i + "]";
      if (row == null) {
        problems.add(new FieldProblem(at, "Remove the empty row."));
        continue;
      }
      if (row.taskId() != null && !taskName.containsKey(row.taskId())) {
        problems.add(
            new FieldProblem(
                at + ".taskId", "Task " + row.taskId() + " is not in the project's plan."));
      }
      String label =
          PoolRules.text(
              row.label() == null || row.label().isBlank()
                  ? taskName.get(row.taskId())
                  : row.label(),
              at + ".label",
              300,
              true,
              "Name the row: a deliverable, a phase or a task.",
              problems);
      if (row.cells().size() > data.columns().size()) {
        problems.add(
            new FieldProblem(at + ".cells", "The row has more cells than the matrix has columns."));
        continue;
      }
      StringBuilder letters = new StringBuilder();
      List<String> accountable = new ArrayList<>();
      for (int j = 0; j < data.columns().size(); j++) {
        String cell = j < row.cells().size() ? row.cells().get(j) : null;
        RaciLetter letter = RaciLetter.read(cell);
        if (letter == null && cell != null && !cell.isBlank() && !cell.strip().equals("-")) {
          problems.add(
              new FieldProblem(
                  at + ".cells[" + j + "]", "Use R, A, C or I, or leave the cell empty."));
        }
        if (letter == RaciLetter.A) {
          String name = columnName.apply(data.columns().get(j));
          accountable.add(name == null ? "column " + (j + 1) : name);
        }
        letters.append(letter == null ? EMPTY : letter.name().charAt(0));
      }
      if (accountable.size() > 1) {
        problems.add(
            new FieldProblem(
                at + ".cells",
                "'"
                    + (label == null ? "Row " + (i + 1) : label)
                    + "' has "
                    + accountable.size()
                    + " Accountable ("
                    + String.join(", ", accountable)
                    + "): a row has exactly one Accountable. Keep one A and make the others R, C"
                    + " or I."));
      }
      rows.add(new RaciRowEntry(label, row.taskId(), letters.toString()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Checked(columns, rows);
  }

  /** The cells of a stored row, one per column ("" for an empty cell). */
  static List<String> cells(RaciRowEntry row, int columns) {
    List<String> cells = new ArrayList<>(columns);
    for (int j = 0; j < columns; j++) {
      char c = j < row.letters().length() ? row.letters().charAt(j) : EMPTY;
      cells.add(c == EMPTY ? "" : String.valueOf(c));
    }
    return cells;
  }

  static boolean has(RaciRowEntry row, RaciLetter letter) {
    return row.letters().indexOf(letter.name().charAt(0)) >= 0;
  }
}

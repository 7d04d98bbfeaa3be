package org.cairnpmo.resources.web;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.resources.RaciData;
import org.cairnpmo.resources.RaciView;

/**
 * The RACI page's form: the matrix as it is being edited, with a column or row marked for removal
 * and the column or task to add. Columns are named {@code person:12} or {@code role:3}.
 */
@Getter
@Setter
public class RaciForm extends EditForm {

  private List<ColumnField> columns = new ArrayList<>();
  private List<RowField> rows = new ArrayList<>();
  private String newColumn;
  private String newTask;

  @Getter
  @Setter
  public static class ColumnField {
    private String ref;
    private boolean remove;
  }

  @Getter
  @Setter
  public static class RowField {
    private String label;
    private String taskId;
    private List<String> cells = new ArrayList<>();
    private boolean remove;
  }

  static RaciForm of(RaciView view) {
    RaciForm form = new RaciForm();
    form.version = view.version();
    for (RaciView.ColumnView c : view.columns()) {
      ColumnField column = new ColumnField();
      column.ref = c.ref();
      form.columns.add(column);
    }
    for (RaciView.RowView r : view.rows()) {
      RowField row = new RowField();
      row.label = r.label();
      row.taskId = r.taskId() == null ? null : r.taskId().toString();
      row.cells = new ArrayList<>(r.cells());
      form.rows.add(row);
    }
    return form;
  }

  /**
   * The matrix the form describes, without what is marked for removal, with the column or row the
   * action asks to add; what the form cannot read goes to {@code problems}.
   */
  RaciData toData(String action, List<FieldProblem> problems) {
    List<RaciData.Column> kept = new ArrayList<>();
    List<Integer> keptIndex = new ArrayList<>();
    for (int j = 0; j < columns.size(); j++) {
      ColumnField c = columns.get(j);
      if (c == null || c.remove) {
        continue;
      }
      RaciData.Column column = column(c.ref);
      if (column == null) {
        problems.add(new FieldProblem("columns[" + j + "]", "Choose a person or a role."));
        continue;
      }
      kept.add(column);
      keptIndex.add(j);
    }
    if ("addColumn".equals(action)) {
      RaciData.Column added = column(newColumn);
      if (added == null) {
        problems.add(new FieldProblem("newColumn", "Choose a person or a role to add."));
      } else {
        kept.add(added);
        keptIndex.add(-1);
      }
    }
    List<RaciData.Row> keptRows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      RowField r = rows.get(i);
      if (r == null || r.remove) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (int index : keptIndex) {
        cells.add(index < 0 || index >= r.cells.size() ? "" : r.cells.get(index));
      }
      keptRows.add(
          new RaciData.Row(
              r.label,
              FormInput.id(r.taskId, "T", "rows[" + i + "].taskId", "Choose a task.", problems),
              cells));
    }
    if ("addRow".equals(action)) {
      keptRows.add(new RaciData.Row("", null, List.of()));
    }
    if ("addTask".equals(action)) {
      Long task = FormInput.id(newTask, "T", "newTask", "Choose a task of the plan.", problems);
      if (task == null) {
        problems.add(new FieldProblem("newTask", "Choose a task of the plan to add as a row."));
      } else {
        keptRows.add(new RaciData.Row(null, task, List.of()));
      }
    }
    return new RaciData(kept, keptRows, version);
  }

  private static RaciData.Column column(String ref) {
    if (FormInput.blank(ref)) {
      return null;
    }
    String[] parts = ref.strip().split(":", 2);
    if (parts.length != 2) {
      return null;
    }
    try {
      long id = Long.parseLong(parts[1]);
      return switch (parts[0]) {
        case "person" -> new RaciData.Column(id, null);
        case "role" -> new RaciData.Column(null, id);
        default -> null;
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

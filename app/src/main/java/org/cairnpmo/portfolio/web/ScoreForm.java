package org.cairnpmo.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.portfolio.domain.ScoreSheetData;
import org.cairnpmo.portfolio.domain.ScoreSheetView;

/** A scorer's sheet as the browser sends it: a rating and a comment per criterion. */
public class ScoreForm extends EditForm {

  @Getter @Setter private List<Row> scores = new ArrayList<>();

  static ScoreForm of(ScoreSheetView sheet) {
    ScoreForm form = new ScoreForm();
    for (ScoreSheetView.Row row : sheet.rows()) {
      form.scores.add(
          new Row(
              row.criterionId(),
              row.value() == null ? null : String.valueOf(row.value()),
              row.comment()));
    }
    form.version = sheet.version();
    return form;
  }

  ScoreSheetData toData() {
    List<FieldProblem> problems = new ArrayList<>();
    List<ScoreSheetData.Entry> entries = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      Row row = scores.get(i);
      entries.add(
          new ScoreSheetData.Entry(
              row.getCriterionId(),
              FormInput.integer(
                  row.getValue(), "scores[" + i + "].value", "Choose a score", problems),
              row.getComment()));
    }
    FormInput.refuseAny(problems);
    return new ScoreSheetData(entries, version);
  }

  /** One criterion's rating. */
  @Getter
  @NoArgsConstructor
  @AllArgsConstructor(access = AccessLevel.PACKAGE)
  public static class Row {
    @Setter private Long criterionId;
    @Setter private String value;
    @Setter private String comment;
  }
}

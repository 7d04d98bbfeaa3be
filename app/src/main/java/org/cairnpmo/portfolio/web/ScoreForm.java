package org.cairnpmo.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.portfolio.domain.ScoreSheetData;
import org.cairnpmo.portfolio.domain.ScoreSheetView;

/** A scorer's sheet as the browser sends it: a rating and a comment per criterion. */
public class ScoreForm {

  private List<Row> scores = new ArrayList<>();
  private Long version;

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
              PageSupport.integer(
                  row.getValue(), "scores[" + i + "].value", "Choose a score", problems),
              row.getComment()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ScoreSheetData(entries, version);
  }

  /** One criterion's rating. */
  public static class Row {
    private Long criterionId;
    private String value;
    private String comment;

    public Row() {}

    Row(Long criterionId, String value, String comment) {
      this.criterionId = criterionId;
      this.value = value;
      this.comment = comment;
    }

    public Long getCriterionId() {
      return criterionId;
    }

    public void setCriterionId(Long criterionId) {
      this.criterionId = criterionId;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }

  public List<Row> getScores() {
    return scores;
  }

  public void setScores(List<Row> scores) {
    this.scores = scores;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}

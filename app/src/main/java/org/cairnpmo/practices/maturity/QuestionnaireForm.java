package org.cairnpmo.practices.maturity;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;

/**
 * The page form of a questionnaire: its questions as rows (area, text, the five level descriptors),
 * with a few empty rows at the end to add questions. Empty rows are dropped before saving, so that
 * the rows sent are exactly the questions saved and every problem lands on its row.
 */
public class QuestionnaireForm extends EditForm.Named {

  static final int SPARE_ROWS = 3;

  @Getter @Setter private List<Row> questions = new ArrayList<>();

  /** One question as typed. */
  @Getter
  @Setter
  public static class Row {
    private String area;
    private String text;
    private List<String> levels = new ArrayList<>(List.of("", "", "", "", ""));

    boolean blank() {
      return FormInput.blank(text)
          && (levels == null || levels.stream().allMatch(FormInput::blank));
    }
  }

  static QuestionnaireForm of(QuestionnaireData data) {
    QuestionnaireForm form = new QuestionnaireForm();
    form.name = data.name();
    form.description = data.description();
    form.version = data.version();
    for (QuestionnaireData.QuestionData q : data.questionsOrEmpty()) {
      Row row = new Row();
      row.area = q.area().name();
      row.text = q.text();
      row.levels = new ArrayList<>(q.levels());
      form.questions.add(row);
    }
    return form;
  }

  /** Drops the empty rows: the form as it is saved. */
  QuestionnaireForm compact() {
    questions = new ArrayList<>(questions.stream().filter(r -> r != null && !r.blank()).toList());
    return this;
  }

  /** Adds empty rows up to {@code spare} at the end, to write new questions in. */
  QuestionnaireForm withSpareRows(int spare) {
    int empty = (int) questions.stream().filter(r -> r != null && r.blank()).count();
    for (int i = empty; i < spare; i++) {
      questions.add(new Row());
    }
    return this;
  }

  QuestionnaireData toData() {
    return new QuestionnaireData(
        name,
        description,
        questions.stream()
            .map(
                r ->
                    new QuestionnaireData.QuestionData(
                        FormInput.choice(r.area, MaturityArea.class, null),
                        r.text,
                        r.levels == null
                            ? null
                            : r.levels.stream().map(l -> l == null ? "" : l).toList()))
            .toList(),
        version);
  }
}

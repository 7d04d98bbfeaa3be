package org.cairnpmo.practices.maturity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.PositionalRows;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A maturity questionnaire kept by the PMO. It changes freely until an assessment uses it; from
 * then on it is frozen (the service refuses a change), so that every assessment keeps the questions
 * it was answered with. A change is then a copy, which points back to the questionnaire it came
 * from.
 */
@KeepsHistory("maturity-questionnaire")
@Entity(name = "MaturityQuestionnaire")
@Table(name = "prc_maturity_questionnaire")
@Getter
class Questionnaire extends EditableRecord {

  private String name;
  private String description;
  private Long previousId;

  @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @Getter(AccessLevel.NONE)
  private List<Question> questions = new ArrayList<>();

  protected Questionnaire() {}

  static Questionnaire of(QuestionnaireData data, Long previousId, String by, Instant now) {
    Questionnaire questionnaire = new Questionnaire();
    questionnaire.previousId = previousId;
    questionnaire.stampCreated(by, now);
    questionnaire.apply(data, by, now);
    return questionnaire;
  }

  void revise(QuestionnaireData data, String by, Instant now) {
    apply(data, by, now);
  }

  private void apply(QuestionnaireData data, String by, Instant now) {
    name = data.name().trim();
    description =
        data.description() == null || data.description().isBlank()
            ? null
            : data.description().trim();
    PositionalRows.update(
        questions,
        data.questionsOrEmpty(),
        Question::apply,
        (position, question) -> new Question(this, position, question));
    stampChanged(by, now);
  }

  QuestionnaireData toData() {
    return new QuestionnaireData(
        name, description, questions.stream().map(Question::toData).toList(), getVersion());
  }

  List<Question> getQuestions() {
    return List.copyOf(questions);
  }
}

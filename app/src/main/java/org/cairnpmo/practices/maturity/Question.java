package org.cairnpmo.practices.maturity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/** One question of a questionnaire, with what each of the five levels means for it. */
@Entity(name = "MaturityQuestion")
@Table(name = "prc_maturity_question")
@Getter(AccessLevel.PACKAGE)
class Question extends GeneratedId {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "questionnaire_id")
  @Getter(AccessLevel.NONE)
  private Questionnaire questionnaire;

  @Column(name = "sort_order")
  private int position;

  @Enumerated(EnumType.STRING)
  private MaturityArea area;

  @Column(name = "question_text")
  private String text;

  private String level1;
  private String level2;
  private String level3;
  private String level4;
  private String level5;

  protected Question() {}

  Question(Questionnaire questionnaire, int position, QuestionnaireData.QuestionData data) {
    this.questionnaire = questionnaire;
    this.position = position;
    apply(data);
  }

  void apply(QuestionnaireData.QuestionData data) {
    area = data.area();
    text = data.text().trim();
    List<String> levels = data.levels().stream().map(String::trim).toList();
    level1 = levels.get(0);
    level2 = levels.get(1);
    level3 = levels.get(2);
    level4 = levels.get(3);
    level5 = levels.get(4);
  }

  List<String> levels() {
    return List.of(level1, level2, level3, level4, level5);
  }

  QuestionnaireData.QuestionData toData() {
    return new QuestionnaireData.QuestionData(area, text, levels());
  }
}

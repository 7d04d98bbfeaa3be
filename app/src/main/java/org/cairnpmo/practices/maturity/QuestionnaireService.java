package org.cairnpmo.practices.maturity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.practices.domain.DefinedEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maturity questionnaires the PMO keeps. A questionnaire asks about every area; it is frozen
 * once an assessment uses it (409 questionnaire-in-use), and changed then by a copy.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class QuestionnaireService implements DefinedEntries<QuestionnaireData, QuestionnaireView> {

  private final QuestionnaireRepository questionnaires;
  private final AssessmentRepository assessments;
  private final Clock clock;

  @Transactional(readOnly = true)
  public List<QuestionnaireView> questionnaires() {
    return questionnaires.findAllByOrderByNameAsc().stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public QuestionnaireView questionnaire(long id) {
    return view(find(id));
  }

  /** The questionnaire as its form fills in, with its version. */
  @Transactional(readOnly = true)
  public QuestionnaireData forEdit(long id) {
    return find(id).toData();
  }

  @Transactional
  @Override
  public QuestionnaireView define(QuestionnaireData data, CurrentUser by) {
    MaturityAccess.requireRunner(by);
    if (questionnaires.existsByNameIgnoreCase(data.name().trim())) {
      throw InvalidInputException.of("name", "A questionnaire with this name exists.");
    }
    requireEveryArea(data);
    Questionnaire saved =
        questionnaires.saveAndFlush(Questionnaire.of(data, null, by.username(), clock.instant()));
    return view(saved);
  }

  @Transactional
  @Override
  public QuestionnaireView revise(
      long id, QuestionnaireData data, long expectedVersion, CurrentUser by) {
    MaturityAccess.requireRunner(by);
    Questionnaire questionnaire = find(id);
    if (questionnaire.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "The questionnaire " + questionnaire.getName(),
          expectedVersion,
          questionnaire.getVersion());
    }
    if (assessments.existsByQuestionnaireId(id)) {
      throw new BusinessRuleException(
          "questionnaire-in-use",
          "The questionnaire "
              + questionnaire.getName()
              + " was used by an assessment and is frozen, so that the assessment keeps the"
              + " questions it was answered with. Copy it and change the copy.");
    }
    if (questionnaires.existsByNameIgnoreCaseAndIdNot(data.name().trim(), id)) {
      throw InvalidInputException.of("name", "Another questionnaire has this name.");
    }
    requireEveryArea(data);
    questionnaire.revise(data, by.username(), clock.instant());
    questionnaires.flush();
    return view(questionnaire);
  }

  /** A copy to change, named after the original with the first free number. */
  @Transactional
  public QuestionnaireView copy(long id, CurrentUser by) {
    MaturityAccess.requireRunner(by);
    Questionnaire original = find(id);
    String name = original.getName();
    int n = 2;
    String base = name.replaceFirst(" \\(\\d+\\)$", "");
    while (questionnaires.existsByNameIgnoreCase(name)) {
      name = base + " (" + n++ + ")";
    }
    QuestionnaireData data = original.toData();
    Questionnaire copy =
        questionnaires.saveAndFlush(
            Questionnaire.of(
                new QuestionnaireData(name, data.description(), data.questions(), null),
                original.getId(),
                by.username(),
                clock.instant()));
    return view(copy);
  }

  Questionnaire find(long id) {
    return questionnaires
        .findById(id)
        .orElseThrow(() -> new NotFoundException("Questionnaire", id));
  }

  private QuestionnaireView view(Questionnaire q) {
    return QuestionnaireView.of(q, assessments.existsByQuestionnaireId(q.getId()));
  }

  /** The model is over all six areas: the radar and the overall level need each of them. */
  private static void requireEveryArea(QuestionnaireData data) {
    Set<MaturityArea> missing = EnumSet.allOf(MaturityArea.class);
    data.questionsOrEmpty().forEach(q -> missing.remove(q.area()));
    if (!missing.isEmpty()) {
      throw InvalidInputException.of(
          "questions",
          "Ask at least one question about each area; none yet about "
              + missing.stream().map(MaturityArea::label).collect(Collectors.joining(", "))
              + ".");
    }
  }
}

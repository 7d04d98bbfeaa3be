package org.cairnpmo.practices.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.practices.maturity.ActionData;
import org.cairnpmo.practices.maturity.ActionStatus;
import org.cairnpmo.practices.maturity.AnswersData;
import org.cairnpmo.practices.maturity.AssessmentData;
import org.cairnpmo.practices.maturity.AssessmentService;
import org.cairnpmo.practices.maturity.AssessmentViews;
import org.cairnpmo.practices.maturity.ImprovementActionService;
import org.cairnpmo.practices.maturity.MaturityArea;
import org.cairnpmo.practices.maturity.QuestionnaireData;
import org.cairnpmo.practices.maturity.QuestionnaireService;
import org.cairnpmo.practices.maturity.QuestionnaireView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's maturity assessment, from {@code demo/practices-maturity-questionnaire.yml} and {@code
 * demo/practices-maturity-assessments.yml}: the questionnaire, and two closed assessments of the
 * whole organization a year apart, answered by several people each (the later one with its
 * improvement actions). Every respondent answers as themselves through the services, as on the
 * pages; the PMO opens and closes. What is already there (the questionnaire, an assessment of the
 * same name) is left alone. Called by {@link PracticesDemoData} after the lessons.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class MaturityDemoData {

  static final String QUESTIONNAIRE = "practices-maturity-questionnaire.yml";
  static final String ASSESSMENTS = "practices-maturity-assessments.yml";

  private static final Logger log = LoggerFactory.getLogger(MaturityDemoData.class);

  private final QuestionnaireService questionnaires;
  private final AssessmentService assessments;
  private final ImprovementActionService actions;
  private final IdentityApi identity;

  MaturityDemoData(
      QuestionnaireService questionnaires,
      AssessmentService assessments,
      ImprovementActionService actions,
      IdentityApi identity) {
    this.questionnaires = questionnaires;
    this.assessments = assessments;
    this.actions = actions;
    this.identity = identity;
  }

  void load(CurrentUser pmo) {
    QuestionnaireView questionnaire = questionnaire(pmo);
    List<String> existing =
        assessments.assessments(null, PageRequest.of(0, 200), pmo).getContent().stream()
            .map(AssessmentViews.Summary::name)
            .toList();
    int loaded = 0;
    for (Map<String, Object> entry : DemoResource.entries(ASSESSMENTS)) {
      String name = (String) entry.get("name");
      if (existing.contains(name)) {
        continue;
      }
      try {
        assessment(entry, questionnaire, pmo);
        loaded++;
      } catch (RuntimeException e) {
        log.warn("Demo practices: assessment {} not loaded: {}", name, e.getMessage());
      }
    }
    log.info("Demo practices: loaded {} maturity assessments.", loaded);
  }

  @SuppressWarnings("unchecked")
  private QuestionnaireView questionnaire(CurrentUser pmo) {
    Map<String, Object> entry = DemoResource.entries(QUESTIONNAIRE).get(0);
    String name = (String) entry.get("name");
    Optional<QuestionnaireView> known =
        questionnaires.questionnaires().stream().filter(q -> q.name().equals(name)).findFirst();
    if (known.isPresent()) {
      return known.get();
    }
    List<QuestionnaireData.QuestionData> questions = new ArrayList<>();
    for (Map<String, Object> q : (List<Map<String, Object>>) entry.get("questions")) {
      questions.add(
          new QuestionnaireData.QuestionData(
              MaturityArea.valueOf((String) q.get("area")),
              (String) q.get("text"),
              (List<String>) q.get("levels")));
    }
    return questionnaires.define(
        new QuestionnaireData(name, (String) entry.get("description"), questions, null), pmo);
  }

  @SuppressWarnings("unchecked")
  private void assessment(
      Map<String, Object> entry, QuestionnaireView questionnaire, CurrentUser pmo) {
    Map<String, Map<String, List<Integer>>> respondents =
        (Map<String, Map<String, List<Integer>>>) entry.get("respondents");
    Map<String, CurrentUser> people = new java.util.LinkedHashMap<>();
    respondents
        .keySet()
        .forEach(username -> person(username).ifPresent(p -> people.put(username, p)));
    AssessmentViews.Detail opened =
        assessments.open(
            new AssessmentData(
                (String) entry.get("name"),
                questionnaire.id(),
                null,
                LocalDate.parse(String.valueOf(entry.get("heldOn"))),
                people.values().stream().map(CurrentUser::id).toList()),
            pmo);
    Map<MaturityArea, List<QuestionnaireView.QuestionView>> byArea = questionnaire.byArea();
    people.forEach(
        (username, who) -> {
          List<AnswersData.Answer> answers = new ArrayList<>();
          respondents
              .get(username)
              .forEach(
                  (area, levels) -> {
                    List<QuestionnaireView.QuestionView> questions =
                        byArea.getOrDefault(MaturityArea.valueOf(area), List.of());
                    for (int i = 0; i < Math.min(levels.size(), questions.size()); i++) {
                      answers.add(new AnswersData.Answer(questions.get(i).id(), levels.get(i)));
                    }
                  });
          long version = assessments.myResponse(opened.id(), who).version();
          assessments.answer(opened.id(), new AnswersData(answers, true, version), version, who);
        });
    AssessmentViews.Detail current = assessments.assessment(opened.id(), pmo);
    assessments.close(opened.id(), current.version(), pmo);
    for (Map<String, Object> action :
        (List<Map<String, Object>>) entry.getOrDefault("actions", List.of())) {
      Optional<CurrentUser> owner = person((String) action.get("owner"));
      if (owner.isEmpty()) {
        continue;
      }
      actions.add(
          opened.id(),
          new ActionData(
              (String) action.get("title"),
              MaturityArea.valueOf((String) action.get("area")),
              owner.get().id(),
              LocalDate.parse(String.valueOf(action.get("due"))),
              ActionStatus.valueOf((String) action.get("status")),
              null),
          pmo);
    }
  }

  private Optional<CurrentUser> person(String username) {
    Optional<UserSummary> user = identity.userByUsername(username);
    if (user.isEmpty()) {
      log.warn("Demo practices: no person {} to answer the maturity assessment", username);
    }
    return user.map(u -> new CurrentUser(u.id(), u.username(), u.displayName(), u.roles()));
  }
}

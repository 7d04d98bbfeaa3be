package org.cairnpmo.practices.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.practices.maturity.ActionStatus;
import org.cairnpmo.practices.maturity.AssessmentService;
import org.cairnpmo.practices.maturity.AssessmentStatus;
import org.cairnpmo.practices.maturity.AssessmentViews;
import org.cairnpmo.practices.maturity.ImprovementActionService;
import org.cairnpmo.practices.maturity.MaturityArea;
import org.cairnpmo.practices.maturity.QuestionnaireService;
import org.cairnpmo.practices.maturity.QuestionnaireView;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's maturity assessment: a questionnaire of four to five questions per area, two closed
 * assessments of the whole organization a year apart (the history), the later one answered by
 * several people who disagree on resources, with its improvement actions; loading again adds
 * nothing.
 */
class MaturityDemoDataTest extends DemoDataTest {

  @Autowired MaturityDemoData demo;
  @Autowired QuestionnaireService questionnaires;
  @Autowired AssessmentService assessments;
  @Autowired ImprovementActionService actions;
  @Autowired IdentityApi identity;

  private CurrentUser pmo() {
    UserSummary p = identity.userByUsername("pmo").orElseThrow();
    return new CurrentUser(p.id(), p.username(), p.displayName(), p.roles());
  }

  @Test
  void a_questionnaire_and_two_closed_assessments_with_actions_are_loaded_once() {
    CurrentUser pmo = pmo();
    QuestionnaireView questionnaire =
        questionnaires.questionnaires().stream()
            .filter(q -> q.name().equals("PMO and project management maturity"))
            .findFirst()
            .orElseThrow();
    assertThat(questionnaire.inUse()).isTrue();
    for (MaturityArea area : MaturityArea.values()) {
      assertThat(questionnaire.byArea().get(area)).hasSizeBetween(4, 5);
    }
    assertThat(questionnaire.questions()).allSatisfy(q -> assertThat(q.levels()).hasSize(5));

    List<AssessmentViews.Summary> closed =
        assessments
            .assessments(
                AssessmentStatus.CLOSED, PageRequest.of(0, 50, AssessmentService.ORDER), pmo)
            .getContent()
            .stream()
            .filter(a -> a.name().startsWith("PMO maturity, autumn"))
            .toList();
    assertThat(closed).hasSize(2);
    AssessmentViews.Summary latest = closed.get(0);
    assertThat(latest.name()).isEqualTo("PMO maturity, autumn 2026");
    assertThat(latest.submitted()).isEqualTo(latest.respondents()).isGreaterThanOrEqualTo(5);

    AssessmentViews.Detail detail = assessments.assessment(latest.id(), pmo);
    assertThat(detail.results().areas()).hasSize(6);
    assertThat(detail.previous().name()).isEqualTo("PMO maturity, autumn 2025");
    assertThat(detail.results().overall()).isGreaterThan(detail.previous().results().overall());
    assertThat(detail.results().areas())
        .filteredOn(s -> s.area() == MaturityArea.RESOURCES)
        .singleElement()
        .satisfies(s -> assertThat(s.disagreement()).isTrue());

    var history = assessments.history(null);
    assertThat(history.assessments())
        .extracting(p -> p.name())
        .containsSubsequence("PMO maturity, autumn 2025", "PMO maturity, autumn 2026");

    var list = actions.allOf(latest.id());
    assertThat(list).hasSizeGreaterThanOrEqualTo(5);
    assertThat(list).extracting(a -> a.status()).contains(ActionStatus.DONE, ActionStatus.PLANNED);

    demo.load(pmo);
    assertThat(
            assessments.assessments(null, PageRequest.of(0, 50), pmo).getContent().stream()
                .filter(a -> a.name().startsWith("PMO maturity, autumn")))
        .hasSize(2);
    assertThat(questionnaires.questionnaires())
        .filteredOn(q -> q.name().startsWith("PMO and project management maturity"))
        .hasSize(1);
  }
}

package org.cairnpmo.practices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.practices.maturity.AnswersData;
import org.cairnpmo.practices.maturity.AssessmentData;
import org.cairnpmo.practices.maturity.AssessmentService;
import org.cairnpmo.practices.maturity.MaturityArea;
import org.cairnpmo.practices.maturity.QuestionnaireData;
import org.cairnpmo.practices.maturity.QuestionnaireService;
import org.cairnpmo.practices.maturity.QuestionnaireView;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A maturity assessment in a real headless Chromium: a respondent answers (a submission with
 * questions left open is refused, a draft is kept, then submitted), and the PMO closes the
 * assessment and sees the radar beside the table, with the area where respondents disagree marked,
 * then adds an improvement action. Screenshots go to {@code
 * target/screenshots/practices-maturity-*.png}.
 */
class MaturityBrowserTest extends BrowserTest {

  @Autowired QuestionnaireService questionnaires;
  @Autowired AssessmentService assessments;

  @Test
  void a_respondent_answers_and_the_pmo_closes_and_sees_the_radar() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary ana = person(Role.MEMBER, "Ana Lima");
    UserSummary ben = person(Role.PROJECT_MANAGER, "Ben Okoro");
    List<QuestionnaireData.QuestionData> questions = new ArrayList<>();
    for (MaturityArea area : MaturityArea.values()) {
      questions.add(
          new QuestionnaireData.QuestionData(
              area,
              "How far has " + area.label().toLowerCase() + " come?",
              MaturityFixtures.levels(area.label())));
    }
    QuestionnaireView questionnaire =
        questionnaires.define(
            new QuestionnaireData("Browser maturity " + unique(), null, questions, null),
            current(pmo));
    String name = "Browser assessment " + unique();
    long id =
        assessments
            .open(
                new AssessmentData(
                    name,
                    questionnaire.id(),
                    null,
                    LocalDate.of(2026, 11, 2),
                    List.of(ana.id(), ben.id())),
                current(pmo))
            .id();
    // Ben answers 4 everywhere but resources (1): with Ana's 3 and 3, they disagree there.
    List<AnswersData.Answer> bens = new ArrayList<>();
    questionnaire
        .questions()
        .forEach(
            q ->
                bens.add(
                    new AnswersData.Answer(q.id(), q.area() == MaturityArea.RESOURCES ? 1 : 4)));
    assessments.answer(id, new AnswersData(bens, true, 0L), 0, current(ben));

    {
      Page page = window();
      signInTo(page, ana, "/practices/maturity");
      page.locator("#to-answer")
          .getByRole(
              AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name))
          .click();
      assertThat(
              page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your answers")))
          .isVisible();

      // Two answers only, then submit: refused, and the two chosen levels are still chosen.
      QuestionnaireView.QuestionView first = questionnaire.questions().get(0);
      QuestionnaireView.QuestionView second = questionnaire.questions().get(1);
      page.locator("input[name='level-" + first.id() + "'][value='2']").check();
      page.locator("input[name='level-" + second.id() + "'][value='3']").check();
      page.locator("#submit-answers").click();
      assertThat(page.locator("#answer-errors")).containsText("Answer every question");
      assertThat(page.locator("input[name='level-" + first.id() + "'][value='2']")).isChecked();

      page.locator("#save-draft").click();
      assertThat(page.locator("#response-status")).hasText("Draft saved");
      for (QuestionnaireView.QuestionView q : questionnaire.questions()) {
        page.locator("input[name='level-" + q.id() + "'][value='3']").check();
      }
      shot(page, "practices-maturity-answer");
      page.locator("#submit-answers").click();
      assertThat(page.locator("#assessment-status")).hasText("Open");
      assertThat(page.locator("#respondents")).containsText("Submitted");
      assertThat(page.locator("#answer-link")).hasCount(0);
      assertThat(page.locator("#radar")).hasCount(0);
    }

    {
      Page page = window();
      signInTo(page, pmo, "/practices/maturity/" + id);
      page.locator("#close-assessment").click();
      assertThat(page.locator("#assessment-status")).hasText("Closed");
      assertThat(page.locator("#radar svg[role='img']")).isVisible();
      assertThat(page.locator("#radar svg polygon.radar__series--0")).hasCount(1);
      // Governance: Ana 3, Ben 4 -> 3.5. Resources: 3 and 1 -> 2.0, two levels apart.
      assertThat(page.locator("#area-scores tbody tr").first()).containsText("3.5");
      assertThat(page.locator("#area-scores tr.is-disagreement")).hasCount(1);
      assertThat(page.locator("#area-scores tr.is-disagreement")).containsText("Resources");
      // (3.5 x 5 + 2.0) / 6 = 3.25: level 3.
      assertThat(page.locator("#overall")).containsText("level 3, Defined");
      assertThat(page.locator("#answers")).containsText(ana.displayName());

      page.locator("#action-form")
          .getByLabel(
              "Action", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
          .fill("Review capacity across the portfolio each quarter");
      page.locator("#action-form").getByLabel("Area").selectOption("RESOURCES");
      page.locator("#action-form").getByLabel("Owner").selectOption(String.valueOf(pmo.id()));
      page.locator("#action-form").getByLabel("Due").fill("2027-03-31");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action")).click();
      assertThat(page.locator("#action-list")).containsText("Review capacity across the portfolio");
      shot(page, "practices-maturity-results");

      page.navigate(url("/practices/maturity"));
      assertThat(page.locator("#assessments")).containsText(name);
      assertThat(page.locator("#history-table")).containsText("Resources");
      shot(page, "practices-maturity");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New questionnaire"))
          .click();
      assertThat(page.locator("#questionnaire-form fieldset")).hasCount(6);
      shot(page, "practices-maturity-questionnaire-form");
    }
  }
}

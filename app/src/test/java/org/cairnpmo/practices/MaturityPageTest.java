package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The maturity pages: who is offered what, and bad input on their forms shown as an error, never a
 * failure.
 */
class MaturityPageTest extends PracticesTestSupport {

  @Autowired QuestionnaireService questionnaires;
  @Autowired AssessmentService assessments;

  private static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  private QuestionnaireView questionnaire(UserSummary pmo) {
    List<QuestionnaireData.QuestionData> questions = new ArrayList<>();
    for (MaturityArea area : MaturityArea.values()) {
      questions.add(
          new QuestionnaireData.QuestionData(
              area, "How is " + area.label() + "?", MaturityFixtures.levels(area.label())));
    }
    return questionnaires.define(
        new QuestionnaireData("Page maturity " + unique(), null, questions, null), current(pmo));
  }

  @Test
  void everyone_reads_the_pages_and_only_the_pmo_is_offered_to_open_and_close() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary ana = user(Role.MEMBER);
    QuestionnaireView q = questionnaire(pmo);
    String name = "Page assessment " + unique();
    long id =
        assessments
            .open(
                new AssessmentData(
                    name, q.id(), null, LocalDate.of(2026, 11, 2), List.of(ana.id())),
                current(pmo))
            .id();

    mvc.perform(get("/practices/maturity").with(page(ana)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("You are invited to answer")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Open an assessment"))));
    mvc.perform(get("/practices/maturity").with(page(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Open an assessment")));
    // Page numbers nobody should send show the nearest page; the API refuses them.
    for (String number : List.of("2147483647", "-1")) {
      mvc.perform(get("/practices/maturity").param("page", number).with(page(ana)))
          .andExpect(status().isOk());
    }
    for (String query : List.of("page=2147483647", "page=-1", "size=0", "size=99999")) {
      mvc.perform(get("/api/v1/practices/assessments?" + query).with(page(ana)))
          .andExpect(status().isBadRequest());
      mvc.perform(get("/api/v1/practices/assessments/" + id + "/actions?" + query).with(page(ana)))
          .andExpect(status().isBadRequest());
    }
    // An unknown scope shows the organization's history; a department without any, none.
    for (String scope : List.of("abc", "987654321")) {
      mvc.perform(get("/practices/maturity").param("department", scope).with(page(ana)))
          .andExpect(status().isOk())
          .andExpect(content().string(Matchers.containsString("History: Whole organization")));
    }
    mvc.perform(
            get("/practices/maturity")
                .param("department", Long.toString(department().id()))
                .with(page(ana)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("No closed assessment of this scope")));
    mvc.perform(get("/practices/maturity/new").with(page(ana))).andExpect(status().isForbidden());
    mvc.perform(get("/practices/maturity/new").with(page(pmo))).andExpect(status().isOk());
    mvc.perform(get("/practices/maturity/" + id).with(page(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("close-assessment")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("radar-title"))));
    mvc.perform(get("/practices/maturity/" + id).with(page(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("close-assessment"))));
    mvc.perform(
            post("/practices/maturity/" + id + "/respondents")
                .with(page(pmo))
                .with(csrf())
                .param("version", "0")
                .param("respondentIds", "abc"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", Matchers.containsString("Choose people")));
    UserSummary ben = user(Role.MEMBER);
    mvc.perform(
            post("/practices/maturity/" + id + "/respondents")
                .with(page(pmo))
                .with(csrf())
                .param("version", "0")
                .param("respondentIds", Long.toString(ben.id())))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", Matchers.containsString("2 people may answer")));
    mvc.perform(get("/practices/maturity/" + id + "/answer").with(page(ben)))
        .andExpect(status().isOk());
    mvc.perform(get("/practices/maturity/987654321").with(page(ana)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/practices/maturity/" + id + "/answer").with(page(user(Role.MEMBER))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/practices/maturity/questionnaires/" + q.id()).with(page(ana)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Quantitatively managed")));
  }

  @Test
  void bad_input_on_the_forms_is_shown_as_errors() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary ana = user(Role.MEMBER);
    QuestionnaireView q = questionnaire(pmo);

    // Opening: no respondent, a questionnaire id that is no number, a date that is no date.
    mvc.perform(
            post("/practices/maturity")
                .with(page(pmo))
                .with(csrf())
                .param("name", "Form " + unique())
                .param("questionnaireId", "abc")
                .param("heldOn", "31/12/2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Choose a questionnaire.")))
        .andExpect(content().string(Matchers.containsString("Enter a date as YYYY-MM-DD.")))
        .andExpect(content().string(Matchers.containsString("Invite at least one respondent")));
    String name = "Form " + unique();
    mvc.perform(
            post("/practices/maturity")
                .with(page(pmo))
                .with(csrf())
                .param("name", name)
                .param("questionnaireId", Long.toString(q.id()))
                .param("respondentIds", Long.toString(ana.id())))
        .andExpect(status().is3xxRedirection());
    long id =
        assessments
            .assessments(null, org.springframework.data.domain.PageRequest.of(0, 200), current(pmo))
            .getContent()
            .stream()
            .filter(a -> a.name().equals(name))
            .findFirst()
            .orElseThrow()
            .id();

    // Answering: a level out of the scale and one that is no number.
    long first = q.questions().get(0).id();
    long second = q.questions().get(1).id();
    mvc.perform(
            post("/practices/maturity/" + id + "/answer")
                .with(page(ana))
                .with(csrf())
                .param("version", "0")
                .param("level-" + first, "7")
                .param("level-" + second, "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Choose a level from 1 to 5.")));
    mvc.perform(
            post("/practices/maturity/" + id + "/answer")
                .with(page(ana))
                .with(csrf())
                .param("version", "0")
                .param("level-" + first, "4"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/practices/maturity/" + id + "/answer"));
    assertThat(assessments.myResponse(id, current(ana)).levelOf(first)).isEqualTo(4);

    // Closing with an old version is refused with a message, not a failure.
    List<AnswersData.Answer> all = new ArrayList<>();
    q.questions().forEach(question -> all.add(new AnswersData.Answer(question.id(), 2)));
    long version = assessments.myResponse(id, current(ana)).version();
    assessments.answer(id, new AnswersData(all, true, version), version, current(ana));
    mvc.perform(
            post("/practices/maturity/" + id + "/close")
                .with(page(pmo))
                .with(csrf())
                .param("version", "99"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash().attribute("flashError", Matchers.containsString("changed this assessment")));
    long current = assessments.assessment(id, current(pmo)).version();
    mvc.perform(
            post("/practices/maturity/" + id + "/close")
                .with(page(pmo))
                .with(csrf())
                .param("version", Long.toString(current)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/practices/maturity/" + id).with(page(ana)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("radar-title")))
        .andExpect(content().string(Matchers.containsString("area-scores")));

    // An action without an owner is refused next to the list.
    mvc.perform(
            post("/practices/maturity/" + id + "/actions")
                .with(page(pmo))
                .with(csrf())
                .param("title", "No owner")
                .param("area", "CULTURE")
                .param("dueDate", "2027-01-31"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", Matchers.containsString("Choose who owns it")));
    mvc.perform(
            post("/practices/maturity/" + id + "/actions")
                .with(page(ana))
                .with(csrf())
                .param("title", "Mine")
                .param("area", "CULTURE")
                .param("ownerId", Long.toString(ana.id()))
                .param("dueDate", "2027-01-31"))
        .andExpect(status().isForbidden());
  }

  @Test
  void the_pmo_writes_a_questionnaire_on_its_form_and_copies_it_once_it_is_used() throws Exception {
    UserSummary pmo = user(Role.PMO);
    String name = "Form questionnaire " + unique();
    var request =
        post("/practices/maturity/questionnaires").with(page(pmo)).with(csrf()).param("name", name);
    MaturityArea[] areas = MaturityArea.values();
    for (int i = 0; i < areas.length; i++) {
      request.param("questions[" + i + "].area", areas[i].name());
      request.param("questions[" + i + "].text", "How is " + areas[i].label() + "?");
      for (int level = 0; level < 5; level++) {
        request.param("questions[" + i + "].levels[" + level + "]", "Level " + (level + 1));
      }
    }
    // An empty row at the end is left out; a row without its area is refused on its row.
    request.param("questions[6].text", "");
    mvc.perform(
            post("/practices/maturity/questionnaires")
                .with(page(pmo))
                .with(csrf())
                .param("name", name)
                .param("questions[0].text", "No area?")
                .param("questions[0].levels[0]", "One"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Choose the area")))
        .andExpect(content().string(Matchers.containsString("Describe each of the five levels")));
    mvc.perform(request).andExpect(status().is3xxRedirection());
    QuestionnaireView saved =
        questionnaires.questionnaires().stream()
            .filter(q -> q.name().equals(name))
            .findFirst()
            .orElseThrow();
    assertThat(saved.questions()).hasSize(6);
    assertThat(saved.questions().get(0).levels())
        .containsExactly("Level 1", "Level 2", "Level 3", "Level 4", "Level 5");

    mvc.perform(get("/practices/maturity/questionnaires/" + saved.id() + "/edit").with(page(pmo)))
        .andExpect(status().isOk());
    mvc.perform(
            get("/practices/maturity/questionnaires/" + saved.id() + "/edit")
                .with(page(user(Role.MEMBER))))
        .andExpect(status().isForbidden());
    assessments.open(
        new AssessmentData("Uses " + unique(), saved.id(), null, null, List.of(pmo.id())),
        current(pmo));
    mvc.perform(get("/practices/maturity/questionnaires/" + saved.id() + "/edit").with(page(pmo)))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", Matchers.containsString("frozen")));
    mvc.perform(
            post("/practices/maturity/questionnaires/" + saved.id() + "/copy")
                .with(page(pmo))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", Matchers.containsString(name + " (2)")));
  }
}

package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.practices.MaturityFixtures.answers;
import static org.cairnpmo.practices.MaturityFixtures.assessmentBody;
import static org.cairnpmo.practices.MaturityFixtures.questionnaireBody;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The maturity assessment through the API: results against hand-computed figures, the respondent
 * rules (only the invited, only their own, not after submitting or closing, nothing of others
 * before the close), validation and the improvement actions.
 */
class MaturityApiTest extends PracticesTestSupport {

  static final String BASE = "/api/v1/practices/assessments";

  private UserSummary pmo;

  @BeforeEach
  void cast() {
    pmo = user(Role.PMO);
  }

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      UserSummary who,
      Object body)
      throws Exception {
    return mvc.perform(
        request
            .with(as(who))
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON)
            .content(body == null ? "" : write(body)));
  }

  private JsonNode questionnaire() throws Exception {
    return read(
        send(post(BASE + "/questionnaires"), pmo, questionnaireBody("Q " + unique()))
            .andExpect(status().isCreated())
            .andReturn());
  }

  private static List<Long> questionIds(JsonNode questionnaire) {
    List<Long> ids = new ArrayList<>();
    questionnaire.get("questions").forEach(q -> ids.add(q.get("id").asLong()));
    return ids;
  }

  private JsonNode open(JsonNode questionnaire, UserSummary... respondents) throws Exception {
    return read(
        send(
                post(BASE),
                pmo,
                assessmentBody(
                    "A " + unique(),
                    questionnaire.get("id").asLong(),
                    List.of(respondents).stream().map(UserSummary::id).toList()))
            .andExpect(status().isCreated())
            .andReturn());
  }

  private long responseVersion(long assessment, UserSummary who) throws Exception {
    return read(fetch(BASE + "/" + assessment + "/responses/mine", who)).get("version").asLong();
  }

  private ResultActions answer(long assessment, UserSummary who, Map<String, Object> body)
      throws Exception {
    return send(
        put(BASE + "/" + assessment + "/responses/mine")
            .header("If-Match", "\"" + responseVersion(assessment, who) + "\""),
        who,
        body);
  }

  private JsonNode close(long assessment) throws Exception {
    long version = read(fetch(BASE + "/" + assessment, pmo)).get("version").asLong();
    return read(
        send(
                post(BASE + "/" + assessment + "/closure")
                    .header("If-Match", "\"" + version + "\""),
                pmo,
                null)
            .andExpect(status().isOk())
            .andReturn());
  }

  @Test
  void the_results_are_the_hand_computed_means_and_spreads_and_appear_at_the_close()
      throws Exception {
    JsonNode q = questionnaire();
    List<Long> questions = questionIds(q);
    UserSummary ana = user(Role.MEMBER);
    UserSummary ben = user(Role.PROJECT_MANAGER);
    UserSummary cleo = user(Role.MEMBER);
    long id = open(q, ana, ben, cleo).get("id").asLong();

    // Ana: governance 1 and 3 (2.0), every other area 2. A draft first, then submitted.
    answer(id, ana, answers(questions, List.of(1, 3, 2), false))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DRAFT"));
    answer(id, ana, answers(questions, List.of(1, 3, 2, 2, 2, 2, 2), true))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
    // Ben: governance 4 and 4 (4.0), every other area 3.
    answer(id, ben, answers(questions, List.of(4, 4, 3, 3, 3, 3, 3), true))
        .andExpect(status().isOk());
    // Cleo saves a draft and never submits: her answers count for nothing.
    answer(id, cleo, answers(questions, List.of(5, 5, 5), false)).andExpect(status().isOk());

    // Before the close: no results, nobody sees the answers of others, the PMO included.
    JsonNode before = read(fetch(BASE + "/" + id, ana));
    assertThat(before.get("results").isNull()).isTrue();
    assertThat(before.get("myStatus").asString()).isEqualTo("SUBMITTED");
    for (UserSummary who : List.of(ana, pmo)) {
      mvc.perform(get(BASE + "/" + id + "/answers").with(as(who)))
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/assessment-open")));
    }
    JsonNode mine = read(fetch(BASE + "/" + id + "/responses/mine", ben));
    assertThat(mine.get("answers").toString()).doesNotContain("\"level\":1");
    assertThat(mine.get("answers")).hasSize(7);

    JsonNode closed = close(id);
    JsonNode results = closed.get("results");
    // Governance: 2.0 and 4.0 -> mean 3.0, sd 1.0, two levels apart: they disagree.
    JsonNode governance = results.get("areas").get(0);
    assertThat(governance.get("area").asString()).isEqualTo("GOVERNANCE");
    assertThat(governance.get("mean").asDouble()).isEqualTo(3.0);
    assertThat(governance.get("min").asDouble()).isEqualTo(2.0);
    assertThat(governance.get("max").asDouble()).isEqualTo(4.0);
    assertThat(governance.get("standardDeviation").asDouble()).isEqualTo(1.0);
    assertThat(governance.get("disagreement").asBoolean()).isTrue();
    // Every other area: 2 and 3 -> 2.5, sd 0.5, agreeing.
    JsonNode culture = results.get("areas").get(2);
    assertThat(culture.get("area").asString()).isEqualTo("CULTURE");
    assertThat(culture.get("mean").asDouble()).isEqualTo(2.5);
    assertThat(culture.get("standardDeviation").asDouble()).isEqualTo(0.5);
    assertThat(culture.get("disagreement").asBoolean()).isFalse();
    // Overall: (3.0 + 5 x 2.5) / 6 = 15.5 / 6 = 2.583 -> 2.58, level 2.
    assertThat(results.get("overall").asDouble()).isEqualTo(2.58);
    assertThat(results.get("level").asString()).isEqualTo("MANAGED");
    assertThat(results.get("respondents").asInt()).isEqualTo(2);

    // After the close the respondents and the PMO see everyone's submitted answers; others do not.
    JsonNode sheet = read(fetch(BASE + "/" + id + "/answers", cleo));
    assertThat(sheet.get("respondents")).hasSize(2);
    assertThat(sheet.get("questions")).hasSize(7);
    mvc.perform(get(BASE + "/" + id + "/answers").with(as(pmo))).andExpect(status().isOk());
    mvc.perform(get(BASE + "/" + id + "/answers").with(as(user(Role.EXECUTIVE))))
        .andExpect(status().isForbidden());
    // Everyone reads the results.
    JsonNode seen = read(fetch(BASE + "/" + id, user(Role.MEMBER)));
    assertThat(seen.get("results").get("overall").asDouble()).isEqualTo(2.58);
    assertThat(seen.get("myStatus").isNull()).isTrue();
  }

  @Test
  void only_the_invited_answer_only_their_own_and_never_after_submitting_or_closing()
      throws Exception {
    JsonNode q = questionnaire();
    List<Long> questions = questionIds(q);
    UserSummary ana = user(Role.MEMBER);
    UserSummary ben = user(Role.MEMBER);
    long id = open(q, ana, ben).get("id").asLong();
    List<Integer> all = List.of(3, 3, 3, 3, 3, 3, 3);

    // Not invited: no response of their own to read or write, the PMO included.
    for (UserSummary outsider : List.of(user(Role.MEMBER), pmo)) {
      mvc.perform(get(BASE + "/" + id + "/responses/mine").with(as(outsider)))
          .andExpect(status().isForbidden());
      send(
              put(BASE + "/" + id + "/responses/mine").header("If-Match", "\"0\""),
              outsider,
              answers(questions, all, false))
          .andExpect(status().isForbidden());
    }
    // A stale version is refused.
    answer(id, ana, answers(questions, List.of(2), false)).andExpect(status().isOk());
    send(
            put(BASE + "/" + id + "/responses/mine").header("If-Match", "\"0\""),
            ana,
            answers(questions, all, true))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/stale-version")));
    // Submitted answers are final.
    answer(id, ana, answers(questions, all, true)).andExpect(status().isOk());
    answer(id, ana, answers(questions, List.of(1, 1, 1, 1, 1, 1, 1), true))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/response-submitted")));
    // Ben's draft is his own: Ana's submission did not touch it.
    assertThat(read(fetch(BASE + "/" + id + "/responses/mine", ben)).get("status").asString())
        .isEqualTo("NOT_STARTED");

    close(id);
    answer(id, ben, answers(questions, all, true))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/assessment-closed")));
    JsonNode detail = read(fetch(BASE + "/" + id, pmo));
    assertThat(detail.get("results").get("respondents").asInt()).isEqualTo(1);
  }

  @Test
  void the_pmo_closes_once_someone_has_submitted_and_nobody_else_opens_or_closes()
      throws Exception {
    JsonNode q = questionnaire();
    UserSummary ana = user(Role.MEMBER);
    send(
            post(BASE),
            ana,
            assessmentBody("Mine " + unique(), q.get("id").asLong(), List.of(ana.id())))
        .andExpect(status().isForbidden());
    long id = open(q, ana).get("id").asLong();
    send(post(BASE + "/" + id + "/closure").header("If-Match", "\"0\""), ana, null)
        .andExpect(status().isForbidden());
    send(post(BASE + "/" + id + "/closure").header("If-Match", "\"0\""), pmo, null)
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/assessment-no-answers")));
    send(post(BASE + "/" + id + "/closure"), pmo, null).andExpect(status().is(428));
  }

  @Test
  void answers_are_levels_from_one_to_five_for_the_questionnaires_questions_each_once()
      throws Exception {
    JsonNode q = questionnaire();
    List<Long> questions = questionIds(q);
    List<Long> foreign = questionIds(questionnaire());
    UserSummary ana = user(Role.MEMBER);
    long id = open(q, ana).get("id").asLong();

    for (int level : List.of(0, 6, -1)) {
      answer(id, ana, answers(questions, List.of(level), false))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM))
          .andExpect(jsonPath("$.errors[0].field").value("answers[0].level"));
    }
    answer(id, ana, answers(foreign, List.of(3), false))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("answers[0].questionId"));
    answer(id, ana, answers(List.of(questions.get(0), questions.get(0)), List.of(3, 4), false))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("answers[1].questionId"))
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("twice")));
    answer(id, ana, answers(questions, List.of(3, 3, 3), true))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("answers"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString("4 are still open")));
    send(
            put(BASE + "/" + id + "/responses/mine").header("If-Match", "\"0\""),
            ana,
            Map.of("answers", List.of(Map.of("questionId", questions.get(0), "level", "three"))))
        .andExpect(status().isBadRequest());
    // Nothing was kept of the refused answers.
    assertThat(read(fetch(BASE + "/" + id + "/responses/mine", ana)).get("answers")).isEmpty();
  }

  @Test
  void an_assessment_and_a_questionnaire_are_checked_at_the_boundary() throws Exception {
    JsonNode q = questionnaire();
    UserSummary ana = user(Role.MEMBER);
    send(
            post(BASE),
            pmo,
            assessmentBody("Bad\u0007name " + unique(), q.get("id").asLong(), List.of(ana.id())))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    send(post(BASE), pmo, assessmentBody("No one " + unique(), q.get("id").asLong(), List.of()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("respondentIds"));
    send(
            post(BASE),
            pmo,
            assessmentBody("Ghost " + unique(), q.get("id").asLong(), List.of(987654321L)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("respondentIds"));
    send(
            post(BASE),
            pmo,
            assessmentBody("No questionnaire " + unique(), 987654321L, List.of(ana.id())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("questionnaireId"));
    Map<String, Object> nowhere =
        new java.util.HashMap<>(
            assessmentBody("Nowhere " + unique(), q.get("id").asLong(), List.of(ana.id())));
    nowhere.put("departmentId", 987654321L);
    send(post(BASE), pmo, nowhere)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("departmentId"));
    mvc.perform(get(BASE + "/history").param("departmentId", "987654321").with(as(ana)))
        .andExpect(status().isBadRequest());
    Map<String, Object> outOfRange =
        new java.util.HashMap<>(
            assessmentBody("Old " + unique(), q.get("id").asLong(), List.of(ana.id())));
    outOfRange.put("heldOn", "1066-10-14");
    send(post(BASE), pmo, outOfRange).andExpect(status().isBadRequest());

    Map<String, Object> partial = new java.util.HashMap<>(questionnaireBody("Partial " + unique()));
    partial.put(
        "questions",
        List.of(
            MaturityFixtures.question(
                org.cairnpmo.practices.maturity.MaturityArea.CULTURE, "Only culture?")));
    send(post(BASE + "/questionnaires"), pmo, partial)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("questions"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString("Governance")));
    Map<String, Object> fourLevels = new java.util.HashMap<>(questionnaireBody("Four " + unique()));
    fourLevels.put(
        "questions",
        List.of(
            Map.of("area", "CULTURE", "text", "Short?", "levels", List.of("a", "b", "c", "d"))));
    send(post(BASE + "/questionnaires"), pmo, fourLevels)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("questions[0].levels"));
    send(
            post(BASE + "/questionnaires"),
            user(Role.PROJECT_MANAGER),
            questionnaireBody("PM " + unique()))
        .andExpect(status().isForbidden());
    mvc.perform(get(BASE).param("size", "500").with(as(ana))).andExpect(status().isBadRequest());
  }

  @Test
  void a_questionnaire_in_use_is_frozen_and_changed_by_a_copy() throws Exception {
    JsonNode q = questionnaire();
    long qid = q.get("id").asLong();
    Map<String, Object> changed =
        new java.util.HashMap<>(questionnaireBody(q.get("name").asString()));
    send(put(BASE + "/questionnaires/" + qid).header("If-Match", "\"0\""), pmo, changed)
        .andExpect(status().isOk());
    open(q, user(Role.MEMBER));
    long version = read(fetch(BASE + "/questionnaires/" + qid, pmo)).get("version").asLong();
    send(
            put(BASE + "/questionnaires/" + qid).header("If-Match", "\"" + version + "\""),
            pmo,
            changed)
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/questionnaire-in-use")));
    JsonNode copy =
        read(
            send(post(BASE + "/questionnaires/" + qid + "/copies"), pmo, null)
                .andExpect(status().isCreated())
                .andReturn());
    assertThat(copy.get("name").asString()).isEqualTo(q.get("name").asString() + " (2)");
    assertThat(copy.get("previousId").asLong()).isEqualTo(qid);
    assertThat(copy.get("inUse").asBoolean()).isFalse();
    assertThat(copy.get("questions")).hasSize(7);
    assertThat(questionIds(copy)).doesNotContainAnyElementsOf(questionIds(q));
  }

  @Test
  void improvement_actions_follow_a_closed_assessment_and_the_pmo_keeps_them() throws Exception {
    JsonNode q = questionnaire();
    UserSummary ana = user(Role.MEMBER);
    long id = open(q, ana).get("id").asLong();
    Map<String, Object> action =
        Map.of(
            "title", "Publish gate checklists",
            "area", "GOVERNANCE",
            "ownerId", ana.id(),
            "dueDate", "2027-03-31");
    send(post(BASE + "/" + id + "/actions"), pmo, action)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/assessment-open")));
    answer(id, ana, answers(questionIds(q), List.of(2, 2, 2, 2, 2, 2, 2), true));
    close(id);

    send(post(BASE + "/" + id + "/actions"), ana, action).andExpect(status().isForbidden());
    send(
            post(BASE + "/" + id + "/actions"),
            pmo,
            Map.of("title", "No owner", "area", "CULTURE", "dueDate", "2027-01-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("ownerId"));
    JsonNode added =
        read(
            send(post(BASE + "/" + id + "/actions"), pmo, action)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn());
    assertThat(added.get("status").asString()).isEqualTo("PLANNED");
    assertThat(added.get("ownerName").asString()).isEqualTo(ana.displayName());
    long actionId = added.get("id").asLong();

    Map<String, Object> done = new java.util.HashMap<>(action);
    done.put("status", "DONE");
    send(put(BASE + "/" + id + "/actions/" + actionId).header("If-Match", "\"0\""), pmo, done)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DONE"));
    send(put(BASE + "/" + id + "/actions/" + actionId).header("If-Match", "\"0\""), pmo, done)
        .andExpect(status().isConflict());
    JsonNode list = read(fetch(BASE + "/" + id + "/actions", user(Role.MEMBER)));
    assertThat(list.get("totalElements").asLong()).isEqualTo(1);
    assertThat(list.get("content").get(0).get("status").asString()).isEqualTo("DONE");
    mvc.perform(get(BASE + "/987654321/actions").with(as(ana))).andExpect(status().isNotFound());
  }

  @Test
  void the_history_follows_each_area_across_the_closed_assessments_of_a_scope() throws Exception {
    JsonNode q = questionnaire();
    List<Long> questions = questionIds(q);
    UserSummary ana = user(Role.MEMBER);
    long department = department().id();
    List<Long> ids = new ArrayList<>();
    for (int level : List.of(2, 4)) {
      Map<String, Object> body =
          new java.util.HashMap<>(
              assessmentBody("H " + unique(), q.get("id").asLong(), List.of(ana.id())));
      body.put("departmentId", department);
      body.put("heldOn", level == 2 ? "2025-05-01" : "2026-05-01");
      long id =
          read(send(post(BASE), pmo, body).andExpect(status().isCreated()).andReturn())
              .get("id")
              .asLong();
      answer(
          id,
          ana,
          answers(questions, List.of(level, level, level, level, level, level, level), true));
      close(id);
      ids.add(id);
    }
    JsonNode history = read(fetch(BASE + "/history?departmentId=" + department, user(Role.MEMBER)));
    assertThat(history.get("assessments")).hasSize(2);
    assertThat(history.get("assessments").get(0).get("id").asLong()).isEqualTo(ids.get(0));
    JsonNode governance = history.get("areas").get(0);
    assertThat(governance.get("scores").toString()).isEqualTo("[2.0,4.0]");
    // The later one is compared with the earlier one of its scope.
    JsonNode later = read(fetch(BASE + "/" + ids.get(1), ana));
    assertThat(later.get("previous").get("id").asLong()).isEqualTo(ids.get(0));
  }

  @Test
  void the_pmo_invites_more_people_while_the_assessment_is_open() throws Exception {
    JsonNode q = questionnaire();
    UserSummary ana = user(Role.MEMBER);
    UserSummary ben = user(Role.MEMBER);
    JsonNode opened = open(q, ana);
    long id = opened.get("id").asLong();
    long version = opened.get("version").asLong();
    send(
            post(BASE + "/" + id + "/respondents").header("If-Match", "\"" + version + "\""),
            ana,
            Map.of("respondentIds", List.of(ben.id())))
        .andExpect(status().isForbidden());
    send(
            post(BASE + "/" + id + "/respondents").header("If-Match", "\"" + version + "\""),
            pmo,
            Map.of("respondentIds", List.of(987654321L)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("respondentIds"));
    JsonNode invited =
        read(
            send(
                    post(BASE + "/" + id + "/respondents")
                        .header("If-Match", "\"" + version + "\""),
                    pmo,
                    Map.of("respondentIds", List.of(ana.id(), ben.id())))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(invited.get("respondents")).hasSize(2);
    assertThat(invited.get("version").asLong()).isGreaterThan(version);
    send(
            post(BASE + "/" + id + "/respondents").header("If-Match", "\"" + version + "\""),
            pmo,
            Map.of("respondentIds", List.of(ben.id())))
        .andExpect(status().isConflict());
    mvc.perform(get(BASE + "/" + id + "/responses/mine").with(as(ben))).andExpect(status().isOk());

    answer(id, ben, answers(questionIds(q), List.of(3, 3, 3, 3, 3, 3, 3), true))
        .andExpect(status().isOk());
    long current = close(id).get("version").asLong();
    send(
            post(BASE + "/" + id + "/respondents").header("If-Match", "\"" + current + "\""),
            pmo,
            Map.of("respondentIds", List.of(user(Role.MEMBER).id())))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/assessment-closed")));
  }
}

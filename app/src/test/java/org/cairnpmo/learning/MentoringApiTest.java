package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.MentoringData;
import org.cairnpmo.learning.domain.MentoringService;
import org.cairnpmo.learning.domain.MentoringViews.MentoringView;
import org.cairnpmo.learning.domain.MentoringViews.SessionLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Mentoring: the notes of the pair's sessions are theirs alone, not even the PMO's. */
class MentoringApiTest extends LearningTestSupport {

  @Autowired MentoringService mentoring;

  @Test
  void the_notes_are_read_by_the_pair_only_and_the_pmo_sees_that_sessions_were_held()
      throws Exception {
    UserSummary mentor = user(Role.PROJECT_MANAGER);
    UserSummary mentee = user(Role.MEMBER);
    UserSummary pmo = user(Role.PMO);
    LocalDate today = LocalDate.now();
    MentoringView pair =
        mentoring.create(
            new MentoringData(
                mentor.id(),
                mentee.id(),
                "Run a steering committee",
                today,
                today.plusMonths(6),
                null),
            current(pmo));
    String notes = "Confided: struggling with sponsor " + unique();
    mvc.perform(
        post("/api/v1/learning/mentorings/" + pair.id() + "/sessions")
            .with(as(mentee))
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(new SessionLog(today, notes))));

    String path = "/api/v1/learning/mentorings/" + pair.id() + "/sessions";
    for (UserSummary one : new UserSummary[] {mentor, mentee}) {
      JsonNode log = read(mvc.perform(get(path).with(as(one))).andReturn());
      assertThat(log.get(0).get("notes").asString()).isEqualTo(notes);
    }
    for (UserSummary staff : new UserSummary[] {pmo, user(Role.ADMIN)}) {
      var response = mvc.perform(get(path).with(as(staff))).andReturn().getResponse();
      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(response.getContentAsString())
          .doesNotContain(notes)
          .contains("\"notesHidden\":true");
      assertThat(
              read(mvc.perform(get(path.replace("/sessions", "")).with(as(staff))).andReturn())
                  .get("sessions")
                  .asLong())
          .isEqualTo(1);
    }
    // Anyone else finds no pair at all, and the PMO cannot add to the log.
    UserSummary outsider = user(Role.PROJECT_MANAGER);
    assertThat(mvc.perform(get(path).with(as(outsider))).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get("/api/v1/learning/mentorings").with(as(outsider)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("steering committee");
    assertThat(
            mvc.perform(
                    post(path)
                        .with(as(pmo))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(new SessionLog(today, "x"))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);

    // Feedback at the end: each of the pair gives their own, under the version read.
    var fb =
        mvc.perform(
                put("/api/v1/learning/mentorings/" + pair.id() + "/feedback")
                    .with(as(mentee))
                    .header("If-Match", "\"" + pair.version() + "\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("feedback", "Very useful"))))
            .andReturn()
            .getResponse();
    assertThat(fb.getStatus()).isEqualTo(200);
    assertThat(fb.getContentAsString()).contains("\"menteeFeedback\":\"Very useful\"");
    assertThat(
            mvc.perform(
                    put("/api/v1/learning/mentorings/" + pair.id() + "/feedback")
                        .with(as(mentor))
                        .header("If-Match", "\"" + pair.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(Map.of("feedback", "Stale"))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(409);
  }

  @Test
  void a_pair_needs_two_people_and_an_end_after_its_start() throws Exception {
    UserSummary one = user(Role.MEMBER);
    LocalDate today = LocalDate.now();
    for (MentoringData bad :
        new MentoringData[] {
          new MentoringData(one.id(), one.id(), "Goals", today, today.plusDays(9), null),
          new MentoringData(
              one.id(), user(Role.MEMBER).id(), "Goals", today, today.minusDays(1), null)
        }) {
      assertThat(
              mvc.perform(
                      post("/api/v1/learning/mentorings")
                          .with(as(user(Role.PMO)))
                          .contentType(MediaType.APPLICATION_JSON)
                          .content(write(bad)))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .isEqualTo(400);
    }
  }
}

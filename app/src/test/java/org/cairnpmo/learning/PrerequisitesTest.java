package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CourseView;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.EnrollmentView;
import org.cairnpmo.learning.domain.SessionData;
import org.cairnpmo.learning.domain.SessionView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A course's prerequisites are checked when a seat is asked for: its courses completed and a valid
 * certification of the scheme it names; the PMO may enroll an exception with its reason. The line
 * manager's approvals queue is read page by page from the database.
 */
class PrerequisitesTest extends LearningTestSupport {

  @Autowired EnrollmentService enrollments;
  @Autowired CertificationService certifications;

  private CourseView advanced(long prerequisite) {
    return catalog.define(
        courseData("Advanced " + unique(), null, List.of(prerequisite), CertificationKind.PMP),
        pmo());
  }

  private JsonNode enroll(long sessionId, UserSummary as, Long userId, String reason)
      throws Exception {
    java.util.HashMap<String, Object> body = new java.util.HashMap<>();
    body.put("userId", userId);
    body.put("overrideReason", reason);
    return read(
        mvc.perform(
                post("/api/v1/learning/sessions/" + sessionId + "/enrollments")
                    .with(as(as))
                    .contentType("application/json")
                    .content(write(body)))
            .andReturn());
  }

  /** A session of {@code courseId} that ended yesterday. */
  private SessionView held(long courseId) {
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.HOURS);
    return catalog.plan(
        courseId,
        new SessionData(start, start.plusHours(7), "Room 2", null, "Trainer", 10, false, null),
        pmo());
  }

  @Test
  void a_person_without_the_prerequisites_is_refused_with_what_is_missing_and_the_pmo_may_except()
      throws Exception {
    Pair p = pair(Role.PROJECT_MANAGER);
    UserSummary pmo = user(Role.PMO);
    CourseView basics = course();
    CourseView advanced = advanced(basics.id());
    assertThat(advanced.prerequisiteCertification()).isEqualTo(CertificationKind.PMP);
    SessionView s = session(advanced.id(), 5);

    JsonNode refused = enroll(s.id(), p.person(), null, null);
    assertThat(refused.get("type").asString()).endsWith("prerequisites-missing");
    assertThat(refused.get("detail").asString())
        .contains("You have not met the prerequisites")
        .contains("completed \u201c" + basics.title() + "\u201d")
        .contains("a valid PMP certification");
    // The line manager may not make an exception; the PMO must give its reason.
    assertThat(
            enroll(s.id(), p.manager(), p.person().id(), "Urgent project").get("detail").asString())
        .contains("The PMO may enroll an exception");
    assertThat(enroll(s.id(), pmo, p.person().id(), "  ").get("detail").asString())
        .contains("give the reason for the exception");
    JsonNode excepted = enroll(s.id(), pmo, p.person().id(), "Leads the PMP pilot project");
    assertThat(excepted.get("status").asString()).isEqualTo("APPROVED");
    assertThat(excepted.get("prerequisiteOverride").asString())
        .isEqualTo("Leads the PMP pilot project");
    assertThat(enroll(s.id(), pmo, p.person().id(), "bad\u0007reason").get("errors").toString())
        .contains("overrideReason");
    // The pages say the same: the person is told what is missing; the exception shows its reason.
    assertThat(
            (String)
                mvc.perform(
                        post("/learning/sessions/" + s.id() + "/enroll")
                            .with(page(p.manager()))
                            .with(csrf()))
                    .andReturn()
                    .getFlashMap()
                    .get("flashError"))
        .contains("You have not met the prerequisites");
    assertThat(html("/learning/sessions/" + s.id(), pmo))
        .contains("without the prerequisites: Leads the PMP pilot project");
  }

  @Test
  void completing_the_course_and_holding_the_certification_opens_the_seat() throws Exception {
    Pair p = pair(Role.PROJECT_MANAGER);
    CourseView basics = course();
    CourseView advanced = advanced(basics.id());
    SessionView s = session(advanced.id(), 5);
    EnrollmentView done =
        enrollments.recordHeld(
            held(basics.id()).id(), p.person().id(), new BigDecimal("80"), null, pmo());
    assertThat(done.status()).isEqualTo(EnrollmentStatus.COMPLETED);
    assertThat(done.completedAt()).isEqualTo(done.endsAt());
    assertThat(enroll(s.id(), p.person(), null, null).get("detail").asString())
        .doesNotContain(basics.title())
        .contains("a valid PMP certification");

    certifications.record(
        new CertificationData(
            p.person().id(),
            CertificationKind.PMP,
            "PMP",
            null,
            null,
            LocalDate.now().minusYears(1),
            LocalDate.now().plusYears(2),
            null,
            null,
            null),
        pmo());
    JsonNode asked = enroll(s.id(), p.person(), null, "ignored when nothing is missing");
    assertThat(asked.get("status").asString()).isEqualTo("REQUESTED");
    assertThat(asked.get("prerequisiteOverride").isNull()).isTrue();
  }

  @Test
  void the_approvals_queue_holds_the_reports_undecided_requests_oldest_first_page_by_page()
      throws Exception {
    Pair p = pair(Role.PROJECT_MANAGER);
    List<Long> asked = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      asked.add(enroll(session(course().id(), 5).id(), p.person(), null).get("id").asLong());
    }
    // Approved already: no longer waiting for a decision.
    long approved =
        enroll(session(course().id(), 5).id(), p.manager(), p.person().id()).get("id").asLong();

    JsonNode first =
        read(fetch("/api/v1/learning/enrollments/approvals?size=2&page=0", p.manager()));
    assertThat(first.get("totalElements").asLong()).isEqualTo(3);
    assertThat(first.get("content").findValues("id").stream().map(JsonNode::asLong).toList())
        .containsExactly(asked.get(0), asked.get(1));
    JsonNode second =
        read(fetch("/api/v1/learning/enrollments/approvals?size=2&page=1", p.manager()));
    assertThat(second.get("content").findValues("id").stream().map(JsonNode::asLong).toList())
        .containsExactly(asked.get(2));
    assertThat(read(fetch("/api/v1/learning/enrollments/approvals", p.person())).get("content"))
        .isEmpty();
    JsonNode pmoQueue =
        read(fetch("/api/v1/learning/enrollments/approvals?size=100", user(Role.PMO)));
    assertThat(pmoQueue.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(
            enrollments
                .approvals(
                    org.springframework.data.domain.PageRequest.of(0, 500), current(p.manager()))
                .getContent())
        .extracting(EnrollmentView::id)
        .doesNotContain(approved);
    assertThat(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/api/v1/learning/enrollments/approvals")
                        .param("page", "-1")
                        .with(as(p.manager())))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(400);
  }
}

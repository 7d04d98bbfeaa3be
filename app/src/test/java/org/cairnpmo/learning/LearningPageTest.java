package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CertificationView;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.SessionView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The learning pages: empty states, the certification form with its errors next to the fields, and
 * someone else's enrollment as missing as one that does not exist.
 */
class LearningPageTest extends LearningTestSupport {

  @Autowired CertificationService certifications;
  @Autowired EnrollmentService enrollments;

  @Test
  void a_newcomer_sees_empty_states_on_their_learning_and_approvals() throws Exception {
    UserSummary newcomer = user(Role.MEMBER);
    assertThat(html("/learning/me", newcomer))
        .contains("No session yet.")
        .contains("No certification recorded.");
    assertThat(html("/learning/approvals", newcomer))
        .contains("No request waits for your decision.");
    assertThat(html("/learning?format=nonsense&upcoming=on&page=99999", newcomer))
        .contains("Training catalog");
  }

  @Test
  void a_certification_is_recorded_through_the_form_after_its_errors_are_shown() throws Exception {
    UserSummary me = user(Role.PROJECT_MANAGER);
    String refused =
        submit(
                "/learning/certifications",
                me,
                "kind",
                "PMP",
                "name",
                "",
                "issuedOn",
                "2026-13-40",
                "creditsRequired",
                "lots")
            .getContentAsString();
    assertThat(refused).contains("Enter a date as YYYY-MM-DD.").contains("Enter a number.");

    String stillRefused =
        submit(
                "/learning/certifications",
                me,
                "kind",
                "PMP",
                "name",
                "",
                "issuedOn",
                "2025-03-01",
                "expiresOn",
                "2025-01-01")
            .getContentAsString();
    assertThat(stillRefused).contains("Enter the certification");

    assertThat(
            submit(
                    "/learning/certifications",
                    me,
                    "kind",
                    "PMP",
                    "name",
                    "PMP",
                    "issuer",
                    "PMI",
                    "issuedOn",
                    "2025-03-01",
                    "expiresOn",
                    "2028-03-01",
                    "creditsRequired",
                    "60")
                .getRedirectedUrl())
        .isEqualTo("/learning/me");
    assertThat(certifications.list(me.id(), PageRequest.of(0, 5), current(me)).getContent())
        .singleElement()
        .satisfies(c -> assertThat(c.creditsMissing()).isEqualByComparingTo("60"));
    assertThat(html("/learning/me", me)).contains("PMP").contains("60");
  }

  @Test
  void an_enrollment_and_a_certification_show_their_changes_on_their_pages() throws Exception {
    UserSummary owner = user(Role.MEMBER);
    SessionView s = session(course().id(), 2);
    long enrollment = enrollments.request(s.id(), null, current(owner)).id();
    assertThat(
            submit(
                    "/learning/enrollments/" + enrollment + "/cancellation",
                    owner,
                    "version",
                    "0",
                    "back",
                    "me")
                .getStatus())
        .isEqualTo(302);
    assertThat(html("/learning/enrollments/" + enrollment, owner))
        .contains("data-testid=\"record-history\"")
        .contains("class=\"history-new\">Cancelled</span>");
    mvc.perform(get("/learning/enrollments/" + enrollment).with(page(user(Role.PROJECT_MANAGER))))
        .andExpect(status().isNotFound());

    CertificationView pmp =
        certifications.record(
            new CertificationData(
                null,
                CertificationKind.PMP,
                "PMP",
                "PMI",
                null,
                LocalDate.of(2025, 3, 1),
                null,
                null,
                null,
                null),
            current(owner));
    certifications.revise(
        pmp.id(),
        new CertificationData(
            null,
            CertificationKind.PMP,
            "PMP",
            "PMI Global",
            null,
            LocalDate.of(2025, 3, 1),
            null,
            null,
            null,
            null),
        pmp.version(),
        current(owner));
    assertThat(html("/learning/me", owner)).contains("/learning/certifications/" + pmp.id());
    assertThat(html("/learning/certifications/" + pmp.id(), owner))
        .contains("class=\"history-old\">PMI</span>")
        .contains("class=\"history-new\">PMI Global</span>");
    mvc.perform(get("/learning/certifications/" + pmp.id()).with(page(user(Role.PROJECT_MANAGER))))
        .andExpect(status().isNotFound());
  }

  @Test
  void someone_elses_enrollment_cannot_be_acted_on_from_a_page() throws Exception {
    UserSummary owner = user(Role.MEMBER);
    SessionView s = session(course().id(), 2);
    long id = enrollments.request(s.id(), null, current(owner)).id();
    assertThat(
            submit(
                    "/learning/enrollments/" + id + "/cancellation",
                    user(Role.PROJECT_MANAGER),
                    "version",
                    "0")
                .getStatus())
        .isEqualTo(404);
    assertThat(enrollments.enrollment(id, current(owner)).status().name()).isEqualTo("REQUESTED");
    assertThat(html("/learning/sessions/" + s.id(), owner)).contains("Your place:");
  }

  @Test
  void the_pmo_adds_a_course_through_the_form_and_others_may_not() throws Exception {
    UserSummary pmo = user(Role.PMO);
    String refused =
        submit(
                "/learning/courses",
                pmo,
                "title",
                "",
                "kind",
                "INTERNAL",
                "format",
                "ONLINE",
                "durationHours",
                "many",
                "language",
                "en")
            .getContentAsString();
    assertThat(refused).contains("Enter a number.");

    String title = "Form course " + unique();
    String location =
        submit(
                "/learning/courses",
                pmo,
                "title",
                title,
                "kind",
                "EXTERNAL",
                "format",
                "ONLINE",
                "durationHours",
                "6",
                "cost",
                "1,250.50",
                "currency",
                "EUR",
                "language",
                "en",
                "competencies",
                "Scheduling, Risk management")
            .getRedirectedUrl();
    assertThat(html(location, user(Role.MEMBER)))
        .contains(title)
        .contains("1,250.50 EUR")
        .contains("Risk management");
    mvc.perform(get("/learning/courses/new").with(page(user(Role.PROJECT_MANAGER))))
        .andExpect(status().isForbidden());
  }

  @Test
  void the_pmo_plans_a_session_through_the_form() throws Exception {
    UserSummary pmo = user(Role.PMO);
    long course = course().id();
    String refused =
        submit(
                "/learning/courses/" + course + "/sessions",
                pmo,
                "startsAt",
                "2027-02-01T09:00",
                "endsAt",
                "2027-02-01T08:00",
                "place",
                "Room 4",
                "seats",
                "ten")
            .getContentAsString();
    assertThat(refused).contains("Enter a whole number.");

    String location =
        submit(
                "/learning/courses/" + course + "/sessions",
                pmo,
                "startsAt",
                "2027-02-01T09:00",
                "endsAt",
                "2027-02-01T08:00",
                "place",
                "Room 4",
                "seats",
                "10")
            .getContentAsString();
    assertThat(location).contains("A session ends after it starts.");

    String planned =
        submit(
                "/learning/courses/" + course + "/sessions",
                pmo,
                "startsAt",
                "2027-02-01T09:00",
                "endsAt",
                "2027-02-01T12:30",
                "place",
                "Room 4",
                "seats",
                "10")
            .getRedirectedUrl();
    assertThat(html(planned, user(Role.MEMBER))).contains("Room 4").contains("10</strong> of 10");
  }
}

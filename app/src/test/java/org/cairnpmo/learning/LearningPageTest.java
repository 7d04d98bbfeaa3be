package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.SessionView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The learning pages: empty states, the certification form with its errors next to the fields, and
 * someone else's enrollment as missing as one that does not exist.
 */
class LearningPageTest extends LearningTestSupport {

  @Autowired CertificationService certifications;
  @Autowired EnrollmentService enrollments;

  private static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  private String html(String path, UserSummary who) throws Exception {
    return mvc.perform(get(path).with(page(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

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
        mvc.perform(
                post("/learning/certifications")
                    .with(page(me))
                    .with(csrf())
                    .param("kind", "PMP")
                    .param("name", "")
                    .param("issuedOn", "2026-13-40")
                    .param("creditsRequired", "lots"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Enter a date as YYYY-MM-DD.").contains("Enter a number.");

    String stillRefused =
        mvc.perform(
                post("/learning/certifications")
                    .with(page(me))
                    .with(csrf())
                    .param("kind", "PMP")
                    .param("name", "")
                    .param("issuedOn", "2025-03-01")
                    .param("expiresOn", "2025-01-01"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(stillRefused).contains("Enter the certification");

    mvc.perform(
            post("/learning/certifications")
                .with(page(me))
                .with(csrf())
                .param("kind", "PMP")
                .param("name", "PMP")
                .param("issuer", "PMI")
                .param("issuedOn", "2025-03-01")
                .param("expiresOn", "2028-03-01")
                .param("creditsRequired", "60"))
        .andExpect(redirectedUrl("/learning/me"));
    assertThat(certifications.list(me.id(), PageRequest.of(0, 5), current(me)).getContent())
        .singleElement()
        .satisfies(c -> assertThat(c.creditsMissing()).isEqualByComparingTo("60"));
    assertThat(html("/learning/me", me)).contains("PMP").contains("60");
  }

  @Test
  void someone_elses_enrollment_cannot_be_acted_on_from_a_page() throws Exception {
    UserSummary owner = user(Role.MEMBER);
    SessionView s = session(course().id(), 2);
    long id = enrollments.request(s.id(), null, current(owner)).id();
    mvc.perform(
            post("/learning/enrollments/" + id + "/cancellation")
                .with(page(user(Role.PROJECT_MANAGER)))
                .with(csrf())
                .param("version", "0"))
        .andExpect(status().isNotFound());
    assertThat(enrollments.enrollment(id, current(owner)).status().name()).isEqualTo("REQUESTED");
    assertThat(html("/learning/sessions/" + s.id(), owner)).contains("Your place:");
  }

  @Test
  void the_pmo_adds_a_course_through_the_form_and_others_may_not() throws Exception {
    UserSummary pmo = user(Role.PMO);
    String refused =
        mvc.perform(
                post("/learning/courses")
                    .with(page(pmo))
                    .with(csrf())
                    .param("title", "")
                    .param("kind", "INTERNAL")
                    .param("format", "ONLINE")
                    .param("durationHours", "many")
                    .param("language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Enter a number.");

    String title = "Form course " + unique();
    String location =
        mvc.perform(
                post("/learning/courses")
                    .with(page(pmo))
                    .with(csrf())
                    .param("title", title)
                    .param("kind", "EXTERNAL")
                    .param("format", "ONLINE")
                    .param("durationHours", "6")
                    .param("cost", "1,250.50")
                    .param("currency", "EUR")
                    .param("language", "en")
                    .param("competencies", "Scheduling, Risk management"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
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
        mvc.perform(
                post("/learning/courses/" + course + "/sessions")
                    .with(page(pmo))
                    .with(csrf())
                    .param("startsAt", "2027-02-01T09:00")
                    .param("endsAt", "2027-02-01T08:00")
                    .param("place", "Room 4")
                    .param("seats", "ten"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Enter a whole number.");

    String location =
        mvc.perform(
                post("/learning/courses/" + course + "/sessions")
                    .with(page(pmo))
                    .with(csrf())
                    .param("startsAt", "2027-02-01T09:00")
                    .param("endsAt", "2027-02-01T08:00")
                    .param("place", "Room 4")
                    .param("seats", "10"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(location).contains("A session ends after it starts.");

    String planned =
        mvc.perform(
                post("/learning/courses/" + course + "/sessions")
                    .with(page(pmo))
                    .with(csrf())
                    .param("startsAt", "2027-02-01T09:00")
                    .param("endsAt", "2027-02-01T12:30")
                    .param("place", "Room 4")
                    .param("seats", "10"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(html(planned, user(Role.MEMBER))).contains("Room 4").contains("10</strong> of 10");
  }
}

package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CertificationView;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.EnrollmentView;
import org.cairnpmo.learning.domain.SessionView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * Certifications: the credits toward renewal from courses completed in the cycle, the evidence
 * file, who holds a valid one, and who sees them.
 */
class CertificationApiTest extends LearningTestSupport {

  @Autowired EnrollmentService enrollments;
  @Autowired CertificationService certifications;
  @Autowired LearningApi learning;

  private void completed(long courseId, UserSummary person, BigDecimal hours) {
    SessionView s = session(courseId, 3);
    var pmo = pmo();
    EnrollmentView e = enrollments.request(s.id(), person.id(), pmo);
    e = enrollments.confirm(e.id(), e.version(), pmo);
    enrollments.complete(e.id(), null, hours, e.version(), pmo);
  }

  private CertificationData data(
      CertificationKind kind,
      LocalDate issued,
      LocalDate expires,
      String required,
      String outside) {
    return new CertificationData(
        null,
        kind,
        kind.label() + " " + unique(),
        "Issuer",
        null,
        issued,
        expires,
        required == null ? null : new BigDecimal(required),
        outside == null ? null : new BigDecimal(outside),
        null);
  }

  @Test
  void credits_are_the_courses_completed_in_the_cycle_plus_those_earned_elsewhere() {
    UserSummary person = user(Role.PROJECT_MANAGER);
    LocalDate today = LocalDate.now();
    CertificationView current =
        certifications.record(
            data(CertificationKind.PMP, today.minusYears(1), today.plusYears(2), "35", "5"),
            current(person));
    CertificationView future =
        certifications.record(
            data(CertificationKind.SCRUM, today.plusDays(1), today.plusYears(2), "10", null),
            current(person));

    completed(course().id(), person, new BigDecimal("12")); // its hours: 12 credits
    completed(
        catalog.define(courseData("Credits " + unique(), new BigDecimal("3")), pmo()).id(),
        person,
        new BigDecimal("14")); // the course says 3

    CertificationView pmp = certifications.certification(current.id(), current(person));
    assertThat(pmp.creditsFromCourses()).isEqualByComparingTo("15");
    assertThat(pmp.creditsEarned()).isEqualByComparingTo("20");
    assertThat(pmp.creditsMissing()).isEqualByComparingTo("15");
    CertificationView scrum = certifications.certification(future.id(), current(person));
    assertThat(scrum.creditsFromCourses()).as("completed before its cycle").isZero();
    assertThat(scrum.creditsMissing()).isEqualByComparingTo("10");
    assertThat(scrum.valid()).isFalse();
  }

  @Test
  void staffing_finds_the_holders_of_a_valid_certification() {
    UserSummary valid = user(Role.PROJECT_MANAGER);
    UserSummary expired = user(Role.PROJECT_MANAGER);
    LocalDate today = LocalDate.now();
    certifications.record(
        data(CertificationKind.PRINCE2, today.minusYears(1), today.plusYears(1), null, null),
        current(valid));
    certifications.record(
        data(CertificationKind.PRINCE2, today.minusYears(4), today.minusDays(1), null, null),
        current(expired));

    assertThat(learning.holdersOfValidCertification(CertificationKind.PRINCE2, today))
        .contains(valid.id())
        .doesNotContain(expired.id());
  }

  @Test
  void evidence_is_a_checked_file_kept_with_the_certification_and_private_to_its_record()
      throws Exception {
    Pair p = pair(Role.MEMBER);
    JsonNode cert =
        read(
            mvc.perform(
                    post("/api/v1/learning/certifications")
                        .with(as(p.person()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            write(
                                data(
                                    CertificationKind.IPMA,
                                    LocalDate.now().minusMonths(2),
                                    LocalDate.now().plusYears(3),
                                    null,
                                    null))))
                .andReturn());
    long id = cert.get("id").asLong();
    String path = "/api/v1/learning/certifications/" + id + "/evidence";

    int text =
        mvc.perform(
                multipart(path)
                    .file(
                        new MockMultipartFile(
                            "file", "x.pdf", "application/pdf", "hello".getBytes()))
                    .with(as(p.person()))
                    .header("If-Match", "\"0\""))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(text).as("not a PDF whatever its name").isEqualTo(400);

    byte[] pdf = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);
    JsonNode attached =
        read(
            mvc.perform(
                    multipart(path)
                        .file(new MockMultipartFile("file", "ipma.pdf", "application/pdf", pdf))
                        .with(as(p.person()))
                        .header("If-Match", "\"0\""))
                .andReturn());
    assertThat(attached.get("evidenceType").asString()).isEqualTo("application/pdf");
    assertThat(attached.get("evidenceSize").asLong()).isEqualTo(pdf.length);

    assertThat(
            mvc.perform(get(path).with(as(p.manager())))
                .andReturn()
                .getResponse()
                .getContentAsByteArray())
        .isEqualTo(pdf);
    assertThat(fetch(path, user(Role.PROJECT_MANAGER)).getResponse().getStatus()).isEqualTo(404);
    assertThat(
            fetch("/api/v1/learning/certifications/" + id, user(Role.EXECUTIVE))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    JsonNode others =
        read(fetch("/api/v1/learning/certifications?userId=" + p.person().id(), user(Role.MEMBER)));
    assertThat(others.get("content")).isEmpty();
    JsonNode managers =
        read(fetch("/api/v1/learning/certifications?userId=" + p.person().id(), p.manager()));
    assertThat(managers.get("content")).hasSize(1);
  }
}

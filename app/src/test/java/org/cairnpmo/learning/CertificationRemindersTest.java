package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationReminders;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders of expiring certifications go out 90 and 30 days before, once each, against a real SMTP
 * server (GreenMail on the port application-test.yml names). Other tests' certifications may be due
 * too, so mails are counted per recipient.
 */
class CertificationRemindersTest extends LearningTestSupport {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(TestMail.port(), null, "smtp"));

  @Autowired CertificationReminders reminders;
  @Autowired org.cairnpmo.learning.domain.EnrollmentService enrollments;
  @Autowired CertificationService certifications;

  private static List<MimeMessage> to(String address) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  @Test
  void a_certification_is_reminded_90_and_30_days_before_expiry_once_each() throws Exception {
    UserSummary holder = user(Role.PROJECT_MANAGER);
    LocalDate today = LocalDate.now();
    LocalDate expiry = today.plusDays(80);
    certifications.record(
        new CertificationData(
            null,
            CertificationKind.PMP,
            "PMP " + unique(),
            "PMI",
            null,
            today.minusYears(3),
            expiry,
            null,
            null,
            null),
        current(holder));

    reminders.sendReminders(today);
    assertThat(to(holder.email())).hasSize(1);
    assertThat(to(holder.email()).get(0).getSubject()).startsWith("Certification expiring: PMP");
    assertThat(to(holder.email()).get(0).getContent().toString()).contains("in 90 days or less");

    reminders.sendReminders(today);
    reminders.sendReminders(today.plusDays(10));
    assertThat(to(holder.email())).as("the 90-day reminder goes out once").hasSize(1);

    reminders.sendReminders(expiry.minusDays(30));
    assertThat(to(holder.email())).hasSize(2);
    assertThat(to(holder.email()).get(1).getContent().toString()).contains("in 30 days or less");
    reminders.sendReminders(expiry.minusDays(29));
    reminders.sendReminders(expiry.minusDays(1));
    assertThat(to(holder.email())).as("the 30-day reminder goes out once").hasSize(2);
  }

  @Test
  void a_certification_first_seen_within_30_days_gets_the_30_day_reminder_only() {
    UserSummary holder = user(Role.MEMBER);
    LocalDate today = LocalDate.now();
    certifications.record(
        new CertificationData(
            null,
            CertificationKind.SCRUM,
            "PSM " + unique(),
            null,
            null,
            today.minusYears(2),
            today.plusDays(20),
            null,
            null,
            null),
        current(holder));

    reminders.sendReminders(today);
    reminders.sendReminders(today.plusDays(1));
    assertThat(to(holder.email())).hasSize(1);
  }

  @Test
  void the_line_manager_is_asked_by_mail_and_the_person_invited_when_the_pmo_confirms()
      throws Exception {
    Pair p = pair(Role.PROJECT_MANAGER);
    var session = session(course().id(), 3);
    var requested = enrollments.request(session.id(), null, current(p.person()));
    assertThat(to(p.manager().email())).hasSize(1);
    assertThat(to(p.manager().email()).get(0).getSubject()).startsWith("Training request: ");
    assertThat(to(p.manager().email()).get(0).getContent().toString())
        .contains(p.person().displayName())
        .contains("1200.00 EUR")
        .contains("/learning/approvals");

    var approved = enrollments.approve(requested.id(), requested.version(), current(p.manager()));
    enrollments.confirm(approved.id(), approved.version(), pmo());
    assertThat(to(p.person().email())).hasSize(1);
    assertThat(to(p.person().email()).get(0).getSubject()).startsWith("Invitation: ");
    assertThat(to(p.person().email()).get(0).getContent().toString())
        .contains("/api/v1/learning/sessions/" + session.id() + "/calendar.ics");
  }

  @Autowired org.cairnpmo.learning.domain.SessionReminders sessionReminders;

  /** A seat the PMO enrolled the person on and confirmed; answers the enrollment's id. */
  private long confirmedSeat(long sessionId, UserSummary person, UserSummary pmo) throws Exception {
    var enrolled = enroll(sessionId, pmo, person.id());
    long id = enrolled.get("id").asLong();
    assertThat(act(id, "confirmation", enrolled.get("version").asLong(), pmo, null)).isEqualTo(200);
    return id;
  }

  private org.cairnpmo.learning.domain.SessionView sessionStarting(java.time.OffsetDateTime start) {
    return catalog.plan(
        course().id(),
        new org.cairnpmo.learning.domain.SessionData(
            start, start.plusHours(7), "Room 2", null, "Trainer T", 5, false, null),
        pmo());
  }

  private static long reminders(List<MimeMessage> mails) throws Exception {
    long count = 0;
    for (MimeMessage m : mails) {
      count += m.getSubject().startsWith("Reminder: ") ? 1 : 0;
    }
    return count;
  }

  @Test
  void a_confirmed_seat_is_reminded_once_in_the_two_days_before_its_session() throws Exception {
    UserSummary person = user(Role.MEMBER);
    UserSummary pmo = user(Role.PMO);
    java.time.OffsetDateTime start =
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
            .plusDays(1)
            .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    confirmedSeat(sessionStarting(start).id(), person, pmo);
    confirmedSeat(sessionStarting(start.plusDays(5)).id(), person, pmo);

    java.time.Instant now = java.time.Instant.now();
    sessionReminders.sendReminders(now);
    assertThat(reminders(to(person.email()))).isEqualTo(1);
    MimeMessage reminder =
        to(person.email()).stream()
            .filter(
                m -> {
                  try {
                    return m.getSubject().startsWith("Reminder: ");
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .findFirst()
            .orElseThrow();
    assertThat(reminder.getContent().toString()).contains("Room 2").contains("calendar.ics");

    sessionReminders.sendReminders(now);
    sessionReminders.sendReminders(now.plus(java.time.Duration.ofHours(12)));
    assertThat(reminders(to(person.email()))).as("one reminder per seat").isEqualTo(1);

    sessionReminders.sendReminders(now.plus(java.time.Duration.ofDays(4)));
    assertThat(reminders(to(person.email())))
        .as("the later session's seat, once it is two days away")
        .isEqualTo(2);
  }
}

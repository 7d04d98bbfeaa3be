package org.cairnpmo.learning.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people of a confirmed seat in a session that starts within the next two days, once: the
 * daily job finds it a day or two ahead. As with the certification reminders, the seat is marked by
 * a conditional update in the same transaction as the mail, so a second run or a second node sends
 * nothing, and a mail that fails rolls the mark back for the next run. A cancelled session or seat
 * gets no reminder (its cancellation mail went out when it was cancelled).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SessionReminders {

  /** How far ahead a session's seats are reminded. */
  public static final Duration AHEAD = Duration.ofDays(2);

  private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);

  private final EnrollmentRepository enrollments;
  private final CourseSessionRepository sessions;
  private final CourseRepository courses;
  private final IdentityApi identity;
  private final LearningMail mail;
  private final LearningProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;

  /** Sends the reminders due now, as the scheduled job does. */
  public int sendDueReminders() {
    return sendReminders(clock.instant());
  }

  /** Sends the reminders of seats in sessions starting within {@link #AHEAD} of {@code now}. */
  public int sendReminders(Instant now) {
    if (!mail.configured()) {
      log.warn("Session reminders: no mail server is configured (spring.mail.host).");
      return 0;
    }
    List<Enrollment> due = enrollments.confirmedUnreminded(now, now.plus(AHEAD));
    int sent = 0;
    for (Enrollment seat : due) {
      try {
        if (Boolean.TRUE.equals(transaction.execute(status -> remind(seat)))) {
          sent++;
        }
      } catch (MailException e) {
        log.warn(
            "Reminder for enrollment {} could not be sent; will try again: {}",
            seat.getId(),
            e.getMessage());
      }
    }
    if (sent > 0) {
      log.info("Session reminders: {} sent", sent);
    }
    return sent;
  }

  private boolean remind(Enrollment seat) {
    Optional<UserSummary> person =
        identity.user(seat.getUserId()).filter(u -> u.email() != null && !u.email().isBlank());
    Optional<CourseSession> session = sessions.findById(seat.getSessionId());
    if (person.isEmpty() || session.isEmpty()) {
      return false;
    }
    if (enrollments.markReminded(seat.getId(), clock.instant()) == 0) {
      return false;
    }
    CourseSession s = session.get();
    String title = courses.findById(s.getCourseId()).map(Course::getTitle).orElse("your course");
    String where =
        s.getLink() != null && !s.getLink().isBlank()
            ? "Join at " + s.getLink()
            : s.getPlace() == null || s.getPlace().isBlank() ? "" : "Place: " + s.getPlace();
    mail.sendNow(
        person.get().email(),
        "Reminder: " + title + " on " + LearningMail.when(s.getStartsAt()),
        "Hello "
            + person.get().displayName()
            + ",\n\nyour seat on "
            + title
            + " starts on "
            + LearningMail.when(s.getStartsAt())
            + "."
            + (where.isEmpty() ? "" : "\n" + where)
            + "\n\nAdd it to your calendar: "
            + properties.link("/api/v1/learning/sessions/" + s.getId() + "/calendar.ics")
            + "\nYour learning: "
            + properties.link("/learning/me"));
    return true;
  }
}

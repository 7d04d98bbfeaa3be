package org.cairnpmo.learning.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mail learning sends about enrollments: to the line manager when a request waits for them, to
 * the person when the PMO confirms their seat (the invitation, with the session's calendar link),
 * when a seat frees up for them and when their session is cancelled. Sent after the change is
 * committed and only where a mail server is configured; a mail that cannot be sent is logged and
 * changes nothing.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LearningMail {

  private static final Logger log = LoggerFactory.getLogger(LearningMail.class);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  private final ObjectProvider<JavaMailSender> mail;
  private final IdentityApi identity;
  private final LearningProperties properties;

  void approvalWanted(EnrollmentView e, long managerUserId) {
    String text =
        e.personName()
            + " asks for a seat on "
            + e.courseTitle()
            + " on "
            + when(e)
            + (e.cost() == null
                ? ""
                : ", which costs " + e.cost().toPlainString() + " " + e.currency())
            + ".\n\nApprove or decline: "
            + properties.link("/learning/approvals");
    afterCommit(managerUserId, "Training request: " + e.courseTitle(), text);
  }

  void invitation(EnrollmentView e) {
    String text =
        "Your seat on "
            + e.courseTitle()
            + " on "
            + when(e)
            + " is confirmed.\n\nAdd it to your calendar: "
            + properties.link("/api/v1/learning/sessions/" + e.sessionId() + "/calendar.ics")
            + "\nYour learning: "
            + properties.link("/learning/me");
    afterCommit(e.userId(), "Invitation: " + e.courseTitle() + " on " + when(e), text);
  }

  void promoted(EnrollmentView e) {
    String text =
        "A seat on "
            + e.courseTitle()
            + " on "
            + when(e)
            + " freed up and is now yours"
            + (e.approvedAt() == null ? ", once your line manager approves." : ".")
            + "\n\nYour learning: "
            + properties.link("/learning/me");
    afterCommit(e.userId(), "A seat for you: " + e.courseTitle(), text);
  }

  void sessionCancelled(EnrollmentView e) {
    String text =
        "The session of "
            + e.courseTitle()
            + " on "
            + when(e)
            + " was cancelled, and your place with it.\n\nOther sessions: "
            + properties.link("/learning/courses/" + e.courseId());
    afterCommit(e.userId(), "Cancelled: " + e.courseTitle() + " on " + when(e), text);
  }

  /**
   * Sends now, inside the caller's transaction: the reminder job records the reminder in the same
   * transaction, so a mail that fails rolls the record back and the next run tries again.
   */
  void sendNow(String to, String subject, String text) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("No mail server is configured (spring.mail.host).");
    }
    sender.send(message(to, subject, text));
  }

  boolean configured() {
    return mail.getIfAvailable() != null;
  }

  private void afterCommit(long userId, String subject, String text) {
    if (mail.getIfAvailable() == null) {
      return;
    }
    Optional<String> to =
        identity.user(userId).map(UserSummary::email).filter(a -> a != null && !a.isBlank());
    if (to.isEmpty()) {
      return;
    }
    Runnable send =
        () -> {
          try {
            mail.getObject().send(message(to.get(), subject, text));
          } catch (MailException e) {
            log.warn("Learning mail to user {} could not be sent: {}", userId, e.getMessage());
          }
        };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              send.run();
            }
          });
    } else {
      send.run();
    }
  }

  private SimpleMailMessage message(String to, String subject, String text) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mailFrom());
    message.setTo(to);
    message.setSubject(subject);
    message.setText(text);
    return message;
  }

  private static String when(EnrollmentView e) {
    return when(e.startsAt());
  }

  static String when(java.time.Instant startsAt) {
    return WHEN.format(startsAt.atZone(ZoneId.of("UTC"))) + " UTC";
  }
}

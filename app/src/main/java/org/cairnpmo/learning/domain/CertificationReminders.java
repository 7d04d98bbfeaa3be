package org.cairnpmo.learning.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
 * Reminds people of certifications about to expire: once 90 days before, once 30 days before. Each
 * reminder is marked sent by a conditional update (only where it is not yet marked) in the same
 * transaction as the mail: a second run, or a second node at the same moment, finds it marked and
 * sends nothing; a mail that fails rolls the mark back so the next run tries again. A certification
 * first seen within 30 days gets the 30-day reminder only.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationReminders {

  private static final Logger log = LoggerFactory.getLogger(CertificationReminders.class);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final CertificationRepository certifications;
  private final IdentityApi identity;
  private final LearningMail mail;
  private final LearningProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;

  /** Sends the reminders due today, as the scheduled job does. */
  public int sendTodaysReminders() {
    return sendReminders(LocalDate.now(clock));
  }

  /** Sends the reminders due on {@code today}; answers how many mails went out. */
  public int sendReminders(LocalDate today) {
    if (!mail.configured()) {
      log.warn("Certification reminders: no mail server is configured (spring.mail.host).");
      return 0;
    }
    List<Certification> due = certifications.expiringUnreminded(today, today.plusDays(90));
    int sent = 0;
    for (Certification c : due) {
      long days = ChronoUnit.DAYS.between(today, c.getExpiresOn());
      boolean thirty = days <= 30;
      if (thirty ? c.getReminded30At() != null : c.getReminded90At() != null) {
        continue;
      }
      try {
        Boolean done = transaction.execute(status -> remind(c, thirty));
        if (Boolean.TRUE.equals(done)) {
          sent++;
        }
      } catch (MailException e) {
        log.warn(
            "Reminder for certification {} could not be sent; will try again: {}",
            c.getId(),
            e.getMessage());
      }
    }
    if (sent > 0) {
      log.info("Certification reminders: {} sent", sent);
    }
    return sent;
  }

  private boolean remind(Certification c, boolean thirty) {
    Optional<UserSummary> holder =
        identity.user(c.getUserId()).filter(u -> u.email() != null && !u.email().isBlank());
    if (holder.isEmpty()) {
      return false;
    }
    int marked =
        thirty
            ? certifications.markReminded30(c.getId(), clock.instant())
            : certifications.markReminded90(c.getId(), clock.instant());
    if (marked == 0) {
      return false;
    }
    mail.sendNow(
        holder.get().email(),
        "Certification expiring: " + c.getName() + " on " + DAY.format(c.getExpiresOn()),
        "Hello "
            + holder.get().displayName()
            + ",\n\nyour certification "
            + c.getName()
            + " expires on "
            + DAY.format(c.getExpiresOn())
            + " (in "
            + (thirty ? "30" : "90")
            + " days or less). Its renewal and the credits earned so far: "
            + properties.link("/learning/me"));
    return true;
  }
}

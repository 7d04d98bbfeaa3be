package org.cairnpmo.control.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails a project's manager about each overdue status report, once per report period. The
 * reminder is recorded in the same transaction in which the mail is sent, under a unique key per
 * project and period: a second run, or a second node racing this one, finds the record (or fails to
 * insert it) and sends nothing. A mail that cannot be sent rolls the record back, so the next run
 * tries again.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportReminderService {

  private static final Logger log = LoggerFactory.getLogger(ReportReminderService.class);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final OverdueReports dueReports;
  private final ReportReminderRepository reminders;
  private final IdentityApi identity;
  private final ObjectProvider<JavaMailSender> mail;
  private final ControlProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;

  /** Sends the reminders due today, as the scheduled job does. */
  public int sendTodaysReminders() {
    return sendReminders(Today.on(clock));
  }

  /** Sends the reminders due on {@code today}; answers how many mails went out. */
  public int sendReminders(LocalDate today) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      log.warn("Status report reminders: no mail server is configured (spring.mail.host).");
      return 0;
    }
    LocalDate oldest = today.minusDays(properties.reminders().lookbackDays());
    List<OverdueReport> due =
        dueReports.overdueEverywhere(today).stream()
            .filter(o -> o.reminderSentAt() == null && !o.dueDate().isBefore(oldest))
            .toList();
    int sent = 0;
    for (OverdueReport overdue : due) {
      try {
        Boolean done = transaction.execute(status -> remind(overdue, sender));
        if (Boolean.TRUE.equals(done)) {
          sent++;
        }
      } catch (DataIntegrityViolationException e) {
        log.debug(
            "Reminder for {} {} was sent by another node",
            overdue.projectCode(),
            overdue.periodStart());
      } catch (MailException e) {
        log.warn(
            "Reminder for {} ({}) could not be sent; will try again: {}",
            overdue.projectCode(),
            overdue.periodStart(),
            e.getMessage());
      }
    }
    if (sent > 0) {
      log.info("Status report reminders: {} sent", sent);
    }
    return sent;
  }

  private boolean remind(OverdueReport overdue, JavaMailSender sender) {
    if (reminders.existsByProjectIdAndPeriodStart(overdue.projectId(), overdue.periodStart())) {
      return false;
    }
    Optional<UserSummary> manager =
        overdue.managerId() == null ? Optional.empty() : identity.user(overdue.managerId());
    if (manager.isEmpty() || manager.get().email() == null || manager.get().email().isBlank()) {
      log.debug("No manager's address to remind about {}", overdue.projectCode());
      return false;
    }
    String to = manager.get().email();
    reminders.saveAndFlush(
        new ReportReminder(
            overdue.projectId(), overdue.periodStart(), overdue.dueDate(), to, clock.instant()));
    sender.send(message(overdue, manager.get(), to));
    return true;
  }

  private SimpleMailMessage message(OverdueReport overdue, UserSummary manager, String to) {
    String period = DAY.format(overdue.periodStart()) + " – " + DAY.format(overdue.periodEnd());
    String link =
        properties.reminders().baseUrl().replaceAll("/+$", "")
            + "/projects/"
            + overdue.projectId()
            + "/status/new?periodStart="
            + overdue.periodStart();
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.reminders().from());
    message.setTo(to);
    message.setSubject(
        "Status report overdue: " + overdue.projectCode() + " · " + overdue.projectName());
    message.setText(
        "Hello "
            + manager.displayName()
            + ",\n\n"
            + "the status report of "
            + overdue.projectCode()
            + " ("
            + overdue.projectName()
            + ") for "
            + period
            + " was due on "
            + DAY.format(overdue.dueDate())
            + " and has not been submitted yet.\n\n"
            + "Write it here: "
            + link
            + "\n\n"
            + "You get one reminder per report period.\n-- Cairn\n");
    return message;
  }
}

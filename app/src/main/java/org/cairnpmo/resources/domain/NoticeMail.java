package org.cairnpmo.resources.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mail that goes with a notice, where a mail server is configured ({@code spring.mail.host}).
 * It leaves only once the step's transaction has committed, so a step that fails tells nobody, and
 * a mail that fails is logged and never undoes the step: the notice in the application stays. The
 * sender and the address of the application in the link are those of the status report reminders
 * ({@code cairn.control.reminders.from} and {@code .base-url}): one setting for the whole
 * application.
 */
@Component
class NoticeMail {

  private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

  /** One mail: to whom, and what it says. */
  record Letter(String to, String name, String subject, String body, String link) {}

  private final ObjectProvider<JavaMailSender> mail;
  private final String from;
  private final String baseUrl;

  NoticeMail(
      ObjectProvider<JavaMailSender> mail,
      @Value("${cairn.control.reminders.from:cairn@localhost}") String from,
      @Value("${cairn.control.reminders.base-url:http://localhost:8080}") String baseUrl) {
    this.mail = mail;
    this.from = from;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  boolean configured() {
    return mail.getIfAvailable() != null;
  }

  /** Sends {@code letters} once the current transaction commits (at once outside one). */
  void sendAfterCommit(List<Letter> letters) {
    if (letters.isEmpty() || !configured()) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      send(letters);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            send(letters);
          }
        });
  }

  /** Sends over one connection; answers how many mails went out (none without a mail server). */
  int send(List<Letter> letters) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null || letters.isEmpty()) {
      return 0;
    }
    try {
      sender.send(letters.stream().map(this::message).toArray(SimpleMailMessage[]::new));
      return letters.size();
    } catch (MailException e) {
      log.warn(
          "{} notice mail(s) could not be sent; the notices are in the application: {}",
          letters.size(),
          e.getMessage());
      return 0;
    }
  }

  private SimpleMailMessage message(Letter letter) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(letter.to());
    message.setSubject(letter.subject());
    message.setText(
        "Hello "
            + letter.name()
            + ",\n\n"
            + letter.subject()
            + ".\n"
            + letter.body()
            + "\n\nSee it here: "
            + baseUrl
            + letter.link()
            + "\n\n-- Cairn\n");
    return message;
  }
}

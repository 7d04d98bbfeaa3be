package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.ReportReminderService;
import org.cairnpmo.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders about overdue status reports go out once per report period, against a real SMTP server
 * (GreenMail on the port that application-test.yml names, so the shared test context stays shared).
 * Other tests' projects may be overdue too, so mails are counted per recipient.
 */
class ReportRemindersTest extends ControlTestSupport {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(TestMail.port(), null, "smtp"));

  @Autowired ReportReminderService reminders;

  /** A project whose first weekly period ended four days ago and was due two days ago. */
  private Team overdueOnce() {
    Team t = team(false);
    cadences.setCadence(
        t.id(),
        new CadenceData(Cadence.WEEKLY, LocalDate.now().minusDays(10), 2, null),
        null,
        current(t.manager()));
    return t;
  }

  private static List<MimeMessage> to(String address) throws Exception {
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
  void one_overdue_report_gives_exactly_one_mail_and_a_second_run_sends_nothing() throws Exception {
    Team t = overdueOnce();
    LocalDate today = LocalDate.now();

    assertThat(dueReports.overdue(current(t.pmo()), t.manager().id())).hasSize(1);
    reminders.sendReminders(today);

    List<MimeMessage> mails = to(t.manager().email());
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject())
        .isEqualTo("Status report overdue: " + t.project().code() + " · " + t.project().name());
    assertThat(mail.getContent().toString())
        .contains("Hello " + t.manager().displayName())
        .contains("/projects/" + t.id() + "/status/new?periodStart=" + today.minusDays(10));
    assertThat(dueReports.overdue(current(t.pmo()), t.manager().id()).get(0).reminderSentAt())
        .isNotNull();

    int before = SMTP.getReceivedMessages().length;
    assertThat(reminders.sendReminders(today)).isZero();
    assertThat(SMTP.getReceivedMessages()).hasSize(before);
    assertThat(to(t.manager().email())).hasSize(1);
  }

  @Test
  void two_nodes_running_at_once_still_send_one_mail_per_period() throws Exception {
    Team t = overdueOnce();
    LocalDate today = LocalDate.now();
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> run = () -> reminders.sendReminders(today);
      List<Future<Integer>> runs = nodes.invokeAll(List.of(run, run));
      for (Future<Integer> r : runs) {
        r.get();
      }
    } finally {
      nodes.shutdown();
    }
    assertThat(to(t.manager().email())).hasSize(1);
  }

  @Test
  void a_submitted_report_is_not_reminded_about() throws Exception {
    Team t = overdueOnce();
    reports.create(
        t.id(),
        report(LocalDate.now().minusDays(10), null, Rag.GREEN, "All good"),
        true,
        current(t.manager()));

    reminders.sendReminders(LocalDate.now());

    assertThat(to(t.manager().email())).isEmpty();
    assertThat(dueReports.overdue(current(t.pmo()), t.manager().id())).isEmpty();
  }
}

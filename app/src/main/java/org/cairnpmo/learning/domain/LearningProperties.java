package org.cairnpmo.learning.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Learning settings. Mail (invitations, the line manager's requests, certification reminders) goes
 * out only where a mail server is configured ({@code spring.mail.*}), from {@code mail-from}, with
 * links to {@code base-url}. {@code reminders.enabled} switches on the daily job that reminds
 * people of certifications expiring in 90 and 30 days and of their confirmed seats in sessions
 * starting within two days (off by default and in the demo).
 */
@ConfigurationProperties(prefix = "cairn.learning")
public record LearningProperties(
    @DefaultValue("cairn@localhost") String mailFrom,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue Reminders reminders) {

  /** The certification reminder job. */
  public record Reminders(
      @DefaultValue("false") boolean enabled, @DefaultValue("0 30 6 * * *") String cron) {}

  String link(String path) {
    return baseUrl.replaceAll("/+$", "") + path;
  }
}

package org.cairnpmo.control.domain;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Project control settings. {@code reminders.enabled} switches on the e-mails about overdue status
 * reports (off by default and in the demo; the SMTP server is configured with the standard {@code
 * spring.mail.*} properties); the job runs on {@code reminders.cron}, on one node at a time, and
 * reminds about periods due within the last {@code reminders.lookback-days} days only, so that
 * switching reminders on does not flood managers with mail about the distant past.
 */
@Validated
@ConfigurationProperties(prefix = "cairn.control")
public record ControlProperties(@DefaultValue Reminders reminders) {

  /** The reminder job. */
  public record Reminders(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("0 0 7 * * *") String cron,
      @DefaultValue("cairn@localhost") String from,
      @DefaultValue("http://localhost:8080") String baseUrl,
      @DefaultValue("60") @Min(1) int lookbackDays) {}
}

package org.cairnpmo.resources.timesheets.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.ViewerHomePanel;
import org.cairnpmo.platform.HomePanel;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.resources.timesheets.domain.TimesheetService;
import org.cairnpmo.resources.timesheets.domain.TimesheetView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The home page's "Timesheets" panel: this week's status for a person of the pool, and for those
 * who decide on weeks how many wait for them. Left out for someone with neither.
 */
@Configuration(proxyBeanMethods = false)
class TimesheetHomePanel {

  @Bean
  HomePanel timesheetPanel(TimesheetService timesheets, IdentityApi identity, Clock clock) {
    return ViewerHomePanel.of(
        identity,
        31,
        "resources/timesheet-home-panel",
        viewer -> model(timesheets, LocalDate.now(clock), viewer));
  }

  static Model model(TimesheetService timesheets, LocalDate today, CurrentUser viewer) {
    long waiting = timesheets.queue(0, 1, viewer).getTotalElements();
    TimesheetView thisWeek;
    try {
      thisWeek =
          timesheets.mine(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), viewer);
    } catch (NotFoundException e) {
      thisWeek = null;
    }
    return waiting == 0 && thisWeek == null ? null : new Model(thisWeek, waiting);
  }

  /** What the panel shows; {@code thisWeek} is null for someone not in the pool. */
  public record Model(TimesheetView thisWeek, long waiting) {}
}

package org.cairnpmo.resources.timesheets.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.resources.timesheets.domain.LineData;
import org.cairnpmo.resources.timesheets.domain.TimesheetData;
import org.cairnpmo.resources.timesheets.domain.TimesheetService;
import org.cairnpmo.resources.timesheets.domain.TimesheetView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's timesheets: the people booked on the demo's approved requests fill in the last four
 * weeks, taken through the workflow as people would: the two oldest approved by the resource
 * manager {@code rm} (so the projects' actual costs include labour), the one before last submitted,
 * last week a draft. A database that holds any timesheet is left alone.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class TimesheetDemoData {

  private static final Logger log = LoggerFactory.getLogger(TimesheetDemoData.class);
  private static final int WEEKS = 4;

  private final TimesheetService timesheets;
  private final IdentityApi identity;
  private final Clock clock;

  TimesheetDemoData(TimesheetService timesheets, IdentityApi identity, Clock clock) {
    this.timesheets = timesheets;
    this.identity = identity;
    this.clock = clock;
  }

  @EventListener
  void on(DemoLoaded.Resources loaded) {
    DemoLoaded.orLog(log, "Demo timesheets", this::load);
  }

  void load() {
    Optional<CurrentUser> rm = identity.userByUsername("rm").map(UserSummary::asCurrentUser);
    if (rm.isEmpty() || timesheets.anySaved()) {
      return;
    }
    LocalDate thisWeek =
        LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int weeks = 0;
    for (Map.Entry<Long, List<Long>> booked : timesheets.bookedUsers().entrySet()) {
      Optional<CurrentUser> person = identity.user(booked.getKey()).map(UserSummary::asCurrentUser);
      if (person.isEmpty() || person.get().id() == rm.get().id()) {
        continue;
      }
      for (int w = WEEKS; w >= 1; w--) {
        LocalDate week = thisWeek.minusWeeks(w);
        TimesheetView saved =
            timesheets.saveMine(
                week, new TimesheetData(lines(booked.getValue(), w), 0L), 0, person.get());
        if (w >= 2) {
          saved = timesheets.submit(saved.id(), saved.version(), person.get());
        }
        if (w >= 3) {
          timesheets.approve(saved.id(), saved.version(), rm.get());
        }
        weeks++;
      }
    }
    log.info("Demo timesheets: {} weeks loaded", weeks);
  }

  /** A working week over the person's requests: eight hours a day, a short Friday now and then. */
  private static List<LineData> lines(List<Long> requestIds, int week) {
    List<LineData> lines = new ArrayList<>();
    int share = requestIds.size();
    for (Long requestId : requestIds) {
      BigDecimal day =
          BigDecimal.valueOf(8).divide(BigDecimal.valueOf(share), 1, java.math.RoundingMode.DOWN);
      BigDecimal friday =
          week % 2 == 0 ? day.divide(BigDecimal.valueOf(2), 1, java.math.RoundingMode.DOWN) : day;
      lines.add(
          new LineData(
              requestId,
              null,
              null,
              week == 1 ? "Draft: to be completed" : null,
              List.of(day, day, day, day, friday, BigDecimal.ZERO, BigDecimal.ZERO)));
    }
    return lines;
  }
}

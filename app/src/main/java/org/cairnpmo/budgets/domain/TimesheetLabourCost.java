package org.cairnpmo.budgets.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.budgets.ProjectFinancialsChanged;
import org.cairnpmo.resources.TimesheetApproved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The labour cost of an approved timesheet becomes an actual cost of its project (labour, opex, in
 * the month the hours were worked), booked by the system. The event publication registry delivers
 * an event again after a crash, so each event's id is kept with the cost it booked ({@code
 * bud_labour_booking}, the id as its key): a second delivery finds it and books nothing, and two
 * deliveries at once cannot both commit.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TimesheetLabourCost {

  static final String SOURCE = "timesheets";

  private static final Logger log = LoggerFactory.getLogger(TimesheetLabourCost.class);

  private final ActualCostRepository actuals;
  private final NamedParameterJdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final BudgetThresholds thresholds;
  private final Clock clock;

  @ApplicationModuleListener
  void on(TimesheetApproved approved) {
    if (book(approved)) {
      log.info(
          "Labour cost {} of {} booked on project {} for {}",
          approved.amount(),
          approved.personName(),
          approved.projectId(),
          approved.month());
    }
  }

  /** Books the cost unless this event booked it already; true when it booked it now. */
  @Transactional
  boolean book(TimesheetApproved approved) {
    Long already =
        jdbc.queryForObject(
            "select count(*) from bud_labour_booking where event_id = :id",
            Map.of("id", approved.id()),
            Long.class);
    if (already != null && already > 0) {
      return false;
    }
    ActualData data =
        BudgetChecks.checkActual(
            new ActualData(
                null,
                approved.month(),
                CostCategory.LABOUR,
                CostType.OPEX,
                approved.amount(),
                "Timesheet: "
                    + approved.personName()
                    + ", week of "
                    + approved.weekStart()
                    + ", "
                    + approved.hours().stripTrailingZeros().toPlainString()
                    + " h",
                approved.id()));
    Instant now = clock.instant();
    ActualCost cost =
        actuals.saveAndFlush(ActualCost.book(approved.projectId(), data, SOURCE, SOURCE, now));
    jdbc.update(
        "insert into bud_labour_booking (event_id, actual_cost_id, booked_at)"
            + " values (:id, :cost, :at)",
        Map.of(
            "id",
            approved.id(),
            "cost",
            cost.getId(),
            "at",
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
    events.publishEvent(new ProjectFinancialsChanged(approved.projectId()));
    thresholds.booked(approved.projectId(), approved.amount());
    return true;
  }
}

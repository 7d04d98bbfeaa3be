package org.cairnpmo.practices.kpis;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's standard KPIs, one per measure with its usual thresholds, and a year of monthly
 * snapshots: each of the twelve months before the current one computed from the demo's data as of
 * the month's last day (earned value, milestones, reports and gate reviews by their dates; the open
 * high risks as the log stands today, since it keeps no closing dates). Loaded as the PMO after the
 * budgets, the last part of the data the KPIs read; what is there already (any KPI, any snapshot)
 * is left alone.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class KpiDemoData {

  static final int MONTHS = 12;

  private static final Logger log = LoggerFactory.getLogger(KpiDemoData.class);

  private final KpiService definitions;
  private final KpiSnapshots snapshots;
  private final IdentityApi identity;
  private final Clock clock;

  KpiDemoData(KpiService definitions, KpiSnapshots snapshots, IdentityApi identity, Clock clock) {
    this.definitions = definitions;
    this.snapshots = snapshots;
    this.identity = identity;
    this.clock = clock;
  }

  @EventListener
  void on(DemoLoaded.Budgets loaded) {
    try {
      load();
    } catch (RuntimeException e) {
      // The demo's KPIs must never keep Cairn from starting.
      log.error("Demo KPIs: not loaded: {}", e.getMessage(), e);
    }
  }

  void load() {
    Optional<UserSummary> pmo = identity.userByUsername("pmo");
    if (pmo.isEmpty()) {
      log.warn("Demo KPIs: the demo person 'pmo' is missing; nothing loaded.");
      return;
    }
    UserSummary p = pmo.get();
    CurrentUser by = new CurrentUser(p.id(), p.username(), p.displayName(), p.roles());
    if (definitions.definitions().isEmpty()) {
      for (KpiMeasure m : KpiMeasure.values()) {
        definitions.define(KpiData.standard(m), by);
      }
    }
    if (!snapshots.any()) {
      YearMonth current = YearMonth.now(clock);
      for (int i = MONTHS; i >= 1; i--) {
        snapshots.take(current.minusMonths(i), by.username());
      }
    }
  }
}

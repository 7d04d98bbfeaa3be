package org.cairnpmo.reporting.dashboard;

import org.cairnpmo.budgets.ProjectFinancialsChanged;
import org.cairnpmo.control.ProjectControlChanged;
import org.cairnpmo.governance.GateDecided;
import org.cairnpmo.projects.ProjectRegistered;
import org.cairnpmo.projects.ProjectRevised;
import org.cairnpmo.projects.ProjectStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Refreshes a project's row once the change that concerns it has committed, synchronously (so the
 * next page view shows it) and in a transaction of its own. A failure is logged and never undoes or
 * fails the person's action: the row catches up at the next change or rebuild.
 */
@Component
class DashboardRefreshListener {

  private static final Logger log = LoggerFactory.getLogger(DashboardRefreshListener.class);

  private final DashboardRefresh refresh;

  DashboardRefreshListener(DashboardRefresh refresh) {
    this.refresh = refresh;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ProjectRegistered event) {
    refresh(event.projectId(), "registered");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ProjectStatusChanged event) {
    refresh(event.projectId(), "status");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ProjectRevised event) {
    refresh(event.projectId(), "revised");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(GateDecided event) {
    refresh(event.projectId(), "gate");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ProjectControlChanged event) {
    refresh(event.projectId(), event.what());
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ProjectFinancialsChanged event) {
    refresh(event.projectId(), "financials");
  }

  /** Projects written without events (demo bulk data, older data) get their rows at start. */
  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    try {
      refresh.rebuildMissing();
    } catch (RuntimeException e) {
      log.error("Dashboard read model: completing the missing rows failed", e);
    }
  }

  private void refresh(long projectId, String what) {
    try {
      refresh.refresh(projectId);
    } catch (RuntimeException e) {
      log.warn(
          "Dashboard read model: project {} was not refreshed after a change ({}): {}",
          projectId,
          what,
          e.toString());
    }
  }
}

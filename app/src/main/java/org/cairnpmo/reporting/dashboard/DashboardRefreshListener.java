package org.cairnpmo.reporting.dashboard;

import org.cairnpmo.budgets.ProjectFinancialsChanged;
import org.cairnpmo.control.ProjectControlChanged;
import org.cairnpmo.governance.GateDecided;
import org.cairnpmo.governance.ProjectPlacedOnLifecycle;
import org.cairnpmo.identity.PersonRenamed;
import org.cairnpmo.organization.DepartmentRenamed;
import org.cairnpmo.platform.DemoProperties;
import org.cairnpmo.projects.ProjectRegistered;
import org.cairnpmo.projects.ProjectRevised;
import org.cairnpmo.projects.ProjectStatusChanged;
import org.cairnpmo.projects.ProjectsRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
  private final boolean demo;

  DashboardRefreshListener(DashboardRefresh refresh, DemoProperties demo) {
    this.refresh = refresh;
    this.demo = demo.enabled();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ProjectRegistered event) {
    refresh(event.projectId(), "registered");
  }

  /** Projects imported in bulk: their rows are written in batches, as the missing rows at start. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ProjectsRegistered event) {
    quietly(
        refresh::rebuildMissing,
        event.projectIds().size()
            + " imported projects get their rows at the next rebuild or start");
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
  void on(ProjectPlacedOnLifecycle event) {
    refresh(event.projectId(), "lifecycle");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ProjectControlChanged event) {
    refresh(event.projectId(), event.what());
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ProjectFinancialsChanged event) {
    refresh(event.projectId(), "financials");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(DepartmentRenamed event) {
    quietly(
        () -> refresh.departmentRenamed(event.departmentId(), event.name()),
        "department " + event.departmentId() + " keeps its old name until a rebuild");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(PersonRenamed event) {
    quietly(
        () -> refresh.personRenamed(event.userId(), event.displayName()),
        "manager " + event.userId() + " keeps the old name until a rebuild");
  }

  /**
   * Projects written without events (older data, bulk loads) get their rows at start, after every
   * other start-up step has written its data. In demo mode every row is recomputed: the demo data
   * writes reports, risks and costs of existing projects partly with SQL, without events.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void onReady() {
    try {
      if (demo) {
        refresh.rebuildAll();
      } else {
        refresh.rebuildMissing();
      }
    } catch (RuntimeException e) {
      log.error("Dashboard read model: completing the missing rows failed", e);
    }
  }

  private void refresh(long projectId, String what) {
    quietly(
        () -> refresh.refresh(projectId),
        "project " + projectId + " was not refreshed after a change (" + what + ")");
  }

  /** Runs an update of the read model; a failure is logged, never passed to the person's action. */
  private void quietly(Runnable update, String consequence) {
    try {
      update.run();
    } catch (RuntimeException e) {
      log.warn("Dashboard read model: {}: {}", consequence, e.toString());
    }
  }
}

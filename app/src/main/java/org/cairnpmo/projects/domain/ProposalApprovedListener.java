package org.cairnpmo.projects.domain;

import org.cairnpmo.portfolio.ProposalApproved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An approved proposal enters the register as a project that carries it over (see {@link
 * ProjectService#registerFromProposal}). Runs after the approval commits; the event publication
 * registry retries it if the application stops first.
 *
 * <p>Committing a scenario approves several proposals at once, and their projects are registered
 * side by side: two of one department pick the same next code of its scheme, and the second insert
 * breaks the unique code. Each attempt therefore runs in a transaction of its own, and one that
 * lost the code tries again, reading the code the other took. The listener is {@code @Async} and
 * {@code @TransactionalEventListener} like an {@code @ApplicationModuleListener}, but without the
 * transaction around it: holding one per approval while each attempt opens another, six approvals
 * and the listeners their projects start drained the connection pool.
 */
@Component
class ProposalApprovedListener {

  private static final Logger log = LoggerFactory.getLogger(ProposalApprovedListener.class);

  /** More approvals of one department at the same moment than a portfolio board makes. */
  static final int ATTEMPTS = 10;

  private final ProjectService projects;
  private final TransactionTemplate transaction;

  ProposalApprovedListener(ProjectService projects, PlatformTransactionManager transactions) {
    this.projects = projects;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Async
  @TransactionalEventListener
  void on(ProposalApproved approved) {
    for (int attempt = 1; ; attempt++) {
      try {
        var project = transaction.execute(status -> projects.registerFromProposal(approved));
        log.info(
            "Registered project {} from approved proposal {}", project.code(), approved.code());
        return;
      } catch (DataIntegrityViolationException clash) {
        if (attempt == ATTEMPTS) {
          throw clash;
        }
        log.info(
            "The project code for approved proposal {} was taken at the same moment; trying again",
            approved.code());
      }
    }
  }
}

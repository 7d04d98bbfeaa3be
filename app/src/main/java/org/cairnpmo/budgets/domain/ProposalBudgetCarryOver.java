package org.cairnpmo.budgets.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.projects.ProjectFromProposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A project made from an approved proposal starts with the phased budget of its business case
 * ({@link BudgetService#carryOver}). Runs after the register commits the project, in its own
 * transaction; the event publication registry delivers the event again if the application stops
 * first, and a project that has a budget already keeps it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProposalBudgetCarryOver {

  private static final Logger log = LoggerFactory.getLogger(ProposalBudgetCarryOver.class);

  private final BudgetService budgets;

  @ApplicationModuleListener
  void on(ProjectFromProposal created) {
    if (budgets.carryOver(created)) {
      log.info(
          "Budget of project {} carried over from proposal {}",
          created.projectCode(),
          created.proposal().code());
    }
  }
}

package org.cairnpmo.budgets.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.budgets.ProjectFinancialsChanged;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.projects.ProjectFromProposal;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project made from an approved proposal starts with the phased budget of its business case (see
 * {@link PhasedBudget}), as its first budget, written by the system. Runs after the register
 * commits the project, in its own transaction; the event publication registry delivers the event
 * again if the application stops first, so a project that has a budget already keeps it.
 */
@Service
public class ProposalBudgetCarryOver {

  static final String SYSTEM_AUTHOR = "system";
  private static final Logger log = LoggerFactory.getLogger(ProposalBudgetCarryOver.class);

  private final BudgetPlanRepository plans;
  private final ProjectsApi projects;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ProposalBudgetCarryOver(
      BudgetPlanRepository plans,
      ProjectsApi projects,
      ApplicationEventPublisher events,
      Clock clock) {
    this.plans = plans;
    this.projects = projects;
    this.events = events;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ProjectFromProposal created) {
    if (carryOver(created)) {
      log.info(
          "Budget of project {} carried over from proposal {}",
          created.projectCode(),
          created.proposal().code());
    }
  }

  /**
   * Saves the phased budget of the proposal as the project's budget; false, changing nothing, when
   * the project has a budget already or the business case has no costs to spread.
   */
  @Transactional
  public boolean carryOver(ProjectFromProposal created) {
    long projectId = created.projectId();
    if (plans.findByProjectId(projectId).isPresent()) {
      return false;
    }
    ProposalApproved proposal = created.proposal();
    ProjectView project = projects.project(projectId).orElse(null);
    LocalDate start = project != null ? project.plannedStart() : proposal.plannedStart();
    LocalDate finish = project != null ? project.plannedFinish() : proposal.plannedFinish();
    List<BudgetLine> lines = PhasedBudget.spread(proposal.costs(), start, finish);
    if (lines.isEmpty()) {
      return false;
    }
    List<FieldProblem> problems = new ArrayList<>();
    BudgetChecks.checkLines(lines, problems);
    if (!problems.isEmpty()) {
      // A business case the budget cannot hold (more months than a budget keeps, sums too large):
      // the manager enters the budget by hand; delivering the event again would not change it.
      log.warn("Budget of proposal {} not carried over: {}", proposal.code(), problems);
      return false;
    }
    BudgetPlan plan = BudgetPlan.start(projectId);
    plan.replaceLines(lines, null, SYSTEM_AUTHOR, clock.instant());
    plans.saveAndFlush(plan);
    events.publishEvent(new ProjectFinancialsChanged(projectId));
    return true;
  }
}

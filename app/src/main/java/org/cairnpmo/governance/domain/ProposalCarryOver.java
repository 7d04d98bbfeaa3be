package org.cairnpmo.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.projects.ProjectFromProposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A project made from an approved proposal enters governance at once: on the lifecycle of the tier
 * that its budget, planned duration (planned start to finish, in months) and the gravest risk of
 * its business case ({@link RiskLevel#ofGravest}) classify it into. The approval is the investment
 * decision, so where the lifecycle's first gate is that decision it is recorded as passed at the
 * approval ({@link GateService#placeApproved}).
 *
 * <p>The event publication registry may deliver the event again after a crash: a project already on
 * a lifecycle is left as it is, so it is never placed twice.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProposalCarryOver {

  private static final Logger log = LoggerFactory.getLogger(ProposalCarryOver.class);

  private final GateService gates;

  @ApplicationModuleListener
  void on(ProjectFromProposal event) {
    ProposalApproved proposal = event.proposal();
    RiskLevel risk =
        RiskLevel.ofGravest(
            proposal.risks().stream().map(r -> r.probability() * r.impact()).toList());
    boolean placed =
        gates
            .placeApproved(
                event.projectId(),
                proposal.budget(),
                proposal.currency(),
                TierClassifier.durationMonths(proposal.plannedStart(), proposal.plannedFinish()),
                risk,
                proposal.code())
            .isPresent();
    if (placed) {
      log.info("Project {} placed on its lifecycle from {}", event.projectCode(), proposal.code());
    } else {
      log.info(
          "Project {} from {} not placed: already on a lifecycle, closed, or in no tier with a"
              + " lifecycle",
          event.projectCode(),
          proposal.code());
    }
  }
}

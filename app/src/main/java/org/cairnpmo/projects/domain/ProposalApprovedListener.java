package org.cairnpmo.projects.domain;

import org.cairnpmo.portfolio.ProposalApproved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An approved proposal enters the register as a project that carries it over (see {@link
 * ProjectService#registerFromProposal}). Runs after the approval commits, in its own transaction;
 * the event publication registry retries it if the application stops first.
 */
@Component
class ProposalApprovedListener {

  private static final Logger log = LoggerFactory.getLogger(ProposalApprovedListener.class);

  private final ProjectService projects;

  ProposalApprovedListener(ProjectService projects) {
    this.projects = projects;
  }

  @ApplicationModuleListener
  void on(ProposalApproved approved) {
    var project = projects.registerFromProposal(approved);
    log.info("Registered project {} from approved proposal {}", project.code(), approved.code());
  }
}

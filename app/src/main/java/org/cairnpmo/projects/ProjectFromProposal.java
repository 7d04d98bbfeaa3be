package org.cairnpmo.projects;

import org.cairnpmo.portfolio.ProposalApproved;

/**
 * The register created a project from an approved proposal. Modules that carry part of the business
 * case over (the phased budget, the risks, the lifecycle, the resource demand) listen to this, not
 * to {@link ProposalApproved}, because only now does the project exist.
 */
public record ProjectFromProposal(long projectId, String projectCode, ProposalApproved proposal) {}

package org.cairnpmo.projects;

/**
 * The approved proposal a project was registered from. The code is the proposal's own (e.g. {@code
 * PRO-0031}); whether the reader may open the proposal is the portfolio's to say.
 */
public record ProposalOrigin(long proposalId, String proposalCode) {}

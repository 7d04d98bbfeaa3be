package org.cairnpmo.portfolio.domain;

import java.util.EnumSet;
import java.util.Set;
import org.cairnpmo.platform.Labelled;

/**
 * Where a proposal is in intake and evaluation. Approved, rejected and withdrawn proposals are
 * final: their record stays as it was decided.
 */
public enum ProposalStatus implements Labelled {
  DRAFT,
  SUBMITTED,
  UNDER_EVALUATION,
  APPROVED,
  REJECTED,
  DEFERRED,
  WITHDRAWN;

  /** The statuses a proposal may move to from this one. */
  public Set<ProposalStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(UNDER_EVALUATION, REJECTED, DEFERRED, WITHDRAWN);
      case UNDER_EVALUATION -> EnumSet.of(APPROVED, REJECTED, DEFERRED, WITHDRAWN);
      case DEFERRED -> EnumSet.of(UNDER_EVALUATION, REJECTED, WITHDRAWN);
      case APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ProposalStatus.class);
    };
  }

  public boolean canMoveTo(ProposalStatus target) {
    return next().contains(target);
  }

  public boolean isFinal() {
    return next().isEmpty();
  }

  /** The outcomes the PMO chooses between when it triages a proposal. */
  public static Set<ProposalStatus> triageOutcomes() {
    return EnumSet.of(UNDER_EVALUATION, REJECTED, DEFERRED);
  }
}

package org.cairnpmo.portfolio.domain;

import java.util.Set;

/**
 * Search criteria for proposals; every part optional.
 *
 * @param query part of the title, or a code such as PRO-0042
 * @param mine only proposals the caller wrote
 */
public record ProposalFilter(String query, Set<ProposalStatus> statuses, boolean mine) {

  public static ProposalFilter none() {
    return new ProposalFilter(null, Set.of(), false);
  }

  public Set<ProposalStatus> statusesOrEmpty() {
    return statuses == null ? Set.of() : statuses;
  }
}

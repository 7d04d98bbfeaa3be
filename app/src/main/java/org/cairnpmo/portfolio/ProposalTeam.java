package org.cairnpmo.portfolio;

import java.util.Set;

/**
 * A proposal as other modules need it to file things under it: its code and title, and the people
 * named on it (author, sponsor, manager) by user id.
 */
public record ProposalTeam(long id, String code, String title, Set<Long> people) {

  public ProposalTeam {
    people = Set.copyOf(people);
  }
}

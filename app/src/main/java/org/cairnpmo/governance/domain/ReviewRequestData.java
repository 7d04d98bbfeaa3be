package org.cairnpmo.governance.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The manager asks the board for a decision at the current gate. {@code checklist}, when given, is
 * saved first (as with the checklist endpoint); {@code version}, when given, must be the
 * lifecycle's current version. {@code approverIds}, when given, are the people who vote on the
 * review, and {@code voteRule} how their votes decide it (ALL when not given; see {@link
 * VoteRule}); without them one reviewer or the board decides, as before.
 */
public record ReviewRequestData(
    @Size(max = 2000, message = "At most 2000 characters") String note,
    @Valid ChecklistData checklist,
    Long version,
    @Size(max = 15, message = "At most 15 approvers")
        List<@NotNull(message = "Choose a person") Long> approverIds,
    VoteRule voteRule) {

  /** A review one reviewer or the board decides. */
  public ReviewRequestData(String note, ChecklistData checklist, Long version) {
    this(note, checklist, version, null, null);
  }

  public List<Long> approverIdsOrEmpty() {
    return approverIds == null ? List.of() : approverIds;
  }

  /** The same request, expecting {@code expected} as the lifecycle's version. */
  public ReviewRequestData expecting(Long expected) {
    return new ReviewRequestData(note, checklist, expected, approverIds, voteRule);
  }
}

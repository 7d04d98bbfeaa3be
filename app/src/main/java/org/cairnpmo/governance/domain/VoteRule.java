package org.cairnpmo.governance.domain;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cairnpmo.platform.Labelled;

/**
 * How the votes of a review's named approvers decide the gate. Only GO, HOLD, RECYCLE and KILL are
 * votes; conditions go with a decision the PMO records for the board.
 *
 * <ul>
 *   <li>{@link #ALL}: the gate is decided once every approver has voted. GO when every vote is GO;
 *       otherwise the gravest vote decides (KILL before RECYCLE before HOLD).
 *   <li>{@link #MAJORITY}: the gate is decided as soon as one decision has the votes of more than
 *       half of the approvers (2 of 3, 3 of 4). Until then it waits for the remaining votes; when
 *       everyone has voted and no decision has more than half (a tie), the review stays open and
 *       the PMO records the board's decision on its behalf.
 * </ul>
 *
 * With one approver both rules are the same: that approver's vote decides.
 */
public enum VoteRule implements Labelled {
  ALL,
  MAJORITY;

  /** As the rule reads on a review: "All approvers" or "Majority". */
  @Override
  public String label() {
    return this == ALL ? "All approvers" : Labelled.super.label();
  }

  /** The decision {@code votes} come to under this rule; empty while it waits for more votes. */
  public Optional<GateDecision> outcome(List<GateVote> votes) {
    List<GateDecision> cast =
        votes.stream().map(GateVote::decision).filter(Objects::nonNull).toList();
    if (this == ALL) {
      if (cast.size() < votes.size()) {
        return Optional.empty();
      }
      return cast.stream().max(Comparator.comparingInt(GateDecision::gravity));
    }
    Map<GateDecision, Integer> counts = new EnumMap<>(GateDecision.class);
    cast.forEach(d -> counts.merge(d, 1, Integer::sum));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() * 2 > votes.size())
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** What the votes came to, in a sentence for the review's rationale. */
  String summary(List<GateVote> votes, GateDecision outcome) {
    long agreeing = votes.stream().filter(v -> v.decision() == outcome).count();
    return switch (this) {
      case ALL ->
          outcome == GateDecision.GO
              ? "All " + votes.size() + " approvers voted Go."
              : "Every approver voted; the gravest vote, "
                  + outcome.label()
                  + " ("
                  + agreeing
                  + " of "
                  + votes.size()
                  + "), decides.";
      case MAJORITY ->
          agreeing + " of " + votes.size() + " approvers voted " + outcome.label() + ".";
    };
  }
}

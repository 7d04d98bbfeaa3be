package org.cairnpmo.engine.staffing;

import java.util.List;

/**
 * A request the proposal leaves open, and why.
 *
 * @param requestId the request
 * @param reason the kind of reason
 * @param explanation the reason as a sentence
 * @param blockingRequestIds for {@link Reason#TAKEN}: the staffed requests that use the hours it
 *     would need, highest priority first
 */
public record Unstaffed(
    String requestId, Reason reason, String explanation, List<String> blockingRequestIds) {

  /** Why a request stays open. */
  public enum Reason {
    /** No one passes the hard rules (role, skills, named or excluded people, cost limit). */
    NO_ONE_QUALIFIED,
    /** Everyone qualified lacks the hours in some period, before any new assignment. */
    NO_ONE_AVAILABLE,
    /**
     * Qualified people had room, but the hours went to other requests worth more (or, when the
     * search was stopped early, it was not reached; then no request is named).
     */
    TAKEN
  }

  public Unstaffed {
    blockingRequestIds = List.copyOf(blockingRequestIds);
  }
}

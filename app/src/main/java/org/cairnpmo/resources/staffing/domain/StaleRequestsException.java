package org.cairnpmo.resources.staffing.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Requests of a proposal that changed since it was made: nothing of the proposal is saved, so that
 * nobody's change is overwritten and no run is saved in part.
 */
public class StaleRequestsException extends RuntimeException {

  /** A request as the proposal knew it and as it is now. */
  public record Stale(long requestId, long expectedVersion, long currentVersion, String status) {}

  private final List<Stale> stale;

  StaleRequestsException(List<Stale> stale) {
    super(
        "Changed since the proposal was made, so nothing was saved: "
            + stale.stream()
                .map(s -> "request " + s.requestId() + " (now " + s.status() + ")")
                .collect(Collectors.joining(", "))
            + ". Make a new proposal.");
    this.stale = List.copyOf(stale);
  }

  public List<Stale> stale() {
    return stale;
  }
}

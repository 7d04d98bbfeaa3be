package org.cairnpmo.engine.schedule;

import java.util.Objects;

/** A dependency between two tasks of the plan, by their ids. */
public record Link(String predecessor, String successor, LinkType type, Lag lag) {

  public Link {
    Objects.requireNonNull(predecessor, "predecessor");
    Objects.requireNonNull(successor, "successor");
    type = type == null ? LinkType.FINISH_TO_START : type;
    lag = lag == null ? Lag.NONE : lag;
  }

  public static Link finishToStart(String predecessor, String successor) {
    return new Link(predecessor, successor, LinkType.FINISH_TO_START, Lag.NONE);
  }

  public Link withLag(Lag newLag) {
    return new Link(predecessor, successor, type, newLag);
  }
}

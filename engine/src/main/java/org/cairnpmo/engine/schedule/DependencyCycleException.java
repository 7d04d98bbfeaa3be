package org.cairnpmo.engine.schedule;

import java.util.List;

/**
 * The links of a plan go round in a circle, so no task in the circle can start first. Carries the
 * tasks of one such circle in link order, so that the person who drew it can find it.
 */
public final class DependencyCycleException extends InvalidScheduleException {

  private static final long serialVersionUID = 1L;

  private final List<String> cycle;

  public DependencyCycleException(List<String> cycle) {
    super("The links form a cycle: " + String.join(" → ", cycle) + " → " + cycle.get(0));
    this.cycle = List.copyOf(cycle);
  }

  /** The ids of the tasks in the cycle, each linked to the next and the last to the first. */
  public List<String> cycle() {
    return cycle;
  }
}

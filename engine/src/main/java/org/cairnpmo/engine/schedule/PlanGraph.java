package org.cairnpmo.engine.schedule;

import java.util.Arrays;

/**
 * The plan of a request as a graph over task indexes (the order of the request's tasks), for
 * analyses that run the network many times, such as schedule risk: the outline, the links each leaf
 * task receives (a link to a summary arrives at every leaf under it) and an order in which every
 * task comes after its predecessors and a summary after its children.
 *
 * @throws DependencyCycleException when the links go round in a circle
 */
public final class PlanGraph {

  private final Network network;

  private PlanGraph(Network network) {
    this.network = network;
  }

  /**
   * The graph of a request's plan.
   *
   * @throws DependencyCycleException when the links go round in a circle
   */
  public static PlanGraph of(ScheduleRequest request) {
    return new PlanGraph(new Network(request.tasks(), request.links()));
  }

  public int size() {
    return network.size();
  }

  public boolean isSummary(int task) {
    return network.summary[task];
  }

  public int[] children(int task) {
    return network.children[task].clone();
  }

  /** Every task after its predecessors, and every summary after its children. */
  public int[] order() {
    return network.order.clone();
  }

  /** The links arriving at a leaf task, as edge numbers. */
  public int[] incoming(int task) {
    int from = network.incomingStart[task];
    int to = network.incomingStart[task + 1];
    int[] edges = new int[to - from];
    Arrays.setAll(edges, k -> from + k);
    return edges;
  }

  /** The predecessor of an edge: a task, or a summary whose dates are rolled up. */
  public int from(int edge) {
    return network.edgeFrom[edge];
  }

  public Link link(int edge) {
    return network.link(edge);
  }
}

package org.cairnpmo.engine.schedule.leveling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.LinkType;

/**
 * A resource-constrained project scheduling problem on integer time: activities of fixed integer
 * durations, renewable resources of constant capacity, and minimum distances between starts ({@code
 * S_j >= S_i + d}, d of any sign). Each activity may have a release time (it starts no earlier), a
 * fixed start (it never moves: manually scheduled or started work), a priority (higher gets the
 * resources first) and a deadline (reported when missed, never enforced).
 *
 * <p>Distances into a fixed activity are not enforced, as a manually scheduled task ignores its
 * links; the load of fixed activities is taken off the capacity, and where it is more than the
 * capacity nothing else is placed on that resource. An activity that alone needs more than a
 * resource's capacity is {@linkplain #overDemanding() reported} and levelled as if it needed the
 * whole capacity, so that it runs alone on that resource.
 *
 * <p>Activities are numbered from 0 in the order they were added. The distances must not form a
 * cycle; that is what the scheduler's links give.
 */
public final class RcpspProblem {

  final int n;
  final int resources;
  final int[] duration;
  final int[][] demand;
  final int[] capacity;
  final int[] release;
  final int[] fixedStart;
  final int[] priority;
  final int[] deadline;
  final int[][] pred;
  final int[][] predDistance;
  final int[][] succ;
  final int[][] succDistance;
  final int[] topological;
  final boolean uniformPriority;
  private final List<Integer> overDemanding;

  private RcpspProblem(Builder b) {
    n = b.duration.size();
    resources = b.capacity.length;
    capacity = b.capacity.clone();
    duration = new int[n];
    demand = new int[n][];
    release = new int[n];
    fixedStart = new int[n];
    priority = new int[n];
    deadline = new int[n];
    List<Integer> over = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      duration[i] = b.duration.get(i);
      release[i] = b.release.get(i);
      fixedStart[i] = b.fixedStart.get(i);
      priority[i] = b.priority.get(i);
      deadline[i] = b.deadline.get(i);
      demand[i] = b.demand.get(i).clone();
      boolean tooMuch = false;
      for (int r = 0; r < resources; r++) {
        if (demand[i][r] > capacity[r] && fixedStart[i] < 0) {
          demand[i][r] = capacity[r];
          tooMuch = true;
        }
      }
      if (tooMuch) {
        over.add(i);
      }
    }
    overDemanding = List.copyOf(over);
    int[] inCount = new int[n];
    int[] outCount = new int[n];
    for (int[] arc : b.arcs) {
      inCount[arc[1]]++;
      outCount[arc[0]]++;
    }
    pred = new int[n][];
    predDistance = new int[n][];
    succ = new int[n][];
    succDistance = new int[n][];
    for (int i = 0; i < n; i++) {
      pred[i] = new int[inCount[i]];
      predDistance[i] = new int[inCount[i]];
      succ[i] = new int[outCount[i]];
      succDistance[i] = new int[outCount[i]];
    }
    Arrays.fill(inCount, 0);
    Arrays.fill(outCount, 0);
    for (int[] arc : b.arcs) {
      int i = arc[0];
      int j = arc[1];
      pred[j][inCount[j]] = i;
      predDistance[j][inCount[j]++] = arc[2];
      succ[i][outCount[i]] = j;
      succDistance[i][outCount[i]++] = arc[2];
    }
    topological = topologicalOrder();
    uniformPriority = Arrays.stream(priority).distinct().count() <= 1;
  }

  private int[] topologicalOrder() {
    int[] remaining = new int[n];
    ArrayDeque<Integer> ready = new ArrayDeque<>();
    for (int j = 0; j < n; j++) {
      remaining[j] = pred[j].length;
      if (remaining[j] == 0) {
        ready.add(j);
      }
    }
    int[] order = new int[n];
    int k = 0;
    while (!ready.isEmpty()) {
      int i = ready.poll();
      order[k++] = i;
      for (int j : succ[i]) {
        if (--remaining[j] == 0) {
          ready.add(j);
        }
      }
    }
    if (k < n) {
      throw new InvalidScheduleException("The precedences of the leveling problem form a cycle");
    }
    return order;
  }

  public static Builder builder(int resources) {
    return new Builder(resources);
  }

  public int activities() {
    return n;
  }

  public int resources() {
    return resources;
  }

  public int duration(int i) {
    return duration[i];
  }

  /** The demand as levelled: at most the capacity. */
  public int demand(int i, int r) {
    return demand[i][r];
  }

  public int capacity(int r) {
    return capacity[r];
  }

  public int release(int i) {
    return release[i];
  }

  public boolean isFixed(int i) {
    return fixedStart[i] >= 0;
  }

  public int fixedStart(int i) {
    return fixedStart[i];
  }

  /** The deadline of an activity's finish, or -1. */
  public int deadline(int i) {
    return deadline[i];
  }

  /** Activities that alone need more than a resource's capacity. */
  public List<Integer> overDemanding() {
    return overDemanding;
  }

  /** The activities after {@code i} and their minimum start distances, as pairs {j, d}. */
  public int[][] successors(int i) {
    int[][] out = new int[succ[i].length][];
    for (int k = 0; k < succ[i].length; k++) {
      out[k] = new int[] {succ[i][k], succDistance[i][k]};
    }
    return out;
  }

  /** Builds a problem; activities are added one by one and numbered from 0. */
  public static final class Builder {
    private final int[] capacity;
    private final List<Integer> duration = new ArrayList<>();
    private final List<int[]> demand = new ArrayList<>();
    private final List<Integer> release = new ArrayList<>();
    private final List<Integer> fixedStart = new ArrayList<>();
    private final List<Integer> priority = new ArrayList<>();
    private final List<Integer> deadline = new ArrayList<>();
    private final List<int[]> arcs = new ArrayList<>();

    private Builder(int resources) {
      if (resources < 0) {
        throw new InvalidScheduleException("The number of resources cannot be negative");
      }
      capacity = new int[resources];
    }

    public Builder capacity(int resource, int units) {
      if (units < 0) {
        throw new InvalidScheduleException("A capacity cannot be negative");
      }
      capacity[resource] = units;
      return this;
    }

    /** Adds an activity and returns its number. */
    public int activity(int length, int... demands) {
      if (length < 0) {
        throw new InvalidScheduleException("A duration cannot be negative");
      }
      int[] d = Arrays.copyOf(demands, capacity.length);
      for (int units : d) {
        if (units < 0) {
          throw new InvalidScheduleException("A demand cannot be negative");
        }
      }
      duration.add(length);
      demand.add(d);
      release.add(0);
      fixedStart.add(-1);
      priority.add(0);
      deadline.add(-1);
      return duration.size() - 1;
    }

    /** {@code S_successor >= S_predecessor + distance}. */
    public Builder distance(int predecessor, int successor, int distance) {
      check(predecessor);
      check(successor);
      if (predecessor == successor) {
        throw new InvalidScheduleException("An activity cannot precede itself");
      }
      arcs.add(new int[] {predecessor, successor, distance});
      return this;
    }

    /** A link of the given kind and lag, turned into a start distance with the durations known. */
    public Builder link(int predecessor, int successor, LinkType type, int lag) {
      int p = duration.get(predecessor);
      int s = duration.get(successor);
      int d =
          switch (type) {
            case FINISH_TO_START -> p + lag;
            case START_TO_START -> lag;
            case FINISH_TO_FINISH -> p - s + lag;
            case START_TO_FINISH -> lag - s;
          };
      return distance(predecessor, successor, d);
    }

    public Builder release(int activity, int time) {
      check(activity);
      release.set(activity, Math.max(0, time));
      return this;
    }

    public Builder fix(int activity, int start) {
      check(activity);
      if (start < 0) {
        throw new InvalidScheduleException("A fixed start cannot be negative");
      }
      fixedStart.set(activity, start);
      return this;
    }

    public Builder priority(int activity, int value) {
      check(activity);
      priority.set(activity, value);
      return this;
    }

    public Builder deadline(int activity, int finish) {
      check(activity);
      deadline.set(activity, finish);
      return this;
    }

    private void check(int activity) {
      if (activity < 0 || activity >= duration.size()) {
        throw new InvalidScheduleException("No activity " + activity);
      }
    }

    public RcpspProblem build() {
      return new RcpspProblem(this);
    }
  }
}

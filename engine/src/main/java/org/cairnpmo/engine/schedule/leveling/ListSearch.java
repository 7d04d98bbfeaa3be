package org.cairnpmo.engine.schedule.leveling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * The heuristic search over activity lists: priority-rule lists and biased random sampling, each
 * improved by forward-backward improvement (a right shift, then a left shift), then a genetic
 * algorithm (two-point crossover of precedence-feasible lists, swap mutation, steady-state
 * replacement of the worst, and the population renewed but for its best when it stops improving).
 * Every list is first put in priority order: among the activities whose predecessors are placed,
 * the highest priority comes first, then the list's own order, so a higher priority always gets the
 * resources first. The same seed and budget give the same result unless the time limit cuts the
 * search.
 */
final class ListSearch {

  private static final int POPULATION = 40;
  private static final double MUTATION = 0.05;

  /**
   * Children in a row that find nothing better before the population is renewed. On twenty J120
   * instances at 20,000 schedules: 5 to 10 populations' worth are equal; 2 or 20 are 0.6 points
   * worse (above the critical-path bound), no renewal 1.3 points worse; on 120 J120 instances no
   * renewal was 0.4 points worse.
   */
  private static final int STAGNATION = 10 * POPULATION;

  /**
   * A list with its schedule: the makespan, how late the activities finish after their deadlines
   * (summed) and the sum of starts, compared in that order.
   */
  record Individual(int[] list, int makespan, long lateness, long startSum, int[] starts) {}

  private final RcpspProblem p;
  private final SerialSgs sgs;
  private final Bounds bounds;
  private final int[] free;
  private final int[] freePreds;
  private final int[] position;
  private int schedules;
  private int restarts;

  ListSearch(RcpspProblem problem, Bounds bounds) {
    this.p = problem;
    this.bounds = bounds;
    this.sgs = new SerialSgs(problem);
    this.free = sgs.free();
    freePreds = new int[p.n];
    position = new int[p.n];
    for (int j : free) {
      for (int i : p.pred[j]) {
        if (!p.isFixed(i)) {
          freePreds[j]++;
        }
      }
    }
  }

  int schedules() {
    return schedules;
  }

  /** How often the population was renewed. */
  int restarts() {
    return restarts;
  }

  /** MS Project's way: one serial pass, the task of least total slack first. */
  Individual minimumSlack() {
    return decode(ruleList(Comparator.comparingInt(j -> bounds.urgency[j] - bounds.earlyStart[j])));
  }

  /** Searches until {@code budget} schedules are made or {@code deadlineNanos} passes. */
  Individual search(int budget, long deadlineNanos, Random random) {
    List<Individual> population = new ArrayList<>();
    Individual best = null;
    List<int[]> seeds = new ArrayList<>();
    seeds.add(ruleList(Comparator.comparingInt(j -> bounds.urgency[j] - bounds.earlyStart[j])));
    seeds.add(ruleList(Comparator.comparingInt(j -> bounds.urgency[j] + p.duration[j])));
    seeds.add(ruleList(Comparator.comparingInt(j -> bounds.urgency[j])));
    while (population.size() < POPULATION && !done(best, budget, deadlineNanos)) {
      int[] list = seeds.isEmpty() ? sample(random) : seeds.remove(0);
      Individual one = improve(list);
      population.add(one);
      best = better(best, one);
    }
    population.sort(ORDER);
    int sinceBetter = 0;
    while (!done(best, budget, deadlineNanos) && population.size() > 1) {
      if (sinceBetter > STAGNATION) {
        restart(population, budget, deadlineNanos, random);
        sinceBetter = 0;
        continue;
      }
      Individual mother = tournament(population, random);
      Individual father = tournament(population, random);
      Individual child = improve(mutate(cross(mother.list(), father.list(), random), random));
      sinceBetter = ORDER.compare(child, best) < 0 ? 0 : sinceBetter + 1;
      best = better(best, child);
      Individual worst = population.get(population.size() - 1);
      if (ORDER.compare(child, worst) < 0 && !contains(population, child)) {
        population.set(population.size() - 1, child);
        population.sort(ORDER);
      }
    }
    return best;
  }

  /**
   * When the children have stopped improving on the best for a while the population has converged:
   * the best stays, the others are fresh samples, so the search leaves the region it is stuck in
   * without losing what it found. Keeping the best fifth instead was 0.6 points worse on the same
   * twenty J120 instances: the survivors take over the new population again at once.
   */
  private void restart(List<Individual> population, int budget, long deadlineNanos, Random random) {
    restarts++;
    for (int k = 1; k < population.size() && !done(population.get(0), budget, deadlineNanos); k++) {
      population.set(k, improve(sample(random)));
    }
    population.sort(ORDER);
  }

  private static final Comparator<Individual> ORDER =
      Comparator.comparingInt(Individual::makespan)
          .thenComparingLong(Individual::lateness)
          .thenComparingLong(Individual::startSum);

  private boolean done(Individual best, int budget, long deadlineNanos) {
    if (best != null && best.makespan() <= bounds.lower && best.lateness() == 0) {
      return true;
    }
    return schedules >= budget || (best != null && System.nanoTime() > deadlineNanos);
  }

  private static Individual better(Individual a, Individual b) {
    return a == null || ORDER.compare(b, a) < 0 ? b : a;
  }

  private static boolean contains(List<Individual> population, Individual x) {
    for (Individual y : population) {
      if (y.makespan() == x.makespan()
          && y.startSum() == x.startSum()
          && Arrays.equals(y.starts(), x.starts())) {
        return true;
      }
    }
    return false;
  }

  private Individual tournament(List<Individual> population, Random random) {
    int a = random.nextInt(population.size());
    int b = random.nextInt(population.size());
    return population.get(Math.min(a, b));
  }

  /**
   * Decodes, then right and left shifts while that shortens the schedule. The decoder still holds
   * the schedule of {@code current} at each round: it was the last one decoded.
   */
  private Individual improve(int[] list) {
    Individual current = decode(list);
    for (int round = 0; round < 3; round++) {
      int[] shifted = sgs.rightShiftedOrder();
      Individual next = decode(shifted);
      if (ORDER.compare(next, current) >= 0) {
        break;
      }
      current = next;
    }
    return current;
  }

  /** Decodes a list put in priority order; the individual keeps the list by start times. */
  Individual decode(int[] list) {
    int[] ordered = inPriorityOrder(list);
    int makespan = sgs.decode(ordered);
    schedules++;
    int[] byStart = p.uniformPriority ? sgs.sortedBy(false) : ordered;
    long lateness = 0;
    for (int j : free) {
      if (p.deadline[j] >= 0) {
        lateness += Math.max(0, sgs.start[j] + p.duration[j] - p.deadline[j]);
      }
    }
    return new Individual(byStart, makespan, lateness, sgs.startSum(), sgs.start.clone());
  }

  /**
   * The list as the decoder reads it: the first activity of the list whose free predecessors are
   * all placed, the highest priority first.
   */
  int[] inPriorityOrder(int[] list) {
    for (int k = 0; k < list.length; k++) {
      position[list[k]] = k;
    }
    if (p.uniformPriority && respectsPrecedences(list, position)) {
      return list; // the queue below would give the list back unchanged
    }
    int[] remaining = freePreds.clone();
    PriorityQueue<Integer> ready =
        new PriorityQueue<>(
            Comparator.comparingInt((Integer j) -> -p.priority[j])
                .thenComparingInt(j -> position[j]));
    for (int j : list) {
      if (remaining[j] == 0) {
        ready.add(j);
      }
    }
    int[] out = new int[list.length];
    int k = 0;
    while (!ready.isEmpty()) {
      int i = ready.poll();
      out[k++] = i;
      for (int j : p.succ[i]) {
        if (!p.isFixed(j) && --remaining[j] == 0) {
          ready.add(j);
        }
      }
    }
    return out;
  }

  /** Whether every free predecessor of an activity of the list comes before it. */
  private boolean respectsPrecedences(int[] list, int[] position) {
    for (int k = 0; k < list.length; k++) {
      int j = list[k];
      for (int i : p.pred[j]) {
        if (!p.isFixed(i) && position[i] >= k) {
          return false;
        }
      }
    }
    return true;
  }

  private int[] ruleList(Comparator<Integer> rule) {
    return Arrays.stream(free)
        .boxed()
        .sorted(rule.thenComparingInt(j -> j))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * Regret-based biased random sampling on the late start: among the eligible activities of the
   * highest priority, the earlier the late start, the likelier.
   */
  private int[] sample(Random random) {
    int[] remaining = freePreds.clone();
    List<Integer> eligible = new ArrayList<>();
    for (int j : free) {
      if (remaining[j] == 0) {
        eligible.add(j);
      }
    }
    int[] out = new int[free.length];
    double[] weight = new double[free.length];
    for (int k = 0; k < out.length; k++) {
      int top = Integer.MIN_VALUE;
      int maxLate = Integer.MIN_VALUE;
      for (int j : eligible) {
        top = Math.max(top, p.priority[j]);
      }
      for (int j : eligible) {
        if (p.priority[j] == top) {
          maxLate = Math.max(maxLate, bounds.urgency[j]);
        }
      }
      double total = 0;
      for (int e = 0; e < eligible.size(); e++) {
        int j = eligible.get(e);
        double w = p.priority[j] == top ? maxLate - bounds.urgency[j] + 1.0 : 0;
        weight[e] = w * w;
        total += weight[e];
      }
      double pick = random.nextDouble() * total;
      int chosen = 0;
      while (chosen < eligible.size() - 1 && (pick -= weight[chosen]) >= 0) {
        chosen++;
      }
      while (weight[chosen] == 0) {
        chosen--;
      }
      int i = eligible.remove(chosen);
      out[k] = i;
      for (int j : p.succ[i]) {
        if (!p.isFixed(j) && --remaining[j] == 0) {
          eligible.add(j);
        }
      }
    }
    return out;
  }

  /** Hartmann's two-point crossover: both parents respect the precedences, so does the child. */
  private int[] cross(int[] mother, int[] father, Random random) {
    int n = mother.length;
    if (n < 2) {
      return mother.clone();
    }
    int a = random.nextInt(n);
    int b = random.nextInt(n);
    int q1 = Math.min(a, b);
    int q2 = Math.max(a, b);
    boolean[] taken = new boolean[p.n];
    int[] child = new int[n];
    int k = 0;
    for (int x = 0; x < q1; x++) {
      taken[mother[x]] = true;
      child[k++] = mother[x];
    }
    for (int x = 0; x < n && k < q2; x++) {
      if (!taken[father[x]]) {
        taken[father[x]] = true;
        child[k++] = father[x];
      }
    }
    for (int x = 0; x < n; x++) {
      if (!taken[mother[x]]) {
        taken[mother[x]] = true;
        child[k++] = mother[x];
      }
    }
    return child;
  }

  /** Swaps neighbours that are not linked, each with a small probability. */
  private int[] mutate(int[] list, Random random) {
    for (int k = 0; k + 1 < list.length; k++) {
      if (random.nextDouble() < MUTATION && !precedes(list[k], list[k + 1])) {
        int t = list[k];
        list[k] = list[k + 1];
        list[k + 1] = t;
      }
    }
    return list;
  }

  private boolean precedes(int i, int j) {
    for (int s : p.succ[i]) {
      if (s == j) {
        return true;
      }
    }
    return false;
  }
}

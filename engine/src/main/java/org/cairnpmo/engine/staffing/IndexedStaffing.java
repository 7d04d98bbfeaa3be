package org.cairnpmo.engine.staffing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A staffing problem in array form. Hours are whole hundredths: demand rounded up, free hours
 * rounded down, so a proposal that fits here fits in exact hours too.
 *
 * <p>A pair is a request and a person who passes its hard rules and has room for all of it alone,
 * before any new assignment; only pairs can be assigned. A solution is an array giving each
 * request's pair, or -1.
 */
final class IndexedStaffing {

  /** Hundredths of an hour. */
  static final double UNITS = 100.0;

  /** Objective coefficients are values times this, rounded. */
  static final double VALUE_SCALE = 10_000.0;

  final StaffingProblem source;
  final CapacityGrid grid;
  final int people;
  final int requests;
  final int periods;

  /** The grid row of each person of the problem. */
  final int[] row;

  /** Free hundredths per (person, period) before new assignments. */
  final int[] free;

  /** How many people pass each request's hard rules. */
  final int[] qualified;

  /** Qualified people without room alone: person, first short period, free and needed hours. */
  final List<List<Lack>> shortOf;

  final int pairCount;
  final int[] pairRequest;
  final int[] pairPerson;
  final int[] pairFirst;
  final int[][] pairDemand;
  final double[] pairValue;
  final long[] pairCoefficient;
  final FitScore[] pairFit;

  /** Each request's pairs, best value first, ties by person order. */
  final int[][] pairsOf;

  /** Each person's pairs, in pair order. */
  final int[][] pairsOnPerson;

  /** Σ over requests of their best pair's value: no proposal is worth more. */
  final double simpleBound;

  /** Largest rounding error of the objective coefficients, summed over requests. */
  final double roundingSlack;

  /** A qualified person lacking hours in a period (explanations). */
  record Lack(int person, int period, double freeHours, double neededHours) {}

  IndexedStaffing(StaffingProblem problem) {
    this.source = problem;
    this.grid = problem.grid();
    this.people = problem.people().size();
    this.requests = problem.requests().size();
    this.periods = grid.periods();
    this.row = new int[people];
    this.free = new int[people * periods];
    for (int i = 0; i < people; i++) {
      row[i] = grid.person(problem.people().get(i).id());
      for (int k = 0; k < periods; k++) {
        double left = grid.capacityAt(row[i], k) - grid.demandAt(row[i], k);
        free[i * periods + k] = (int) Math.max(0, Math.floor(left * UNITS + 1e-6));
      }
    }
    Map<String, List<Integer>> byRole = new HashMap<>();
    Map<String, Integer> byId = new HashMap<>();
    List<Integer> everyone = new ArrayList<>(people);
    for (int i = 0; i < people; i++) {
      Person p = problem.people().get(i);
      byId.put(p.id(), i);
      everyone.add(i);
      for (String role : p.roles()) {
        byRole.computeIfAbsent(role, key -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> list : byRole.values()) {
      list.sort(null);
    }
    double highest = problem.highestCostRate();
    this.qualified = new int[requests];
    this.shortOf = new ArrayList<>(requests);
    List<int[]> demands = new ArrayList<>();
    IntList reqs = new IntList();
    IntList persons = new IntList();
    IntList firsts = new IntList();
    List<FitScore> fits = new ArrayList<>();
    double[] scratch = new double[periods];
    double bound = 0;
    double slack = 0;
    int[][] of = new int[requests][];
    for (int r = 0; r < requests; r++) {
      StaffingRequest request = problem.requests().get(r);
      List<Integer> pool;
      if (request.namedPersonId() != null) {
        pool = List.of(byId.get(request.namedPersonId()));
      } else if (request.role() != null) {
        pool = byRole.getOrDefault(request.role(), List.of());
      } else {
        pool = everyone;
      }
      int[] span = grid.periodSpan(request.from(), request.to());
      List<Lack> shorts = new ArrayList<>();
      int start = reqs.size();
      for (int i : pool) {
        Person p = problem.people().get(i);
        if (!Scoring.eligible(p, request)) {
          continue;
        }
        qualified[r]++;
        Arrays.fill(scratch, span[0], span[0] + span[1], 0.0);
        grid.addDemand(row[i], request.from(), request.to(), request.hoursPerWeek(), scratch, 0);
        int[] need = new int[span[1]];
        Lack lacking = null;
        for (int k = 0; k < span[1]; k++) {
          need[k] = (int) Math.max(0, Math.ceil(scratch[span[0] + k] * UNITS - 1e-6));
          if (lacking == null && need[k] > free[i * periods + span[0] + k]) {
            lacking =
                new Lack(
                    i, span[0] + k, free[i * periods + span[0] + k] / UNITS, scratch[span[0] + k]);
          }
        }
        if (lacking != null) {
          shorts.add(lacking);
          continue;
        }
        reqs.add(r);
        persons.add(i);
        firsts.add(span[0]);
        demands.add(need);
        fits.add(Scoring.withRoom(p, request, highest));
      }
      shortOf.add(shorts);
      int count = reqs.size() - start;
      Integer[] order = new Integer[count];
      for (int k = 0; k < count; k++) {
        order[k] = start + k;
      }
      Arrays.sort(
          order,
          (a, b) -> {
            int c = Double.compare(fits.get(b).total(), fits.get(a).total());
            return c != 0 ? c : Integer.compare(persons.get(a), persons.get(b));
          });
      of[r] = new int[count];
      double best = 0;
      double worstRounding = 0;
      for (int k = 0; k < count; k++) {
        of[r][k] = order[k];
        double v = request.priority() * fits.get(order[k]).total();
        best = Math.max(best, v);
        worstRounding =
            Math.max(worstRounding, Math.abs(v * VALUE_SCALE - Math.round(v * VALUE_SCALE)));
      }
      bound += best;
      slack += worstRounding / VALUE_SCALE;
    }
    this.pairCount = reqs.size();
    this.pairRequest = reqs.toArray();
    this.pairPerson = persons.toArray();
    this.pairFirst = firsts.toArray();
    this.pairDemand = demands.toArray(int[][]::new);
    this.pairFit = fits.toArray(FitScore[]::new);
    this.pairValue = new double[pairCount];
    this.pairCoefficient = new long[pairCount];
    for (int q = 0; q < pairCount; q++) {
      pairValue[q] = problem.requests().get(pairRequest[q]).priority() * pairFit[q].total();
      pairCoefficient[q] = Math.round(pairValue[q] * VALUE_SCALE);
    }
    this.pairsOf = of;
    int[] perPerson = new int[people];
    for (int q = 0; q < pairCount; q++) {
      perPerson[pairPerson[q]]++;
    }
    this.pairsOnPerson = new int[people][];
    for (int i = 0; i < people; i++) {
      pairsOnPerson[i] = new int[perPerson[i]];
      perPerson[i] = 0;
    }
    for (int q = 0; q < pairCount; q++) {
      pairsOnPerson[pairPerson[q]][perPerson[pairPerson[q]]++] = q;
    }
    this.simpleBound = bound;
    this.roundingSlack = slack;
  }

  /** A solution with nothing assigned. */
  int[] empty() {
    int[] x = new int[requests];
    Arrays.fill(x, -1);
    return x;
  }

  /** Hundredths used per (person, period) by a solution's assignments. */
  int[] used(int[] x) {
    int[] used = new int[people * periods];
    for (int r = 0; r < requests; r++) {
      if (x[r] >= 0) {
        add(used, x[r], 1);
      }
    }
    return used;
  }

  void add(int[] used, int pair, int sign) {
    int base = pairPerson[pair] * periods + pairFirst[pair];
    int[] need = pairDemand[pair];
    for (int k = 0; k < need.length; k++) {
      used[base + k] += sign * need[k];
    }
  }

  boolean fits(int[] used, int pair) {
    int base = pairPerson[pair] * periods + pairFirst[pair];
    int[] need = pairDemand[pair];
    for (int k = 0; k < need.length; k++) {
      if (used[base + k] + need[k] > free[base + k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether every assignment is a pair of its request and no one gets more than their hours. */
  boolean feasible(int[] x) {
    int[] used = new int[people * periods];
    for (int r = 0; r < requests; r++) {
      int q = x[r];
      if (q < 0) {
        continue;
      }
      if (q >= pairCount || pairRequest[q] != r || !fits(used, q)) {
        return false;
      }
      add(used, q, 1);
    }
    return true;
  }

  double value(int[] x) {
    double v = 0;
    for (int r = 0; r < requests; r++) {
      if (x[r] >= 0) {
        v += pairValue[x[r]];
      }
    }
    return v;
  }

  int assigned(int[] x) {
    int count = 0;
    for (int q : x) {
      if (q >= 0) {
        count++;
      }
    }
    return count;
  }

  /** A growable array of ints. */
  static final class IntList {
    private int[] data = new int[64];
    private int size;

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    int get(int k) {
      return data[k];
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}

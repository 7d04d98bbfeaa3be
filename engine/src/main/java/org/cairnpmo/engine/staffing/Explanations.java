package org.cairnpmo.engine.staffing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Why each request of a proposal went to its person, or stays open. */
final class Explanations {

  private static final int NAMES_SHOWN = 3;

  private final IndexedStaffing p;
  private final int[] x;
  private final int[] used;

  /** Assigned pairs per person. */
  private final List<List<Integer>> assignedTo;

  Explanations(IndexedStaffing p, int[] x) {
    this.p = p;
    this.x = x;
    this.used = p.used(x);
    this.assignedTo = new ArrayList<>(p.people);
    for (int i = 0; i < p.people; i++) {
      assignedTo.add(new ArrayList<>(2));
    }
    for (int r = 0; r < p.requests; r++) {
      if (x[r] >= 0) {
        assignedTo.get(p.pairPerson[x[r]]).add(x[r]);
      }
    }
  }

  Assignment assignment(int r) {
    int q = x[r];
    StaffingRequest request = p.source.requests().get(r);
    Person person = person(p.pairPerson[q]);
    List<String> reasons = new ArrayList<>(Scoring.reasons(person, request));
    reasons.add(1, room(q));
    reasons.add(rank(r, q));
    return new Assignment(request.id(), person.id(), p.pairFit[q], p.pairValue[q], reasons);
  }

  Unstaffed unstaffed(int r) {
    StaffingRequest request = p.source.requests().get(r);
    if (p.qualified[r] == 0) {
      return new Unstaffed(
          request.id(), Unstaffed.Reason.NO_ONE_QUALIFIED, noOneQualified(request), List.of());
    }
    if (p.pairsOf[r].length == 0) {
      return new Unstaffed(
          request.id(), Unstaffed.Reason.NO_ONE_AVAILABLE, noOneAvailable(r), List.of());
    }
    return taken(r, request);
  }

  private String room(int q) {
    int[] need = p.pairDemand[q];
    int base = p.pairPerson[q] * p.periods + p.pairFirst[q];
    double asked = 0;
    int tightest = -1;
    int least = Integer.MAX_VALUE;
    for (int k = 0; k < need.length; k++) {
      asked += need[k];
      if (need[k] > 0 && p.free[base + k] - used[base + k] < least) {
        least = p.free[base + k] - used[base + k];
        tightest = k;
      }
    }
    String text = "has the " + Scoring.hours(asked / IndexedStaffing.UNITS) + " asked";
    if (tightest >= 0) {
      text +=
          "; tightest "
              + Suggestions.periodName(p.grid.horizon())
              + " "
              + p.grid.horizon().periodStart(p.pairFirst[q] + tightest)
              + " keeps "
              + Scoring.hours(least / IndexedStaffing.UNITS)
              + " free";
    }
    return text;
  }

  private String rank(int r, int q) {
    int[] pairs = p.pairsOf[r];
    int position = 0;
    while (pairs[position] != q) {
      position++;
    }
    String fit = "fit " + Scoring.score(p.pairFit[q].total());
    if (position == 0 || p.pairFit[pairs[0]].total() <= p.pairFit[q].total() + 1e-12) {
      return fit + ", best of " + pairs.length + " qualified with room";
    }
    List<String> better = new ArrayList<>();
    for (int k = 0; k < position && better.size() < NAMES_SHOWN; k++) {
      int other = pairs[k];
      if (p.pairFit[other].total() <= p.pairFit[q].total() + 1e-12) {
        break;
      }
      List<Integer> blockers = blockers(other);
      String name =
          person(p.pairPerson[other]).id() + " (" + Scoring.score(p.pairFit[other].total());
      better.add(
          blockers.isEmpty()
              ? name + ", kept free for a better proposal overall)"
              : name + ", on " + requestIds(blockers) + ")");
    }
    return fit
        + ", "
        + (position + 1)
        + " of "
        + pairs.length
        + "; better fits taken: "
        + String.join("; ", better);
  }

  private String noOneQualified(StaffingRequest request) {
    List<Person> pool = new ArrayList<>(p.source.people());
    if (request.namedPersonId() != null) {
      pool.removeIf(person -> !person.id().equals(request.namedPersonId()));
    }
    String who = request.namedPersonId() != null ? request.namedPersonId() : "no one";
    pool.removeIf(person -> request.excludedPersonIds().contains(person.id()));
    if (pool.isEmpty()) {
      return who.equals("no one")
          ? "no one qualifies: everyone is excluded"
          : "the named person " + who + " is excluded";
    }
    if (request.role() != null) {
      pool.removeIf(person -> !person.roles().contains(request.role()));
      if (pool.isEmpty()) {
        return who.equals("no one")
            ? "no one holds the role " + request.role()
            : who + " does not hold the role " + request.role();
      }
    }
    String with = request.role() != null ? " with the role " + request.role() : "";
    for (SkillRequirement s : request.skills()) {
      Person best =
          pool.stream()
              .max(
                  Comparator.comparingInt((Person person) -> person.level(s.skill()))
                      .thenComparing(Person::id, Comparator.reverseOrder()))
              .orElseThrow();
      pool.removeIf(person -> person.level(s.skill()) < s.minimumLevel());
      if (pool.isEmpty()) {
        String asked = s.skill() + " at " + s.minimumLevel() + " or more";
        String bestText =
            best.level(s.skill()) == 0
                ? "nobody has it"
                : "best: " + best.id() + " at " + best.level(s.skill());
        return who.equals("no one")
            ? "no one" + with + " has " + asked + " (" + bestText + ")"
            : who + " does not have " + asked + " (" + best.level(s.skill()) + ")";
      }
      with += (with.isEmpty() ? " with " : " and ") + s.skill() + " " + s.minimumLevel() + "+";
    }
    double cheapest = pool.stream().mapToDouble(Person::costRate).min().orElse(0);
    return "everyone qualified costs more than the limit of "
        + Scoring.number(request.maxCostRate())
        + "/h (cheapest: "
        + Scoring.number(cheapest)
        + "/h)";
  }

  private String noOneAvailable(int r) {
    List<IndexedStaffing.Lack> shorts = p.shortOf.get(r);
    Map<Integer, Integer> perPeriod = new LinkedHashMap<>();
    for (IndexedStaffing.Lack s : shorts) {
      perPeriod.merge(s.period(), 1, Integer::sum);
    }
    int worst = -1;
    int most = 0;
    for (Map.Entry<Integer, Integer> e : perPeriod.entrySet()) {
      if (e.getValue() > most || (e.getValue() == most && e.getKey() < worst)) {
        worst = e.getKey();
        most = e.getValue();
      }
    }
    String period = Suggestions.periodName(p.grid.horizon());
    StringBuilder text =
        new StringBuilder(
            shorts.size() == 1
                ? "the one qualified person is booked: "
                : "all " + shorts.size() + " qualified people are booked: ");
    for (int k = 0; k < Math.min(NAMES_SHOWN, shorts.size()); k++) {
      IndexedStaffing.Lack s = shorts.get(k);
      text.append(k == 0 ? "" : "; ")
          .append(person(s.person()).id())
          .append(" in the ")
          .append(period)
          .append(" of ")
          .append(p.grid.horizon().periodStart(s.period()))
          .append(" (")
          .append(Scoring.hours(s.freeHours()))
          .append(" free, ")
          .append(Scoring.hours(s.neededHours()))
          .append(" needed)");
    }
    if (shorts.size() > NAMES_SHOWN) {
      text.append("; and ")
          .append(shorts.size() - NAMES_SHOWN)
          .append(" more; ")
          .append(most)
          .append(" are short in the ")
          .append(period)
          .append(" of ")
          .append(p.grid.horizon().periodStart(worst));
    }
    return text.toString();
  }

  private Unstaffed taken(int r, StaffingRequest request) {
    TreeSet<Integer> blocking = new TreeSet<>();
    for (int q : p.pairsOf[r]) {
      blocking.addAll(blockers(q));
    }
    List<Integer> sorted = new ArrayList<>(blocking);
    sorted.sort(
        Comparator.comparingDouble((Integer b) -> -p.source.requests().get(b).priority())
            .thenComparing(b -> b));
    List<String> ids = sorted.stream().map(b -> p.source.requests().get(b).id()).toList();
    boolean allHigher =
        sorted.stream().allMatch(b -> p.source.requests().get(b).priority() >= request.priority());
    int withRoom = p.pairsOf[r].length;
    String people =
        withRoom == 1
            ? "the one qualified person with room"
            : "the " + withRoom + " qualified people with room";
    if (sorted.isEmpty()) {
      // Only when the search stopped (time limit, cancellation) before the local moves ended.
      return new Unstaffed(
          request.id(),
          Unstaffed.Reason.TAKEN,
          "not staffed before the search stopped, though " + people + " can take it",
          List.of());
    }
    String text =
        allHigher
            ? "lower priority than " + describe(sorted) + ", which take " + people
            : people + " are taken by " + describe(sorted) + ", worth more together";
    return new Unstaffed(request.id(), Unstaffed.Reason.TAKEN, text, ids);
  }

  /** Assigned requests that use the hours pair {@code q} would need. */
  private List<Integer> blockers(int q) {
    int i = p.pairPerson[q];
    int base = i * p.periods + p.pairFirst[q];
    int[] need = p.pairDemand[q];
    TreeSet<Integer> out = new TreeSet<>();
    for (int k = 0; k < need.length; k++) {
      if (need[k] == 0 || used[base + k] + need[k] <= p.free[base + k]) {
        continue;
      }
      int period = p.pairFirst[q] + k;
      for (int other : assignedTo.get(i)) {
        if (other == q) {
          continue;
        }
        int offset = period - p.pairFirst[other];
        if (offset >= 0 && offset < p.pairDemand[other].length && p.pairDemand[other][offset] > 0) {
          out.add(p.pairRequest[other]);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private String describe(List<Integer> requests) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < Math.min(NAMES_SHOWN, requests.size()); k++) {
      StaffingRequest other = p.source.requests().get(requests.get(k));
      text.append(k == 0 ? "" : ", ")
          .append(other.id())
          .append(" (priority ")
          .append(Scoring.number(other.priority()))
          .append(')');
    }
    if (requests.size() > NAMES_SHOWN) {
      text.append(" and ").append(requests.size() - NAMES_SHOWN).append(" more");
    }
    return text.toString();
  }

  private String requestIds(List<Integer> requests) {
    return String.join(", ", requests.stream().map(b -> p.source.requests().get(b).id()).toList());
  }

  private Person person(int i) {
    return p.source.people().get(i);
  }
}

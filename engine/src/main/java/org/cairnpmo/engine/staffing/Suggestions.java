package org.cairnpmo.engine.staffing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the people for one request: everyone who passes the hard rules (role, skills, named and
 * excluded people, cost limit), best {@link FitScore} first, ties by person id. Availability is a
 * part of the score here, not a rule: someone free for half the hours is still shown, lower.
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * @param problem the pool and the grid (its requests are not used)
   * @param request the request to staff
   * @param limit at most this many suggestions; 0 for all
   */
  public static List<Suggestion> rank(StaffingProblem problem, StaffingRequest request, int limit) {
    CapacityGrid grid = problem.grid();
    double highest = problem.highestCostRate();
    int[] span = grid.periodSpan(request.from(), request.to());
    List<Suggestion> out = new ArrayList<>();
    for (Person p : problem.people()) {
      if (!Scoring.eligible(p, request)) {
        continue;
      }
      double[] need = grid.demandOf(p.id(), request.from(), request.to(), request.hoursPerWeek());
      double asked = 0;
      double free = 0;
      int shortest = -1;
      double shortBy = 0;
      for (int k = span[0]; k < span[0] + span[1]; k++) {
        double f = grid.free(p.id(), k);
        asked += need[k];
        free += Math.min(f, need[k]);
        if (need[k] - f > shortBy + CapacityGrid.TOLERANCE) {
          shortBy = need[k] - f;
          shortest = k;
        }
      }
      double availability = asked <= 0 ? 1.0 : Math.min(1.0, free / asked);
      FitScore fit =
          FitScore.of(
              Scoring.skill(p, request),
              availability,
              Scoring.cost(p, request, highest),
              Scoring.department(p, request));
      List<String> reasons = new ArrayList<>(Scoring.reasons(p, request));
      String freeText = "free " + Scoring.hours(free) + " of " + Scoring.hours(asked) + " asked";
      if (shortest >= 0) {
        freeText +=
            "; short by "
                + Scoring.hours(shortBy)
                + " in the "
                + periodName(grid.horizon())
                + " of "
                + grid.horizon().periodStart(shortest);
      }
      reasons.add(1, freeText);
      out.add(new Suggestion(p.id(), fit, free, asked, reasons));
    }
    out.sort(
        Comparator.comparingDouble((Suggestion s) -> s.fit().total())
            .reversed()
            .thenComparing(Suggestion::personId));
    return limit > 0 && out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  static String periodName(Horizon horizon) {
    return horizon.granularity() == Horizon.Granularity.WEEK ? "week" : "month";
  }
}

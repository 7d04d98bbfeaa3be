package org.cairnpmo.resources.staffing.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.staffing.CapacityGrid;
import org.cairnpmo.engine.staffing.StaffingRequest;
import org.cairnpmo.engine.staffing.Suggestion;
import org.cairnpmo.engine.staffing.Suggestions;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;

/**
 * Checks chosen assignments against the pool as it is when they are saved, not as it was when the
 * proposal was made: each person meets their request's hard rules, and nobody is given more hours
 * in any week than they have free after what is proposed, accepted and approved already.
 */
final class RoomCheck {

  private final StaffingModel model;

  RoomCheck(StaffingModel model) {
    this.model = model;
  }

  void require(Map<Long, Choice> chosen) {
    CapacityGrid grid = model.problem.grid();
    Map<String, StaffingRequest> byKey = new HashMap<>();
    model.problem.requests().forEach(r -> byKey.put(r.id(), r));
    Map<String, double[]> added = new HashMap<>();
    for (Choice c : chosen.values()) {
      String person = StaffingModel.personKey(c.personId());
      StaffingData.Member member = model.people.get(c.personId());
      if (member == null || !grid.contains(person)) {
        throw InvalidInputException.of(
            "personId", "Person " + c.personId() + " is not in the pool: choose a person of it.");
      }
      StaffingRequest request = byKey.get(StaffingModel.requestKey(c.requestId()));
      List<Suggestion> qualified = Suggestions.rank(model.problem, request, 0);
      if (qualified.stream().noneMatch(s -> s.personId().equals(person))) {
        throw InvalidInputException.of(
            "personId",
            member.name()
                + " does not have the role or skills request "
                + c.requestId()
                + " asks for.");
      }
      double[] hours = grid.demandOf(person, request.from(), request.to(), request.hoursPerWeek());
      double[] sum = added.computeIfAbsent(person, p -> new double[hours.length]);
      for (int k = 0; k < hours.length; k++) {
        sum[k] += hours[k];
      }
    }
    for (Map.Entry<String, double[]> e : added.entrySet()) {
      double[] sum = e.getValue();
      for (int k = 0; k < sum.length; k++) {
        double free = grid.free(e.getKey(), k);
        if (sum[k] > 0 && sum[k] > free + CapacityGrid.TOLERANCE) {
          StaffingData.Member member = model.people.get(StaffingModel.idOf(e.getKey()));
          throw new BusinessRuleException(
              "over-booked",
              member.name()
                  + " has "
                  + hours(Math.max(0, free))
                  + " free in the week of "
                  + grid.horizon().periodStart(k)
                  + " but would be given "
                  + hours(sum[k])
                  + ": nothing was saved. Make a new proposal.");
        }
      }
    }
  }

  private static String hours(double h) {
    return Math.round(h * 10) / 10.0 + " h";
  }
}

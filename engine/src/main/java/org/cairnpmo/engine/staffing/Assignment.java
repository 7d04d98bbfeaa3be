package org.cairnpmo.engine.staffing;

import java.util.List;

/**
 * A request given to a person in a proposal.
 *
 * @param requestId the request
 * @param personId the person
 * @param fit the person's fit (availability is 1: an assignment always fits)
 * @param value priority × fit, the assignment's share of the objective
 * @param reasons why this person: qualifications, room, cost, department, and who else was
 *     considered
 */
public record Assignment(
    String requestId, String personId, FitScore fit, double value, List<String> reasons) {

  public Assignment {
    reasons = List.copyOf(reasons);
  }
}

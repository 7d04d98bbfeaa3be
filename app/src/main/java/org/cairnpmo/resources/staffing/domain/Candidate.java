package org.cairnpmo.resources.staffing.domain;

import java.util.List;

/**
 * A person suggested for a request, with the parts of their fit (each 0 to 1) and the reasons.
 *
 * @param fit the total: 0.4 × skill + 0.3 × availability + 0.15 × cost + 0.15 × department
 * @param freeHours hours the person has free for the request over its period
 * @param askedHours hours the request asks of them over its period
 * @param costRate the person's cost per hour today
 * @param standing where they stand on the competency and certification asked, in words ("Risk
 *     management 4/5 (3 asked), PMP valid"); null when none was asked
 */
public record Candidate(
    int rank,
    long personId,
    String personName,
    String department,
    String role,
    double fit,
    double skill,
    double availability,
    double cost,
    double departmentFit,
    double freeHours,
    double askedHours,
    double costRate,
    String standing,
    List<String> reasons) {

  public Candidate {
    reasons = List.copyOf(reasons);
  }
}

package org.cairnpmo.engine.staffing;

/**
 * How well a person fits a request, each part from 0 to 1.
 *
 * <ul>
 *   <li>skill: per required skill 0.5 at the minimum up to 1 at proficiency 5, averaged; 1 when no
 *       skill is required.
 *   <li>availability: share of the asked hours that are free over the period, week by week.
 *   <li>cost: {@code 1 - 0.5 × rate / reference}, the reference being the request's cost limit or
 *       else the highest rate in the pool; at least 0.
 *   <li>department: 1 in the preferred department or when none is preferred, else 0.
 * </ul>
 *
 * @param total {@link #SKILL_WEIGHT} × skill + {@link #AVAILABILITY_WEIGHT} × availability + {@link
 *     #COST_WEIGHT} × cost + {@link #DEPARTMENT_WEIGHT} × department
 */
public record FitScore(
    double skill, double availability, double cost, double department, double total) {

  public static final double SKILL_WEIGHT = 0.4;
  public static final double AVAILABILITY_WEIGHT = 0.3;
  public static final double COST_WEIGHT = 0.15;
  public static final double DEPARTMENT_WEIGHT = 0.15;

  static FitScore of(double skill, double availability, double cost, double department) {
    return new FitScore(
        skill,
        availability,
        cost,
        department,
        SKILL_WEIGHT * skill
            + AVAILABILITY_WEIGHT * availability
            + COST_WEIGHT * cost
            + DEPARTMENT_WEIGHT * department);
  }
}

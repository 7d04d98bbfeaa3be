package org.cairnpmo.engine.staffing;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Open requests to staff from a pool, against the capacity left after existing bookings.
 *
 * @param grid capacity and existing demand of every person in {@code people}
 * @param people the pool; ids unique and in the grid
 * @param requests the open requests; ids unique; named and excluded people must be in the pool
 */
public record StaffingProblem(
    CapacityGrid grid, List<Person> people, List<StaffingRequest> requests) {

  public StaffingProblem {
    Objects.requireNonNull(grid, "grid");
    people = List.copyOf(people);
    requests = List.copyOf(requests);
    Set<String> ids = new HashSet<>();
    for (Person p : people) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("duplicate person " + p.id());
      }
      if (!grid.contains(p.id())) {
        throw new IllegalArgumentException("person " + p.id() + " has no calendar in the grid");
      }
    }
    Set<String> requestIds = new HashSet<>();
    for (StaffingRequest r : requests) {
      if (!requestIds.add(r.id())) {
        throw new IllegalArgumentException("duplicate request " + r.id());
      }
      if (r.namedPersonId() != null && !ids.contains(r.namedPersonId())) {
        throw new IllegalArgumentException(
            "request " + r.id() + " names unknown person " + r.namedPersonId());
      }
      for (String excluded : r.excludedPersonIds()) {
        if (!ids.contains(excluded)) {
          throw new IllegalArgumentException(
              "request " + r.id() + " excludes unknown person " + excluded);
        }
      }
    }
  }

  /** The highest cost rate in the pool: the cost score's reference when a request has no limit. */
  public double highestCostRate() {
    double max = 0;
    for (Person p : people) {
      max = Math.max(max, p.costRate());
    }
    return max;
  }
}

package org.cairnpmo.engine.schedule.leveling;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cairnpmo.engine.schedule.InvalidScheduleException;

/**
 * Several projects' plans that share people: the projects in priority order (the first gets the
 * people first), how much of each person there is (in units: 1 is one full-time person), and the
 * period considered: only tasks that start in it (before leveling) may move, {@code from} and
 * {@code to} both included, either open when null. Work outside the period still loads the people.
 */
public record PortfolioLevelingRequest(
    List<PortfolioProject> projects,
    List<ResourceCapacity> people,
    LocalDateTime from,
    LocalDateTime to) {

  public PortfolioLevelingRequest {
    projects = projects == null ? List.of() : List.copyOf(projects);
    people = people == null ? List.of() : List.copyOf(people);
    if (projects.isEmpty()) {
      throw new InvalidScheduleException("Portfolio leveling needs at least one project");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidScheduleException("The period ends before it starts");
    }
    Set<String> keys = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (ResourceCapacity person : people) {
      if (!ids.add(person.resourceId())) {
        throw new InvalidScheduleException("Two capacities are given for " + person.resourceId());
      }
    }
    for (PortfolioProject project : projects) {
      if (!keys.add(project.key())) {
        throw new InvalidScheduleException("Two projects have the key " + project.key());
      }
      for (String person : project.people().values()) {
        if (!ids.contains(person)) {
          throw new InvalidScheduleException(
              "Project " + project.key() + " names " + person + ", who has no capacity");
        }
      }
    }
  }
}

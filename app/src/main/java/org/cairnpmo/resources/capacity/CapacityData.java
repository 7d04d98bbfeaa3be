package org.cairnpmo.resources.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairnpmo.planning.TaskDemand;
import org.cairnpmo.resources.RequestStatus;

/**
 * What the capacity grid is worked out from, read in a few queries: the pool with skills and
 * absences, the role catalog's names, and the requests that overlap the window.
 *
 * @param roleByName the catalog's roles by their names and other names, in lower case
 * @param personByUser the pool's people by the user they are linked to
 */
record CapacityData(
    List<Member> people,
    Map<Long, String> roleNames,
    Map<String, Long> roleByName,
    Map<Long, Long> personByUser,
    List<Demand> requests) {

  /** The catalog's role that {@code name} (a proposal's or a plan's) stands for, or null. */
  Long roleNamed(String name) {
    return name == null ? null : roleByName.get(name.strip().toLowerCase(Locale.ROOT));
  }

  /** A person of the pool as capacity needs them. */
  record Member(
      long id,
      String name,
      Long departmentId,
      Long roleId,
      double capacityHours,
      int partTimePercent,
      String ownWeek,
      LocalDate availableFrom,
      LocalDate availableUntil,
      List<String> skills,
      List<Days> absences) {}

  /** Whole days, both ends included. */
  record Days(LocalDate first, LocalDate last) {}

  /**
   * A request as demand: {@code personId} is whom it is for (the person proposed, else the person
   * named), null for a role alone. A plan task's requirement that no request covers is demand too,
   * requested, with its {@code task} (null for a request).
   */
  record Demand(
      long id,
      long projectId,
      Long roleId,
      Long personId,
      double hoursPerWeek,
      LocalDate firstDay,
      LocalDate lastDay,
      RequestStatus status,
      List<String> skills,
      TaskDemand task) {

    /** Accepted or approved: the person is booked. */
    boolean booked() {
      return status == RequestStatus.ACCEPTED || status == RequestStatus.APPROVED;
    }
  }
}

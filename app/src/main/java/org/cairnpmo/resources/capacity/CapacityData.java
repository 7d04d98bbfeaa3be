package org.cairnpmo.resources.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.resources.RequestStatus;

/**
 * What the capacity grid is worked out from, read in a few queries: the pool with skills and
 * absences, the role catalog's names, and the requests that overlap the window.
 */
record CapacityData(List<Member> people, Map<Long, String> roleNames, List<Demand> requests) {

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
   * named), null for a role alone.
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
      List<String> skills) {

    /** Accepted or approved: the person is booked. */
    boolean booked() {
      return status == RequestStatus.ACCEPTED || status == RequestStatus.APPROVED;
    }
  }
}

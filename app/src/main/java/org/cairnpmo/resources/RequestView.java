package org.cairnpmo.resources;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.projects.Priority;

/**
 * A resource request with its history, as the caller may see it, and what the caller may do with it
 * now.
 */
public record RequestView(
    long id,
    long projectId,
    String projectCode,
    String projectName,
    Long roleId,
    String roleName,
    Long personId,
    String personName,
    List<SkillLevel> skills,
    BigDecimal hoursPerWeek,
    LocalDate firstDay,
    LocalDate lastDay,
    Priority priority,
    String note,
    RequestStatus status,
    Long proposedPersonId,
    String proposedPersonName,
    String reason,
    List<Step> history,
    Actions actions,
    long version,
    Instant createdAt)
    implements Versioned.Entry {

  /** One step of the workflow: who moved the request from one status to the next, and when. */
  public record Step(Instant at, String by, RequestStatus from, RequestStatus to, String note) {}

  /** What the caller may do with the request in its current status. */
  public record Actions(
      boolean propose, boolean accept, boolean decline, boolean approve, boolean reject) {

    public boolean any() {
      return propose || accept || decline || approve || reject;
    }
  }

  /** What is asked for, in words: the named person, else the role. */
  public String asked() {
    return personName != null ? personName : roleName;
  }
}

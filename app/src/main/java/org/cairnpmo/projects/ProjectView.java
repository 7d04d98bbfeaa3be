package org.cairnpmo.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A project as the caller may see it, with names resolved and what the caller may do. */
public record ProjectView(
    long id,
    String code,
    String name,
    String description,
    Long departmentId,
    String departmentName,
    Long sponsorId,
    String sponsorName,
    Long managerId,
    String managerName,
    ProjectCategory category,
    Priority priority,
    ProjectStatus status,
    Set<ProjectStatus> allowedNextStatuses,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal budgetAmount,
    String budgetCurrency,
    boolean confidential,
    List<MemberView> members,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable) {

  /** A person on the project. */
  public record MemberView(long userId, String name, MembershipRole role) {}
}

package org.cairnpmo.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dependency as the caller may see it. When the caller may not see the other project, {@code
 * otherProjectVisible} is false and its id, code and name are left out.
 */
public record DependencyView(
    long id,
    long projectId,
    DependencyDirection direction,
    Long otherProjectId,
    String otherProjectCode,
    String otherProjectName,
    boolean otherProjectVisible,
    String description,
    LocalDate needBy,
    boolean overdue,
    DependencyStatus status,
    Long ownerId,
    String ownerName,
    Escalation escalation,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable)
    implements RaidEntryView {}

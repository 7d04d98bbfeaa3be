package org.cairnpmo.control;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
    @JsonUnwrapped RaidEntryState state)
    implements RaidEntryView {}

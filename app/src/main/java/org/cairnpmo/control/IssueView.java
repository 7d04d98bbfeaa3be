package org.cairnpmo.control;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;

/**
 * An issue as the caller may see it; {@code riskId} names the risk it came from, {@code escalation}
 * is null unless it is escalated.
 */
public record IssueView(
    long id,
    long projectId,
    String title,
    String description,
    IssueSeverity severity,
    Long ownerId,
    String ownerName,
    LocalDate dueDate,
    boolean overdue,
    String resolution,
    IssueStatus status,
    Long riskId,
    @JsonUnwrapped RaidEntryState state)
    implements RaidEntryView {}

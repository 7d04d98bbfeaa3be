package org.cairnpmo.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A risk as the caller may see it; {@code escalation} is null unless it is escalated. */
public record RiskView(
    long id,
    long projectId,
    String title,
    String cause,
    String event,
    String effect,
    int probability,
    int impact,
    int score,
    RiskLevel level,
    LocalDate proximityDate,
    Proximity proximity,
    Long ownerId,
    String ownerName,
    ResponseStrategy strategy,
    List<ActionView> actions,
    Integer residualProbability,
    Integer residualImpact,
    Integer residualScore,
    RiskLevel residualLevel,
    RiskStatus status,
    Long issueId,
    Escalation escalation,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable)
    implements RaidEntryView {

  /** A response action; overdue when not done by its due date. */
  public record ActionView(
      String text,
      Long ownerId,
      String ownerName,
      LocalDate dueDate,
      boolean done,
      boolean overdue) {}
}

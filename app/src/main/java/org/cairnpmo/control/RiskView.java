package org.cairnpmo.control;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
    @JsonUnwrapped RaidEntryState state)
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

package org.cairnpmo.control.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A step of a report's workflow: CREATED, SUBMITTED, RETURNED or REVIEWED. */
@Embeddable
public class ReportEvent {

  private Instant occurredAt;
  private String actor;
  private String action;
  private String comment;

  protected ReportEvent() {}

  ReportEvent(Instant occurredAt, String actor, String action, String comment) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.comment = comment;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getComment() {
    return comment;
  }
}

package org.cairnpmo.control.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A response action of a risk: what, who, by when, done or not. */
@Embeddable
public class RiskAction {

  @Column(name = "action_text")
  private String text;

  private Long ownerId;
  private LocalDate dueDate;
  private boolean done;

  protected RiskAction() {}

  RiskAction(String text, Long ownerId, LocalDate dueDate, boolean done) {
    this.text = text;
    this.ownerId = ownerId;
    this.dueDate = dueDate;
    this.done = done;
  }

  public String getText() {
    return text;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public boolean isDone() {
    return done;
  }

  public boolean isOverdue(LocalDate today) {
    return !done && dueDate != null && dueDate.isBefore(today);
  }
}

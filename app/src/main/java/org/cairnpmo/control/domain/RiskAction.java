package org.cairnpmo.control.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A response action of a risk: what, who, by when, done or not. */
@Embeddable
public record RiskAction(
    @Column(name = "action_text") String text, Long ownerId, LocalDate dueDate, boolean done) {

  public boolean isOverdue(LocalDate today) {
    return !done && dueDate != null && dueDate.isBefore(today);
  }
}

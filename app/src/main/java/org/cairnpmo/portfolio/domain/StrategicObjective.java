package org.cairnpmo.portfolio.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;

/** A strategic objective the organization pursues over a period, with a measurable target. */
@Entity
@KeepsHistory("strategic-objective")
@Table(name = "strategic_objective")
@Getter
public class StrategicObjective extends EditableRecord {

  private String name;
  private String description;
  private Long ownerId;
  private String target;
  private LocalDate periodFrom;
  private LocalDate periodTo;

  protected StrategicObjective() {}

  public static StrategicObjective define(ObjectiveData data, String by, Instant now) {
    StrategicObjective objective = new StrategicObjective();
    objective.stampCreated(by, now);
    objective.apply(data, by, now);
    return objective;
  }

  public void revise(ObjectiveData data, String by, Instant now) {
    apply(data, by, now);
  }

  private void apply(ObjectiveData data, String by, Instant now) {
    if (data.periodFrom() != null
        && data.periodTo() != null
        && data.periodTo().isBefore(data.periodFrom())) {
      throw InvalidInputException.of("periodTo", "The period cannot end before it starts.");
    }
    name = data.name().trim();
    description = Texts.blankToNull(data.description());
    ownerId = data.ownerId();
    target = Texts.blankToNull(data.target());
    periodFrom = data.periodFrom();
    periodTo = data.periodTo();
    stampChanged(by, now);
  }

  public ObjectiveData toData() {
    return new ObjectiveData(
        name, description, ownerId, target, periodFrom, periodTo, getVersion());
  }
}

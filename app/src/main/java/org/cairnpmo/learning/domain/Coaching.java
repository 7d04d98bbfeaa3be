package org.cairnpmo.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * The PMO coaching a project team: the team (and its project's id where there is one), the coach,
 * the purpose and, once known, the outcome.
 */
@KeepsHistory("coaching")
@Entity
@Table(name = "lrn_coaching")
@Getter
public class Coaching extends EditableRecord {

  private String team;
  private Long projectId;
  private long coachId;
  private String purpose;
  private String outcome;
  private LocalDate startsOn;
  private LocalDate endsOn;

  protected Coaching() {}

  static Coaching start(CoachingData data, String by, Instant now) {
    Coaching c = new Coaching();
    c.stampCreated(by, now);
    c.revise(data, by, now);
    return c;
  }

  void revise(CoachingData data, String by, Instant now) {
    team = Competency.text("team", data.team(), 200);
    projectId = data.projectId();
    coachId = data.coachId();
    purpose = Competency.text("purpose", data.purpose(), 2000);
    outcome = Competency.optionalText("outcome", data.outcome(), 2000);
    if (!InputRules.isSaneDate(data.startsOn())) {
      throw InvalidInputException.of("startsOn", InputRules.DATE_RANGE_MESSAGE);
    }
    if (data.endsOn() != null
        && (!InputRules.isSaneDate(data.endsOn()) || data.endsOn().isBefore(data.startsOn()))) {
      throw InvalidInputException.of("endsOn", "Use a date after the start.");
    }
    startsOn = data.startsOn();
    endsOn = data.endsOn();
    stampChanged(by, now);
  }
}

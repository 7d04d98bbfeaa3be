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
 * A mentoring pair: a mentor, a mentee, the goals and the period; each of the two gives feedback at
 * the end. The log of its sessions is kept apart ({@link MentoringSession}).
 */
@KeepsHistory("mentoring")
@Entity
@Table(name = "lrn_mentoring")
@Getter
public class Mentoring extends EditableRecord {

  private long mentorId;
  private long menteeId;
  private String goals;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String mentorFeedback;
  private String menteeFeedback;

  protected Mentoring() {}

  static Mentoring pair(MentoringData data, String by, Instant now) {
    if (data.mentorId().equals(data.menteeId())) {
      throw InvalidInputException.of("menteeId", "A person does not mentor themselves.");
    }
    Mentoring m = new Mentoring();
    m.mentorId = data.mentorId();
    m.menteeId = data.menteeId();
    m.stampCreated(by, now);
    m.plan(data, by, now);
    return m;
  }

  /** Changes the goals and the period; the pair stays who it is. */
  void plan(MentoringData data, String by, Instant now) {
    if (data.mentorId() != mentorId || data.menteeId() != menteeId) {
      throw InvalidInputException.of("mentorId", "A pair stays the same two people.");
    }
    goals = Competency.text("goals", data.goals(), 2000);
    if (!InputRules.isSaneDate(data.startsOn())) {
      throw InvalidInputException.of("startsOn", InputRules.DATE_RANGE_MESSAGE);
    }
    if (!InputRules.isSaneDate(data.endsOn())) {
      throw InvalidInputException.of("endsOn", InputRules.DATE_RANGE_MESSAGE);
    }
    if (data.endsOn().isBefore(data.startsOn())) {
      throw InvalidInputException.of("endsOn", "The end cannot come before the start.");
    }
    startsOn = data.startsOn();
    endsOn = data.endsOn();
    stampChanged(by, now);
  }

  boolean isOfPair(long userId) {
    return userId == mentorId || userId == menteeId;
  }

  /** The feedback of whichever of the two {@code userId} is. */
  void feedback(long userId, String text, String by, Instant now) {
    String t = Competency.text("feedback", text, 2000);
    if (userId == mentorId) {
      mentorFeedback = t;
    } else {
      menteeFeedback = t;
    }
    stampChanged(by, now);
  }
}

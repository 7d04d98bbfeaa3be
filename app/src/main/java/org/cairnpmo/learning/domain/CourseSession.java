package org.cairnpmo.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * One run of a course. Its row is locked whenever a seat is taken or given back, so that two people
 * taking the last seat at the same moment are served one after the other: the second goes on the
 * wait list.
 */
@Entity
@KeepsHistory("course-session")
@Table(name = "lrn_session")
@Getter
public class CourseSession extends EditableRecord {

  /** The longest a session may last: a multi-week bootcamp, not an open-ended programme. */
  static final long MAX_DAYS = 366;

  private long courseId;
  private Instant startsAt;
  private Instant endsAt;
  private String place;
  private String link;
  private String trainer;
  private int seats;
  private boolean cancelled;

  protected CourseSession() {}

  static CourseSession plan(long courseId, SessionData data, String by, Instant now) {
    CourseSession session = new CourseSession();
    session.courseId = courseId;
    session.stampCreated(by, now);
    session.apply(data, by, now);
    return session;
  }

  void revise(SessionData data, String by, Instant now) {
    apply(data, by, now);
  }

  /** Refuses a new seat on a session that was cancelled or has begun. */
  void requireOpen(Instant now) {
    if (cancelled) {
      throw new BusinessRuleException("session-cancelled", "This session was cancelled.");
    }
    if (!now.isBefore(startsAt)) {
      throw new BusinessRuleException(
          "session-started", "This session has already started; choose a later one.");
    }
  }

  private void apply(SessionData data, String by, Instant now) {
    Instant start = data.startsAt().toInstant().truncatedTo(ChronoUnit.MINUTES);
    Instant end = data.endsAt().toInstant().truncatedTo(ChronoUnit.MINUTES);
    if (!InputRules.isSaneDate(data.startsAt().toLocalDate())
        || !InputRules.isSaneDate(data.endsAt().toLocalDate())) {
      throw InvalidInputException.of("startsAt", InputRules.DATE_RANGE_MESSAGE);
    }
    if (!end.isAfter(start)) {
      throw InvalidInputException.of("endsAt", "A session ends after it starts.");
    }
    if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
      throw InvalidInputException.of("endsAt", "A session lasts at most a year.");
    }
    place = clean("place", data.place());
    link = clean("link", data.link());
    if (place == null && link == null) {
      throw InvalidInputException.of("place", "Say where the session takes place, or its link.");
    }
    startsAt = start;
    endsAt = end;
    trainer = clean("trainer", data.trainer());
    seats = data.seats();
    cancelled = Boolean.TRUE.equals(data.cancelled());
    stampChanged(by, now);
  }

  private static String clean(String field, String value) {
    String v = Course.blankToNull(value);
    if (v != null && InputRules.hasControlCharacter(v)) {
      throw InvalidInputException.of(field, InputRules.CONTROL_CHARACTER_MESSAGE);
    }
    return v;
  }
}

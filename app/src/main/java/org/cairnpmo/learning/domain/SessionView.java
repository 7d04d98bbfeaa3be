package org.cairnpmo.learning.domain;

import java.time.Instant;
import org.cairnpmo.platform.Versioned;

/**
 * A session as everyone reads it: {@code seatsTaken} counts requests and enrollments that hold a
 * seat, {@code waiting} the people on the wait list (never who they are: that is their record).
 */
public record SessionView(
    long id,
    long courseId,
    String courseTitle,
    Instant startsAt,
    Instant endsAt,
    String place,
    String link,
    String trainer,
    int seats,
    long seatsTaken,
    long waiting,
    boolean cancelled,
    long version)
    implements Versioned.Entry {

  public long seatsFree() {
    return Math.max(0, seats - seatsTaken);
  }

  public boolean full() {
    return seatsTaken >= seats;
  }
}

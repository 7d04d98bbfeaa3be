package org.cairnpmo.control.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The module's "today": due dates and overdue counts go by the server's zone, as pages show. */
final class Today {

  private Today() {}

  static LocalDate on(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
  }
}

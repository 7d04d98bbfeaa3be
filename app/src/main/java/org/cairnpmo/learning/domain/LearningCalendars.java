package org.cairnpmo.learning.domain;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The iCalendar exports: one session for anyone, and a person's own sessions as a feed. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LearningCalendars {

  private final CourseCatalog catalog;
  private final EnrollmentService enrollments;
  private final Clock clock;

  @Transactional(readOnly = true)
  public byte[] session(long id) {
    SessionView s = catalog.session(id);
    return SessionCalendar.write(
        s.courseTitle(), List.of(new SessionCalendar.Entry(s, null)), clock.instant());
  }

  /**
   * The sessions the caller has a place on, waits for or asked for (not declined, not cancelled).
   */
  @Transactional(readOnly = true)
  public byte[] mine(CurrentUser me) {
    List<SessionCalendar.Entry> entries =
        enrollments.calendarOf(me.id()).stream()
            .map(
                e ->
                    new SessionCalendar.Entry(
                        catalog.session(e.sessionId()),
                        e.status().label().toLowerCase(Locale.ROOT)))
            .toList();
    return SessionCalendar.write("My training · " + me.displayName(), entries, clock.instant());
  }
}

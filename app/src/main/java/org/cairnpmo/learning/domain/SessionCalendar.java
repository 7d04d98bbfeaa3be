package org.cairnpmo.learning.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.documents.CalendarFiles;

/**
 * Sessions as iCalendar (RFC 5545): one event per session, in UTC (a session is a moment, unlike a
 * plan's floating dates). The UID names the session, so a calendar moves the event when the PMO
 * moves the session, and a cancelled one is marked so.
 */
final class SessionCalendar {

  /** A session and, on a person's feed, where their place stands. */
  record Entry(SessionView session, String status) {}

  private SessionCalendar() {}

  static byte[] write(String name, List<Entry> entries, Instant stamp) {
    return CalendarFiles.write(
        "Learning sessions", name, entries.stream().map(e -> event(e, stamp)).toList());
  }

  private static VEvent event(Entry entry, Instant stamp) {
    SessionView s = entry.session();
    VEvent event = new VEvent(false);
    event.add(new Uid("learning-session-" + s.id() + "@cairnpmo.org"));
    event.add(new DtStamp(stamp));
    event.add(new DtStart<>(s.startsAt()));
    event.add(new DtEnd<>(s.endsAt()));
    event.add(new Summary(InputRules.withoutControlCharacters(s.courseTitle())));
    StringBuilder description = new StringBuilder();
    if (s.trainer() != null) {
      description.append("Trainer: ").append(s.trainer());
    }
    if (entry.status() != null) {
      description
          .append(description.isEmpty() ? "" : "\n")
          .append("Your place: ")
          .append(entry.status());
    }
    if (s.link() != null) {
      description.append(description.isEmpty() ? "" : "\n").append(s.link());
    }
    if (!description.isEmpty()) {
      event.add(new Description(InputRules.withoutControlCharacters(description.toString())));
    }
    String where = s.place() != null ? s.place() : s.link();
    event.add(new Location(InputRules.withoutControlCharacters(where)));
    if (s.link() != null) {
      try {
        event.add(new Url(new URI(s.link())));
      } catch (URISyntaxException e) {
        // A link that is no URI stays in the description only.
      }
    }
    event.add(new Categories("Training"));
    if (s.cancelled()) {
      event.add(new Status("CANCELLED"));
    }
    return event;
  }
}

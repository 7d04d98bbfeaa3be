package org.cairnpmo.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.cairnpmo.platform.InputRules;

/**
 * An iCalendar (RFC 5545) file of events, as every calendar Cairn serves is written: Gregorian,
 * version 2.0, the product named after what the feed holds, and a calendar name clients show.
 */
public final class CalendarFiles {

  private CalendarFiles() {}

  /**
   * The calendar's bytes. {@code product} names the feed in the PRODID ("Plan milestones"); a
   * calendar that fails iCalendar's validation is a fault of the caller, never of the reader's
   * input.
   */
  public static byte[] write(String product, String name, List<VEvent> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Cairn PMO//" + product + "//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", InputRules.withoutControlCharacters(name)));
    events.forEach(calendar::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("The " + product + " calendar is not valid iCalendar", e);
    }
    return out.toByteArray();
  }
}

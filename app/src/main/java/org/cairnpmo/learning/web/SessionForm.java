package org.cairnpmo.learning.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.learning.domain.SessionData;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/**
 * A new session as its form edits it: start and end as the browser's date-and-time fields give
 * them, read in the organization's time zone.
 */
@Getter
@Setter
public class SessionForm {

  private String startsAt;
  private String endsAt;
  private String place;
  private String link;
  private String trainer;
  private String seats = "12";

  SessionData toData(ZoneId zone) {
    List<FieldProblem> problems = new ArrayList<>();
    OffsetDateTime start = moment(startsAt, "startsAt", zone, problems);
    OffsetDateTime end = moment(endsAt, "endsAt", zone, problems);
    Integer seatCount = FormInput.integer(seats, "seats", "Enter a whole number.", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new SessionData(
        start,
        end,
        FormInput.trimmed(place),
        FormInput.trimmed(link),
        FormInput.trimmed(trainer),
        seatCount,
        false,
        null);
  }

  private static OffsetDateTime moment(
      String value, String field, ZoneId zone, List<FieldProblem> problems) {
    if (FormInput.blank(value)) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(zone).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "Enter a date and time, e.g. 2027-01-05T09:00."));
      return null;
    }
  }
}

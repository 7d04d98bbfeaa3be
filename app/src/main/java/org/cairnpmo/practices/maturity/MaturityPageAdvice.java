package org.cairnpmo.practices.maturity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the maturity pages share: {@code moments}, which their templates write days with. */
@ControllerAdvice(
    assignableTypes = {
      MaturityPageController.class,
      ResponsePageController.class,
      ActionPageController.class,
      QuestionnairePageController.class
    })
record MaturityPageAdvice(Clock clock) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  @ModelAttribute("moments")
  Moments moments() {
    return new Moments(clock);
  }

  /** Moments and dates as the maturity pages write them, in the organization's time zone. */
  public record Moments(Clock clock) {

    public String day(Instant moment) {
      return moment == null ? "" : DAY.format(moment.atZone(clock.getZone()));
    }

    public String date(LocalDate date) {
      return date == null ? "" : DAY.format(date);
    }

    /** A score as the pages show it: two decimals, as computed (2.96 must not read as 3.0). */
    public String score(Double score) {
      return score == null ? "–" : String.format(Locale.UK, "%.2f", score);
    }

    /** A change as the pages show it: signed, two decimals. */
    public String change(Double change) {
      return change == null ? "" : String.format(Locale.UK, "%+.2f", change);
    }
  }
}

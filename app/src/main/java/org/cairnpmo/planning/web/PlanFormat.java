package org.cairnpmo.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.TaskMove;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.WorkingPeriod;

/**
 * How the planning pages write dates, durations, floats and variances (templates reach it as {@code
 * fmt}). A working day is 8 hours, as the plan counts it.
 */
public final class PlanFormat {

  static final PlanFormat INSTANCE = new PlanFormat();

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
          .withZone(ZoneId.systemDefault());
  private static final long WORKING_DAY = DurationUnit.DAYS.minutes();

  private PlanFormat() {}

  public String day(LocalDateTime at) {
    return at == null ? "" : DAY.format(at);
  }

  public String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  /** Working periods as "08:00–12:00, 13:00–17:00", or "not worked". */
  public String hours(List<WorkingPeriod> periods) {
    if (periods == null || periods.isEmpty()) {
      return "not worked";
    }
    return periods.stream()
        .map(
            p -> p.from() + "–" + (p.to().equals(LocalTime.MIDNIGHT) ? "24:00" : p.to().toString()))
        .collect(Collectors.joining(", "));
  }

  public String iso(LocalDateTime at) {
    return at == null ? "" : at.toLocalDate().toString();
  }

  /** "7 – 11 Dec 2026" style, or one day for a milestone. */
  public String span(LocalDateTime start, LocalDateTime finish) {
    if (start == null) {
      return "not scheduled";
    }
    if (finish == null || finish.toLocalDate().equals(start.toLocalDate())) {
      return day(start);
    }
    return (start.getYear() == finish.getYear() ? SHORT.format(start) : day(start))
        + " – "
        + day(finish);
  }

  /** A duration in the unit it was entered in: "5 days", "3 hours", "2 weeks", "0 days". */
  public String duration(long minutes, DurationUnit unit) {
    DurationUnit u = unit == null ? DurationUnit.DAYS : unit;
    BigDecimal amount = amount(minutes, u);
    String word =
        switch (u) {
          case MINUTES -> "min";
          case HOURS -> "hours";
          case DAYS -> "days";
          case WEEKS -> "weeks";
          case ELAPSED_HOURS -> "elapsed hours";
          case ELAPSED_DAYS -> "elapsed days";
        };
    if (amount.compareTo(BigDecimal.ONE) == 0 && u != DurationUnit.MINUTES) {
      word = word.substring(0, word.length() - 1);
    }
    return amount.toPlainString() + " " + word;
  }

  public String duration(TaskView task) {
    if (task.summary()) {
      // A summary's own duration is ignored; its dates are rolled up from the tasks under it.
      return "—";
    }
    return task.milestone() ? "0 days" : duration(task.durationMinutes(), task.durationUnit());
  }

  /** The duration as a number in its unit, for a form field. */
  public BigDecimal amount(long minutes, DurationUnit unit) {
    return plain(
        BigDecimal.valueOf(minutes)
            .divide(BigDecimal.valueOf(unit.minutes()), 2, RoundingMode.HALF_UP));
  }

  /** Without trailing zeros, never in scientific notation (10, not 1E+1). */
  static BigDecimal plain(BigDecimal value) {
    return new BigDecimal(value.stripTrailingZeros().toPlainString());
  }

  /** Working minutes as a number of working days, for a form field. */
  public BigDecimal dayAmount(long minutes) {
    return amount(minutes, DurationUnit.DAYS);
  }

  /** Working minutes as days: "0 d", "2.5 d", "−3 d". */
  public String days(Long minutes) {
    if (minutes == null) {
      return "—";
    }
    BigDecimal days =
        BigDecimal.valueOf(minutes)
            .divide(BigDecimal.valueOf(WORKING_DAY), 1, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return (days.signum() < 0 ? "−" + days.negate().toPlainString() : days.toPlainString()) + " d";
  }

  /** A variance in working days, signed: "+2 d", "−1 d", "0 d". */
  public String variance(Long minutes) {
    if (minutes == null) {
      return "—";
    }
    return (minutes > 0 ? "+" : "") + days(minutes);
  }

  public String percent(double percent) {
    return BigDecimal.valueOf(percent).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  /** A predecessor as MS Project writes it: "1.2", "1.3SS+2d", "4FF−1d", "5FS+50%". */
  public String predecessor(String wbs, LinkView link) {
    StringBuilder text = new StringBuilder(wbs);
    if (link.type() != DependencyType.FS || link.lagValue() != 0) {
      text.append(link.type().name());
    }
    if (link.lagValue() != 0) {
      text.append(link.lagValue() > 0 ? "+" : "−");
      long lag = Math.abs(link.lagValue());
      text.append(
          switch (link.lagKind()) {
            case PERCENT -> lag + "%";
            case ELAPSED -> amount(lag, DurationUnit.ELAPSED_DAYS).toPlainString() + "ed";
            case WORKING -> amount(lag, DurationUnit.DAYS).toPlainString() + "d";
          });
    }
    return text.toString();
  }

  /** The lag of a link as a form shows it: days, elapsed days or percent. */
  public BigDecimal lagAmount(LinkView link) {
    return link.lagKind() == LagKind.PERCENT
        ? BigDecimal.valueOf(link.lagValue())
        : amount(
            link.lagValue(),
            link.lagKind() == LagKind.ELAPSED ? DurationUnit.ELAPSED_DAYS : DurationUnit.DAYS);
  }

  /** One line of "what moved": "1.2 Design: 7 – 11 Dec 2026 → 9 – 15 Dec 2026". */
  public String moved(TaskMove move) {
    return move.wbs()
        + " "
        + move.name()
        + ": "
        + span(move.oldStart(), move.oldFinish())
        + " → "
        + span(move.newStart(), move.newFinish());
  }
}

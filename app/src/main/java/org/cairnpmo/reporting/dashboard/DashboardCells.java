package org.cairnpmo.reporting.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.reporting.dashboard.DashboardRow.Rating;

/**
 * A dashboard row as the page prints it. Formatting once in Java keeps the 50-row table cheap to
 * render (a few thousand template expressions fewer per page).
 */
public record DashboardCells(
    DashboardRow row,
    String href,
    String overviewHref,
    String statusClass,
    List<RatingCell> ratings,
    String milestoneOn,
    String slip,
    boolean late,
    String burn,
    String burnTitle,
    String spi,
    String cpi,
    String lastReport) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  /** One rating cell: colour class, word, and the trend's arrow and word (null: not rated). */
  public record RatingCell(
      String dimension,
      String ragClass,
      String label,
      String trendClass,
      String arrow,
      String trendLabel) {

    public boolean present() {
      return label != null;
    }
  }

  /**
   * The cells of {@code r}; links start with {@code contextPath} (built here rather than by the
   * template's link expressions, which look each one up among the static resources).
   */
  static DashboardCells of(DashboardRow r, String contextPath) {
    Integer slipDays = r.milestoneSlipDays();
    String slip =
        slipDays == null
            ? null
            : slipDays > 0
                ? slipDays + " d late"
                : slipDays < 0 ? -slipDays + " d early" : "on time";
    return new DashboardCells(
        r,
        contextPath + "/projects/" + r.projectId(),
        contextPath + "/projects/" + r.projectId() + "/overview",
        "badge--status-" + r.status().name().toLowerCase(Locale.ROOT),
        Arrays.stream(RatingDimension.values()).map(d -> cell(d.field(), r.rating(d))).toList(),
        day(r.nextMilestoneOn()),
        slip,
        slipDays != null && slipDays > 0,
        r.burn() == null
            ? null
            : r.burn().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + " %",
        r.burn() == null
            ? null
            : money(r.actualToDate()) + " of " + money(r.bac()) + " " + r.currency(),
        index(r.spi()),
        index(r.cpi()),
        day(r.lastReportOn()));
  }

  private static RatingCell cell(String dimension, Rating rating) {
    if (!rating.present()) {
      return new RatingCell(dimension, null, null, null, null, null);
    }
    String trend = rating.trend().name().toLowerCase(Locale.ROOT);
    return new RatingCell(
        dimension,
        "rag--" + rating.rag().name().toLowerCase(Locale.ROOT),
        rating.rag().label(),
        "trend--" + trend,
        rating.trend().arrow(),
        rating.trend().label());
  }

  private static String day(LocalDate date) {
    return date == null ? null : DAY.format(date);
  }

  private static String index(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String money(BigDecimal value) {
    if (value == null) {
      return "0";
    }
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
        .format(value.setScale(0, RoundingMode.HALF_UP));
  }
}

package org.cairnpmo.practices.kpis;

import java.math.BigDecimal;
import org.cairnpmo.platform.Labelled;

/**
 * The measures Cairn computes from its own data, which a KPI definition chooses from. Each says how
 * a department's or the portfolio's figure is made from its projects' ({@link Aggregation}).
 */
public enum KpiMeasure implements Labelled {
  SPI(
      "Schedule performance index",
      "EV / PV at the month, as the project's earned-value page computes it.",
      "index",
      Aggregation.MEAN,
      KpiDirection.HIGHER_IS_BETTER,
      "0.95",
      "0.85"),
  CPI(
      "Cost performance index",
      "EV / AC at the month, as the project's earned-value page computes it.",
      "index",
      Aggregation.MEAN,
      KpiDirection.HIGHER_IS_BETTER,
      "0.95",
      "0.85"),
  MILESTONE_SLIP(
      "Milestone slip",
      "Days between a key milestone's baseline and its completion (or the month's end while it is"
          + " late), averaged over the milestones due or completed by then.",
      "days",
      Aggregation.RATIO,
      KpiDirection.LOWER_IS_BETTER,
      "5",
      "20"),
  MILESTONE_ON_TIME(
      "Milestones on time",
      "Share of the key milestones due or completed by the month's end that were completed on or"
          + " before their baseline.",
      "%",
      Aggregation.RATIO,
      KpiDirection.HIGHER_IS_BETTER,
      "80",
      "60"),
  REPORT_PUNCTUALITY(
      "Status reports on time",
      "Share of the status reports due in the 90 days to the month's end that were submitted by"
          + " their due day.",
      "%",
      Aggregation.RATIO,
      KpiDirection.HIGHER_IS_BETTER,
      "90",
      "70"),
  OPEN_HIGH_RISKS(
      "Open high risks",
      "Risks of high level (score 13 or more) raised by the month's end and still open.",
      "risks",
      Aggregation.SUM,
      KpiDirection.LOWER_IS_BETTER,
      "1",
      "4"),
  BUDGET_BURN(
      "Budget burn",
      "Actual costs booked up to the month, as a share of the budget at completion.",
      "%",
      Aggregation.MEAN,
      KpiDirection.LOWER_IS_BETTER,
      "80",
      "100"),
  GATE_DECISIONS_ON_TIME(
      "Gate decisions on time",
      "Share of gate reviews decided within "
          + KpiFormulas.GATE_DECISION_DAYS
          + " days of the request, of those decided by the month's end or waiting longer.",
      "%",
      Aggregation.RATIO,
      KpiDirection.HIGHER_IS_BETTER,
      "90",
      "70");

  /** How a department's or the portfolio's figure is made from its projects'. */
  public enum Aggregation {
    /** The plain mean of the projects' figures (indices and shares of each project's money). */
    MEAN("Mean of the projects' figures"),
    /** All the projects' counts together: the numerators' sum over the denominators' sum. */
    RATIO("Over all the projects' items together"),
    /** The projects' counts added up. */
    SUM("Sum over the projects");

    private final String label;

    Aggregation(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final String label;
  private final String formula;
  private final String unit;
  private final Aggregation aggregation;
  private final KpiDirection direction;
  private final BigDecimal green;
  private final BigDecimal red;

  KpiMeasure(
      String label,
      String formula,
      String unit,
      Aggregation aggregation,
      KpiDirection direction,
      String green,
      String red) {
    this.label = label;
    this.formula = formula;
    this.unit = unit;
    this.aggregation = aggregation;
    this.direction = direction;
    this.green = new BigDecimal(green);
    this.red = new BigDecimal(red);
  }

  @Override
  public String label() {
    return label;
  }

  public String formula() {
    return formula;
  }

  public String defaultUnit() {
    return unit;
  }

  public Aggregation aggregation() {
    return aggregation;
  }

  public KpiDirection defaultDirection() {
    return direction;
  }

  public BigDecimal defaultGreen() {
    return green;
  }

  public BigDecimal defaultRed() {
    return red;
  }

  /** A share: the ratio of the counts times 100. */
  public boolean percent() {
    return "%".equals(unit);
  }
}

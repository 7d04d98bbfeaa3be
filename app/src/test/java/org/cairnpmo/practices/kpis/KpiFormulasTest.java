package org.cairnpmo.practices.kpis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cairnpmo.budgets.EvmPeriod;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.control.ControlApi.MilestoneDates;
import org.cairnpmo.control.ControlApi.ReportDeadline;
import org.cairnpmo.control.ControlApi.RiskFact;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.governance.GovernanceApi.GateReviewFact;
import org.junit.jupiter.api.Test;

/** Each measure on a small project whose figures were worked out by hand, as of 30 June 2026. */
class KpiFormulasTest {

  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

  private static LocalDate d(String day) {
    return LocalDate.parse("2026-" + day);
  }

  private static Instant at(String day) {
    return Instant.parse("2026-" + day + "T10:00:00Z");
  }

  private static EvmPeriod month(String period, String actual, String spi, String cpi) {
    return new EvmPeriod(
        period,
        null,
        actual == null ? null : new BigDecimal(actual),
        null,
        null,
        null,
        null,
        null,
        null,
        spi == null ? null : new BigDecimal(spi),
        cpi == null ? null : new BigDecimal(cpi));
  }

  private static final ProjectFacts FACTS =
      new ProjectFacts(
          1,
          new EvmView(
              1,
              "EUR",
              new BigDecimal("1000"),
              "2026-05",
              EacMethod.BAC_OVER_CPI,
              "BAC / CPI",
              List.of(),
              List.of(
                  month("2026-04", "100", "0.90", "1.10"),
                  month("2026-05", "200", "0.80", "1.00"),
                  month("2026-06", "50", null, null),
                  month("2026-07", "999", null, null)),
              null),
          List.of(
              // early: -5, on time
              new MilestoneDates(1, d("06-10"), d("06-05"), d("06-05")),
              // late: +5
              new MilestoneDates(1, d("06-20"), d("06-25"), d("06-25")),
              // due, not reached by June 30: +5 so far
              new MilestoneDates(1, d("06-25"), d("07-10"), null),
              // due in July, completed in June: -17, on time
              new MilestoneDates(1, d("07-15"), d("06-28"), d("06-28")),
              // due in August: not counted yet
              new MilestoneDates(1, d("08-01"), d("08-01"), null)),
          List.of(
              new ReportDeadline(1, d("03-31"), at("03-31")), // before the 90 days
              new ReportDeadline(1, d("04-30"), at("04-30")), // on time
              new ReportDeadline(1, d("05-31"), at("06-02")), // late
              new ReportDeadline(1, d("06-30"), null), // missing
              new ReportDeadline(1, d("07-31"), null)), // not due
          List.of(
              new RiskFact(1, 15, true, at("06-01")), // high, open: counts
              new RiskFact(1, 20, true, at("07-05")), // raised later
              new RiskFact(1, 16, false, at("05-01")), // closed
              new RiskFact(1, 12, true, at("05-01"))), // medium
          List.of(
              new GateReviewFact(1, "Initiation", at("05-01"), at("05-10"), "GO"), // 9 days
              new GateReviewFact(1, "Planning", at("05-20"), at("06-20"), "GO"), // 31 days
              new GateReviewFact(1, "Build", at("06-01"), null, null), // waiting 29 days
              new GateReviewFact(1, "Test", at("06-25"), null, null), // waiting 5 days
              new GateReviewFact(1, "Run", at("06-10"), at("07-02"), "HOLD"))); // 20 by June 30

  private static BigDecimal value(KpiMeasure measure, LocalDate asOf) {
    Figure f = KpiFormulas.compute(measure, FACTS, asOf, ZoneOffset.UTC);
    return f == null ? null : f.value(measure);
  }

  @Test
  void spi_and_cpi_are_the_latest_indices_of_budgets_series_up_to_the_month() {
    assertThat(value(KpiMeasure.SPI, JUNE_30)).isEqualByComparingTo("0.80");
    assertThat(value(KpiMeasure.CPI, JUNE_30)).isEqualByComparingTo("1.00");
    assertThat(value(KpiMeasure.SPI, d("04-30"))).isEqualByComparingTo("0.90");
    assertThat(value(KpiMeasure.SPI, d("03-31"))).isNull();
  }

  @Test
  void budget_burn_is_the_actual_costs_up_to_the_month_over_the_budget() {
    // (100 + 200 + 50) / 1000
    assertThat(value(KpiMeasure.BUDGET_BURN, JUNE_30)).isEqualByComparingTo("35.0");
    assertThat(value(KpiMeasure.BUDGET_BURN, d("04-15"))).isEqualByComparingTo("10.0");
  }

  @Test
  void milestone_slip_averages_the_days_late_of_the_milestones_due_or_reached() {
    // (-5 + 5 + 5 - 17) / 4
    assertThat(value(KpiMeasure.MILESTONE_SLIP, JUNE_30)).isEqualByComparingTo("-3.0");
    // as of June 22: A (-5) and B still open (+2): -1.5
    assertThat(value(KpiMeasure.MILESTONE_SLIP, d("06-22"))).isEqualByComparingTo("-1.5");
  }

  @Test
  void milestones_on_time_are_those_reached_by_their_baseline() {
    // A and D of A, B, C, D
    assertThat(value(KpiMeasure.MILESTONE_ON_TIME, JUNE_30)).isEqualByComparingTo("50.0");
    assertThat(value(KpiMeasure.MILESTONE_ON_TIME, d("06-01"))).isNull();
  }

  @Test
  void report_punctuality_counts_the_reports_due_in_the_last_90_days() {
    // April on time; May late; June missing
    assertThat(value(KpiMeasure.REPORT_PUNCTUALITY, JUNE_30)).isEqualByComparingTo("33.3");
  }

  @Test
  void open_high_risks_are_those_raised_by_then_of_high_level_and_open() {
    assertThat(value(KpiMeasure.OPEN_HIGH_RISKS, JUNE_30)).isEqualByComparingTo("1");
    assertThat(value(KpiMeasure.OPEN_HIGH_RISKS, d("05-31"))).isEqualByComparingTo("0");
  }

  @Test
  void gate_decisions_on_time_are_those_within_14_days_of_the_request() {
    // decided: 9 days (on time), 31 days (late); waiting over 14 days: Build (29), Run (20)
    assertThat(value(KpiMeasure.GATE_DECISIONS_ON_TIME, JUNE_30)).isEqualByComparingTo("25.0");
    // as of May 31: Initiation on time, Planning waiting 11 days (not counted yet)
    assertThat(value(KpiMeasure.GATE_DECISIONS_ON_TIME, d("05-31"))).isEqualByComparingTo("100.0");
  }

  @Test
  void a_project_with_nothing_to_count_has_no_figure() {
    ProjectFacts nothing = ProjectFacts.empty(2);
    for (KpiMeasure m : KpiMeasure.values()) {
      Figure f = KpiFormulas.compute(m, nothing, JUNE_30, ZoneOffset.UTC);
      if (m == KpiMeasure.OPEN_HIGH_RISKS) {
        assertThat(f.value(m)).isEqualByComparingTo("0");
      } else {
        assertThat(f).as(m.name()).isNull();
      }
    }
  }

  @Test
  void departments_and_the_portfolio_aggregate_by_the_measures_rule() {
    // ratio: all milestones together: (-12 + 20) / (4 + 1)
    assertThat(
            Figure.aggregate(List.of(Figure.of(-12, 4), Figure.of(20, 1)))
                .value(KpiMeasure.MILESTONE_SLIP))
        .isEqualByComparingTo("1.6");
    // mean of the projects' indices
    assertThat(
            Figure.aggregate(
                    List.of(
                        Figure.single(new BigDecimal("0.80")),
                        Figure.single(new BigDecimal("1.00"))))
                .value(KpiMeasure.SPI))
        .isEqualByComparingTo("0.90");
    // sum of the counts
    assertThat(
            Figure.aggregate(List.of(Figure.of(1, 1), Figure.of(3, 1)))
                .value(KpiMeasure.OPEN_HIGH_RISKS))
        .isEqualByComparingTo("4");
    // shares: 1 of 3 and 3 of 5 are 4 of 8
    assertThat(
            Figure.aggregate(List.of(Figure.of(1, 3), Figure.of(3, 5)))
                .value(KpiMeasure.REPORT_PUNCTUALITY))
        .isEqualByComparingTo("50.0");
  }

  @Test
  void thresholds_rate_by_direction() {
    BigDecimal green = new BigDecimal("0.95");
    BigDecimal red = new BigDecimal("0.85");
    KpiDirection up = KpiDirection.HIGHER_IS_BETTER;
    assertThat(Rating.of(new BigDecimal("0.95"), up, green, red)).isEqualTo(Rating.GREEN);
    assertThat(Rating.of(new BigDecimal("0.85"), up, green, red)).isEqualTo(Rating.AMBER);
    assertThat(Rating.of(new BigDecimal("0.84"), up, green, red)).isEqualTo(Rating.RED);
    KpiDirection down = KpiDirection.LOWER_IS_BETTER;
    assertThat(Rating.of(new BigDecimal("5"), down, BigDecimal.valueOf(5), BigDecimal.valueOf(20)))
        .isEqualTo(Rating.GREEN);
    assertThat(Rating.of(new BigDecimal("20"), down, BigDecimal.valueOf(5), BigDecimal.valueOf(20)))
        .isEqualTo(Rating.AMBER);
    assertThat(Rating.of(new BigDecimal("21"), down, BigDecimal.valueOf(5), BigDecimal.valueOf(20)))
        .isEqualTo(Rating.RED);
    assertThat(Rating.of(null, down, BigDecimal.ONE, BigDecimal.TEN)).isNull();
  }

  @Test
  void a_sparkline_skips_the_months_without_a_figure() {
    String points =
        Sparkline.points(
            java.util.Arrays.asList(BigDecimal.ONE, null, BigDecimal.valueOf(3)), 120, 28);
    assertThat(points).isEqualTo("2.0,26.0 118.0,2.0");
    assertThat(Sparkline.points(java.util.Arrays.asList(null, null), 120, 28)).isEmpty();
  }
}

package org.cairnpmo.control.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.junit.jupiter.api.Test;

class RatingRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static final List<RatingRule> POLICY =
      List.of(
          rule(RatingMetric.SPI, Comparison.LT, "0.9", Rag.AMBER, RatingDimension.SCHEDULE),
          rule(RatingMetric.SPI, Comparison.LT, "0.8", Rag.RED, RatingDimension.SCHEDULE),
          rule(RatingMetric.CPI, Comparison.LT, "0.9", Rag.AMBER, RatingDimension.COST),
          rule(RatingMetric.OPEN_HIGH_RISKS, Comparison.GE, "3", Rag.AMBER, RatingDimension.RISK),
          rule(
              RatingMetric.OVERDUE_ISSUES, Comparison.GE, "1", Rag.AMBER, RatingDimension.OVERALL));

  private static RatingRule rule(
      RatingMetric metric, Comparison comparison, String threshold, Rag rating, RatingDimension d) {
    return new RatingRule(metric, comparison, new BigDecimal(threshold), rating, d);
  }

  private static StatusMetrics metrics(Object... pairs) {
    Map<RatingMetric, BigDecimal> values = new java.util.EnumMap<>(RatingMetric.class);
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((RatingMetric) pairs[i], new BigDecimal(pairs[i + 1].toString()));
    }
    return new StatusMetrics(TODAY, values);
  }

  @Test
  void spi_below_0_9_suggests_amber_and_below_0_8_red_for_the_schedule() {
    assertThat(
            RatingRules.suggest(POLICY, metrics(RatingMetric.SPI, "0.95"))
                .rating(RatingDimension.SCHEDULE))
        .isEqualTo(Rag.GREEN);
    assertThat(
            RatingRules.suggest(POLICY, metrics(RatingMetric.SPI, "0.85"))
                .rating(RatingDimension.SCHEDULE))
        .isEqualTo(Rag.AMBER);
    SuggestedRatings red = RatingRules.suggest(POLICY, metrics(RatingMetric.SPI, "0.75"));
    assertThat(red.rating(RatingDimension.SCHEDULE)).isEqualTo(Rag.RED);
    assertThat(red.because(RatingDimension.SCHEDULE))
        .containsExactly(
            "SPI < 0.9 → Amber (Schedule) (is 0.75)", "SPI < 0.8 → Red (Schedule) (is 0.75)");
    // the threshold itself does not fire a "less than" rule
    assertThat(
            RatingRules.suggest(POLICY, metrics(RatingMetric.SPI, "0.9"))
                .rating(RatingDimension.SCHEDULE))
        .isEqualTo(Rag.GREEN);
  }

  @Test
  void rules_on_unknown_metrics_do_not_apply_so_without_earned_value_cost_gets_no_suggestion() {
    SuggestedRatings s =
        RatingRules.suggest(
            POLICY, metrics(RatingMetric.OPEN_HIGH_RISKS, "0", RatingMetric.OVERDUE_ISSUES, "0"));

    assertThat(s.rating(RatingDimension.COST)).isNull();
    assertThat(s.rating(RatingDimension.SCHEDULE)).isNull();
    assertThat(s.rating(RatingDimension.SCOPE)).isNull();
    assertThat(s.rating(RatingDimension.RISK)).isEqualTo(Rag.GREEN);
    assertThat(s.rating(RatingDimension.OVERALL)).isEqualTo(Rag.GREEN);
    assertThat(s.metrics())
        .filteredOn(m -> m.metric() == RatingMetric.SPI)
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isNull());
  }

  @Test
  void overall_is_the_worst_of_every_suggestion_and_of_the_rules_aimed_at_it() {
    SuggestedRatings s =
        RatingRules.suggest(
            POLICY,
            metrics(
                RatingMetric.SPI,
                "0.7",
                RatingMetric.CPI,
                "1.1",
                RatingMetric.OVERDUE_ISSUES,
                "0"));
    assertThat(s.rating(RatingDimension.SCHEDULE)).isEqualTo(Rag.RED);
    assertThat(s.rating(RatingDimension.COST)).isEqualTo(Rag.GREEN);
    assertThat(s.rating(RatingDimension.OVERALL)).isEqualTo(Rag.RED);

    SuggestedRatings issues =
        RatingRules.suggest(
            POLICY, metrics(RatingMetric.OVERDUE_ISSUES, "2", RatingMetric.CPI, "1"));
    assertThat(issues.rating(RatingDimension.OVERALL)).isEqualTo(Rag.AMBER);
    assertThat(issues.because(RatingDimension.OVERALL)).hasSize(1);
  }

  @Test
  void no_rules_no_suggestions() {
    SuggestedRatings s = RatingRules.suggest(List.of(), metrics(RatingMetric.SPI, "0.5"));

    assertThat(s.dimensions()).allSatisfy(d -> assertThat(d.rating()).isNull());
    assertThat(s.basis()).isEqualTo("spi 0.5");
  }

  @Test
  void every_comparison_means_what_its_symbol_says() {
    BigDecimal three = BigDecimal.valueOf(3);
    assertThat(Comparison.LT.holds(BigDecimal.valueOf(2), three)).isTrue();
    assertThat(Comparison.LE.holds(three, three)).isTrue();
    assertThat(Comparison.GT.holds(three, three)).isFalse();
    assertThat(Comparison.GE.holds(three, three)).isTrue();
    assertThat(Comparison.EQ.holds(new BigDecimal("3.00"), three)).isTrue();
  }
}

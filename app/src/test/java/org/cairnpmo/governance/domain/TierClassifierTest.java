package org.cairnpmo.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.governance.domain.TierClassifier.Criteria;
import org.cairnpmo.governance.domain.TierClassifier.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierClassifierTest {

  private static final Criteria CRITERIA = new Criteria(new BigDecimal("50000"), 3, "EUR");

  /** Tier 1 Major: ≥ 1M or ≥ 18 months or HIGH risk; Tier 2: ≥ 250k or ≥ 9 months; Tier 3: rest. */
  private static final List<Rule> TIERS =
      List.of(
          new Rule(
              30, 3, "Small", MatchMode.ANY, null, null, null, 300L), // catch-all, listed first
          new Rule(
              10, 1, "Major", MatchMode.ANY, new BigDecimal("1000000"), 18, RiskLevel.HIGH, 100L),
          new Rule(20, 2, "Standard", MatchMode.ANY, new BigDecimal("250000"), 9, null, 200L));

  private static Classification classify(String budget, Integer months, RiskLevel risk) {
    return TierClassifier.classify(
        CRITERIA, TIERS, budget == null ? null : new BigDecimal(budget), months, risk);
  }

  @ParameterizedTest(name = "budget {0}, {1} months, risk {2} -> {3}")
  @CsvSource({
    "2000000, 6, LOW, Major",
    "100000, 24, LOW, Major",
    "100000, 6, HIGH, Major",
    "1000000, 6, LOW, Major", // thresholds are inclusive
    "999999.99, 6, MEDIUM, Standard",
    "300000, 6, LOW, Standard",
    "60000, 9, LOW, Standard",
    "60000, 8, MEDIUM, Small",
    "60000, 4, , Small",
  })
  void a_project_falls_into_the_highest_tier_whose_rule_matches(
      String budget, int months, RiskLevel risk, String tier) {
    Classification result = classify(budget, months, risk);

    assertThat(result.qualifiesAsProject()).isTrue();
    assertThat(result.tierName()).isEqualTo(tier);
    assertThat(result.reasons()).last().asString().startsWith(tier);
  }

  @Test
  void the_classification_names_the_tier_its_lifecycle_and_why() {
    Classification result = classify("1500000", 6, RiskLevel.LOW);

    assertThat(result.tierId()).isEqualTo(10L);
    assertThat(result.tierLevel()).isEqualTo(1);
    assertThat(result.lifecycleId()).isEqualTo(100L);
    assertThat(result.reasons())
        .containsExactly(
            "Qualifies as a project: budget 1,500,000 EUR ≥ 50,000 EUR.",
            "Major (level 1): budget 1,500,000 EUR ≥ 1,000,000 EUR.");
  }

  @Test
  void work_below_every_project_threshold_is_business_as_usual_and_gets_no_tier() {
    Classification result = classify("20000", 2, RiskLevel.HIGH);

    assertThat(result.qualifiesAsProject()).isFalse();
    assertThat(result.tierId()).isNull();
    assertThat(result.reasons())
        .containsExactly(
            "Business as usual, not a project: budget 20,000 EUR < 50,000 EUR, duration 2 < 3"
                + " months.");
  }

  @Test
  void reaching_one_project_threshold_is_enough() {
    assertThat(classify("20000", 3, RiskLevel.LOW).qualifiesAsProject()).isTrue();
    assertThat(classify("50000", 1, RiskLevel.LOW).qualifiesAsProject()).isTrue();
    assertThat(classify(null, null, RiskLevel.LOW).qualifiesAsProject()).isFalse();
  }

  @Test
  void without_project_criteria_all_work_qualifies() {
    Classification result =
        TierClassifier.classify(
            new Criteria(null, null, "EUR"), TIERS, new BigDecimal("10"), 1, RiskLevel.LOW);

    assertThat(result.qualifiesAsProject()).isTrue();
    assertThat(result.tierName()).isEqualTo("Small");
  }

  @Test
  void with_all_of_its_conditions_a_tier_needs_every_one_of_them() {
    List<Rule> strict =
        List.of(
            new Rule(
                1,
                1,
                "Strict",
                MatchMode.ALL,
                new BigDecimal("100000"),
                12,
                RiskLevel.MEDIUM,
                null));

    assertThat(
            TierClassifier.classify(
                    CRITERIA, strict, new BigDecimal("100000"), 12, RiskLevel.MEDIUM)
                .tierName())
        .isEqualTo("Strict");
    assertThat(
            TierClassifier.classify(CRITERIA, strict, new BigDecimal("100000"), 12, RiskLevel.LOW)
                .tierId())
        .isNull();
    assertThat(
            TierClassifier.classify(CRITERIA, strict, new BigDecimal("100000"), 11, RiskLevel.HIGH)
                .tierId())
        .isNull();
  }

  @Test
  void when_no_tier_matches_the_project_still_qualifies_and_the_pmo_chooses() {
    List<Rule> onlyBig =
        List.of(new Rule(1, 1, "Big", MatchMode.ANY, new BigDecimal("1000000"), null, null, null));

    Classification result =
        TierClassifier.classify(CRITERIA, onlyBig, new BigDecimal("60000"), 6, RiskLevel.LOW);

    assertThat(result.qualifiesAsProject()).isTrue();
    assertThat(result.tierId()).isNull();
    assertThat(result.reasons())
        .last()
        .isEqualTo("No tier's rule matches; the PMO chooses the tier.");
  }

  @Test
  void an_unknown_budget_or_risk_never_meets_a_condition() {
    Classification result = classify(null, 4, null);

    assertThat(result.qualifiesAsProject()).isTrue();
    assertThat(result.tierName()).isEqualTo("Small");
  }

  @ParameterizedTest(name = "{0} .. {1} = {2} months")
  @CsvSource({
    "2027-01-01, 2027-12-31, 12",
    "2027-01-15, 2027-07-14, 6",
    "2027-01-15, 2027-07-13, 5",
    "2027-03-01, 2027-03-01, 0",
    "2027-01-01, 2028-06-30, 18",
  })
  void the_duration_counts_whole_months_with_both_days_included(
      LocalDate start, LocalDate finish, int months) {
    assertThat(TierClassifier.durationMonths(start, finish)).isEqualTo(months);
  }

  @Test
  void a_finish_before_the_start_has_no_duration() {
    assertThat(TierClassifier.durationMonths(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1)))
        .isNull();
  }
}

package org.cairnpmo.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.weighting.AhpResult;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class CriteriaSetRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private static CriteriaSetData.Criterion criterion(String name, String weight) {
    return new CriteriaSetData.Criterion(
        null, name, null, 1, 5, weight == null ? null : new BigDecimal(weight));
  }

  /** A set as if stored: criteria get ids 101, 102, ... */
  static CriteriaSet stored(WeightingMethod weighting, CriteriaSetData.Criterion... criteria) {
    CriteriaSet set =
        CriteriaSet.define(
            new CriteriaSetData("Drivers", null, weighting, List.of(criteria), null), "pmo", NOW);
    ReflectionTestUtils.setField(set, "id", 1L);
    long id = 101;
    for (Criterion c : set.orderedCriteria()) {
      ReflectionTestUtils.setField(c, "id", id++);
    }
    return set;
  }

  private static JudgementsData.Judgement j(long a, long b, double value) {
    return new JudgementsData.Judgement(a, b, value);
  }

  @Test
  void direct_weights_are_normalised_to_100_percent() {
    CriteriaSet set =
        stored(
            WeightingMethod.DIRECT,
            criterion("Value", "50"),
            criterion("Risk", "30"),
            criterion("Fit", "20"));
    Map<Long, Double> weights = set.weights().orElseThrow();
    assertThat(weights.values()).containsExactly(0.5, 0.3, 0.2);
  }

  @Test
  void pairwise_judgements_give_ahp_weights_and_a_consistency_ratio() {
    // Consistent judgements: A = 2B = 4C, so the weights are 4/7, 2/7, 1/7 and CR = 0.
    CriteriaSet set =
        stored(
            WeightingMethod.PAIRWISE,
            criterion("A", null),
            criterion("B", null),
            criterion("C", null));
    set.judge(List.of(j(101, 102, 2), j(101, 103, 4), j(103, 102, 0.5)), "pmo", NOW);
    AhpResult ahp = set.analysis().orElseThrow();
    assertThat(ahp.consistencyRatio()).isCloseTo(0, within(1e-9));
    assertThat(ahp.lambdaMax()).isCloseTo(3, within(1e-9));
    assertThat(set.weights().orElseThrow().get(101L)).isCloseTo(4.0 / 7, within(1e-9));
    assertThat(set.weights().orElseThrow().get(103L)).isCloseTo(1.0 / 7, within(1e-9));
    assertThat(set.judgement(102, 103)).contains(2.0);
  }

  @Test
  void inconsistent_judgements_are_flagged_with_the_pair_to_revise_and_block_activation() {
    CriteriaSet set =
        stored(
            WeightingMethod.PAIRWISE,
            criterion("A", null),
            criterion("B", null),
            criterion("C", null),
            criterion("D", null));
    // A > B > C > D consistently, except D judged far above A.
    set.judge(
        List.of(
            j(101, 102, 2),
            j(101, 103, 4),
            j(101, 104, 1.0 / 8),
            j(102, 103, 2),
            j(102, 104, 4),
            j(103, 104, 2)),
        "pmo",
        NOW);
    AhpResult ahp = set.analysis().orElseThrow();
    assertThat(ahp.isConsistent()).isFalse();
    assertThat(ahp.suggestedRevision()).isPresent();
    assertThat(ahp.suggestedRevision().get().row()).isEqualTo(0);
    assertThat(ahp.suggestedRevision().get().column()).isEqualTo(3);
    assertThat(ahp.suggestedRevision().get().suggestedValue()).isEqualTo(8.0);
    assertThatThrownBy(() -> set.activate("pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("inconsistent");
  }

  @Test
  void judgements_must_be_on_saatys_scale_between_criteria_of_the_set() {
    CriteriaSet set = stored(WeightingMethod.PAIRWISE, criterion("A", null), criterion("B", null));
    assertThatThrownBy(() -> set.judge(List.of(j(101, 102, 12)), "pmo", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Saaty");
    assertThatThrownBy(() -> set.judge(List.of(j(101, 999, 3)), "pmo", NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> set.judge(List.of(j(101, 102, 3), j(102, 101, 3)), "pmo", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("already judged");
  }

  @Test
  void a_set_without_complete_weights_cannot_become_active() {
    CriteriaSet direct = stored(WeightingMethod.DIRECT, criterion("A", "0"), criterion("B", "0"));
    assertThatThrownBy(() -> direct.activate("pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("weights");
    CriteriaSet pairwise =
        stored(
            WeightingMethod.PAIRWISE,
            criterion("A", null),
            criterion("B", null),
            criterion("C", null));
    pairwise.judge(List.of(j(101, 102, 3)), "pmo", NOW);
    assertThat(pairwise.weights()).isEmpty();
    assertThatThrownBy(() -> pairwise.activate("pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("every pair");
  }

  @Test
  void activating_makes_the_set_active_and_retiring_frees_the_slot() {
    CriteriaSet set = stored(WeightingMethod.DIRECT, criterion("A", "1"));
    set.activate("pmo", NOW);
    assertThat(set.getStatus()).isEqualTo(CriteriaSetStatus.ACTIVE);
    assertThat(ReflectionTestUtils.getField(set, "activeSlot")).isEqualTo(1);
    assertThatThrownBy(() -> set.activate("pmo", NOW)).isInstanceOf(BusinessRuleException.class);
    set.retire("pmo", NOW);
    assertThat(set.getStatus()).isEqualTo(CriteriaSetStatus.RETIRED);
    assertThat(ReflectionTestUtils.getField(set, "activeSlot")).isNull();
  }

  @Test
  void a_set_used_for_scoring_is_frozen() {
    CriteriaSet set = stored(WeightingMethod.PAIRWISE, criterion("A", null), criterion("B", null));
    set.judge(List.of(j(101, 102, 3)), "pmo", NOW);
    set.freeze();
    assertThatThrownBy(() -> set.revise(set.toData(), "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("Copy it");
    assertThatThrownBy(() -> set.judge(List.of(j(101, 102, 5)), "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class);
    assertThat(set.isEditable()).isFalse();
  }

  @Test
  void a_copy_is_an_editable_draft_with_the_same_criteria_and_judgements() {
    CriteriaSet source =
        stored(WeightingMethod.PAIRWISE, criterion("A", null), criterion("B", null));
    source.judge(List.of(j(102, 101, 3)), "pmo", NOW);
    source.freeze();
    CriteriaSet copy = source.copy("Drivers (copy)", "pmo", NOW);
    long id = 201;
    for (Criterion c : copy.orderedCriteria()) {
      ReflectionTestUtils.setField(c, "id", id++);
    }
    copy.copyJudgementsFrom(source);
    assertThat(copy.getStatus()).isEqualTo(CriteriaSetStatus.DRAFT);
    assertThat(copy.isEditable()).isTrue();
    assertThat(copy.getCopiedFromId()).isEqualTo(1L);
    assertThat(copy.judgement(202, 201)).contains(3.0);
    assertThat(copy.weights().orElseThrow().get(202L)).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void removing_a_criterion_drops_its_judgements() {
    CriteriaSet set =
        stored(
            WeightingMethod.PAIRWISE,
            criterion("A", null),
            criterion("B", null),
            criterion("C", null));
    set.judge(List.of(j(101, 102, 3), j(101, 103, 5), j(102, 103, 2)), "pmo", NOW);
    List<CriteriaSetData.Criterion> kept = new ArrayList<>(set.toData().criteria());
    kept.remove(1); // B
    set.revise(
        new CriteriaSetData("Drivers", null, WeightingMethod.PAIRWISE, kept, null), "pmo", NOW);
    assertThat(set.getJudgements()).hasSize(1);
    assertThat(set.weights().orElseThrow().get(101L)).isCloseTo(5.0 / 6, within(1e-9));
  }

  @Test
  void criteria_need_distinct_names_and_a_real_scale() {
    assertThatThrownBy(
            () ->
                CriteriaSet.define(
                    new CriteriaSetData(
                        "Drivers",
                        null,
                        WeightingMethod.DIRECT,
                        List.of(
                            criterion("Value", "1"),
                            criterion("value", "1"),
                            new CriteriaSetData.Criterion(null, "Risk", null, 5, 5, null)),
                        null),
                    "pmo",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("criteria[1].name", "criteria[2].scaleMax"));
  }
}

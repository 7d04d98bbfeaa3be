package org.cairnpmo.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCaseTest {

  private static List<BigDecimal> amounts(long... values) {
    return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
  }

  // Capex 100,000 now; opex 5,000 and benefits 35,000 in each of years 1-4; 10 %.
  // Net flows: -100,000, 30,000 x 4 — the annuity exercise of CashFlowsTest, so by hand:
  //   NPV = -4,904.04; IRR = 7.714 %; payback = 3 + 10,000/30,000 = 3.333 years;
  //   discounted payback: never, 4,904.04 short.
  //   Total costs = 100,000 + 4 x 5,000 = 120,000; total benefits = 4 x 35,000 = 140,000;
  //   ROI = (140,000 - 120,000) / 120,000 = 0.16667.
  private final BusinessCase itSystem =
      new BusinessCase(
          amounts(100_000),
          amounts(0, 5_000, 5_000, 5_000, 5_000),
          amounts(0, 35_000, 35_000, 35_000, 35_000),
          new BigDecimal("0.10"));

  @Test
  void evaluatesEveryFigureFromTheSameNetFlows() {
    BusinessCaseEvaluation result = itSystem.evaluate();

    assertThat(result.netCashFlows().amounts())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyElementsOf(amounts(-100_000, 30_000, 30_000, 30_000, 30_000));
    assertThat(result.totalCosts()).isEqualByComparingTo("120000");
    assertThat(result.totalBenefits()).isEqualByComparingTo("140000");
    assertThat(result.npv()).isCloseTo(new BigDecimal("-4904.04"), within(new BigDecimal("0.005")));
    assertThat(result.irrClosestToDiscountRate())
        .hasValueSatisfying(
            irr ->
                assertThat(irr)
                    .isCloseTo(new BigDecimal("0.07714"), within(new BigDecimal("0.00001"))));
    assertThat(result.payback().periodsToPayback())
        .hasValueSatisfying(
            years ->
                assertThat(years)
                    .isCloseTo(new BigDecimal("3.33333"), within(new BigDecimal("0.00001"))));
    assertThat(result.discountedPayback()).isInstanceOf(Payback.NeverPaysBack.class);
    assertThat(result.roi())
        .hasValueSatisfying(
            roi ->
                assertThat(roi)
                    .isCloseTo(new BigDecimal("0.166667"), within(new BigDecimal("0.000001"))));
  }

  @Test
  void listsOfDifferentLengthsCountMissingPeriodsAsZero() {
    BusinessCase shortLists =
        new BusinessCase(amounts(1_000), List.of(), amounts(0, 0, 1_210), new BigDecimal("0.10"));

    assertThat(shortLists.periods()).isEqualTo(3);
    // -1,000 + 1,210 / 1.21 = 0
    assertThat(shortLists.evaluate().npv()).isEqualByComparingTo("0");
  }

  @Test
  void roiIsUndefinedWithoutCosts() {
    BusinessCase freeLunch =
        new BusinessCase(List.of(), List.of(), amounts(0, 500), new BigDecimal("0.05"));

    BusinessCaseEvaluation result = freeLunch.evaluate();
    assertThat(result.roi()).isEmpty();
    assertThat(result.irr()).isEqualTo(new IrrResult.None(IrrResult.Reason.NO_SIGN_CHANGE));
    assertThat(result.payback()).isEqualTo(new Payback.PaysBack(BigDecimal.ZERO));
  }

  @Test
  void costsAndBenefitsAreEnteredAsPositiveAmounts() {
    assertThatThrownBy(
            () ->
                new BusinessCase(
                    amounts(100, -5), List.of(), amounts(0, 200), new BigDecimal("0.10")))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("capex[1] is negative");
  }

  @Test
  void aBusinessCaseNeedsAPeriodAndASensibleRate() {
    assertThatThrownBy(() -> new BusinessCase(List.of(), List.of(), List.of(), BigDecimal.ZERO))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("at least one period");
    assertThatThrownBy(
            () -> new BusinessCase(amounts(1), List.of(), List.of(), new BigDecimal("-1.5")))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("discount rate");
  }

  @Test
  void roiOnItsOwn() {
    // (150 - 120) / 120 = 0.25
    assertThat(Roi.of(new BigDecimal("150"), new BigDecimal("120")))
        .hasValueSatisfying(roi -> assertThat(roi).isEqualByComparingTo("0.25"));
  }
}

package org.cairnpmo.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashFlowsTest {

  private static CashFlows flows(long... amounts) {
    return new CashFlows(Arrays.stream(amounts).mapToObj(BigDecimal::valueOf).toList());
  }

  private static BigDecimal rate(String value) {
    return new BigDecimal(value);
  }

  @Test
  void npvOfAFourYearAnnuityAtTenPercent() {
    // Textbook annuity exercise: invest 100,000 now, receive 30,000 at the end of years 1-4, 10 %.
    // By hand: 30,000/1.1 + 30,000/1.21 + 30,000/1.331 + 30,000/1.4641
    //        = 27,272.73 + 24,793.39 + 22,539.44 + 20,490.40 = 95,095.96
    // NPV = 95,095.96 - 100,000 = -4,904.04
    assertThat(flows(-100_000, 30_000, 30_000, 30_000, 30_000).npv(rate("0.10")))
        .isCloseTo(new BigDecimal("-4904.04"), within(new BigDecimal("0.005")));
  }

  @Test
  void npvMatchesMicrosoftExcelNpvExamples() {
    // Microsoft Support, "NPV function", example 1: rate 10 %, -10,000 one year from today, then
    // 3,000, 4,200, 6,800 -> 1,188.44. Excel discounts its first value by one period, so here
    // period 0 is 0. By hand: -10,000/1.1 + 3,000/1.21 + 4,200/1.331 + 6,800/1.4641
    //   = -9,090.91 + 2,479.34 + 3,155.52 + 4,644.49 = 1,188.44
    assertThat(flows(0, -10_000, 3_000, 4_200, 6_800).npv(rate("0.10")))
        .isCloseTo(new BigDecimal("1188.44"), within(new BigDecimal("0.005")));
    // Example 2: rate 8 %, -40,000 now, then 8,000, 9,200, 10,000, 12,000, 14,500 -> 1,922.06;
    // with a loss of 9,000 in year 6 -> -3,749.47.
    // By hand: 7,407.41 + 7,887.52 + 7,938.32 + 8,820.36 + 9,868.46 = 41,922.07 (41,922.06
    // unrounded) - 40,000; and -9,000/1.08^6 = -9,000/1.586874 = -5,671.53 more.
    assertThat(flows(-40_000, 8_000, 9_200, 10_000, 12_000, 14_500).npv(rate("0.08")))
        .isCloseTo(new BigDecimal("1922.06"), within(new BigDecimal("0.005")));
    assertThat(flows(-40_000, 8_000, 9_200, 10_000, 12_000, 14_500, -9_000).npv(rate("0.08")))
        .isCloseTo(new BigDecimal("-3749.47"), within(new BigDecimal("0.005")));
  }

  @Test
  void npvAtZeroRateIsTheUndiscountedTotal() {
    CashFlows flows = flows(-100, 39, 59, 55, 20);
    assertThat(flows.npv(BigDecimal.ZERO)).isEqualByComparingTo("73");
    assertThat(flows.total()).isEqualByComparingTo("73");
  }

  @Test
  void discountedFlowsAreEachFlowsPresentValue() {
    // 121 two periods ahead at 10 % is worth 121 / 1.21 = 100 today.
    assertThat(flows(-50, 0, 121).discounted(rate("0.10")).amounts())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("-50"), BigDecimal.ZERO, new BigDecimal("100"));
  }

  @Test
  void irrOfAnIrregularSeries() {
    // -100, 39, 59, 55, 20 -> IRR 28.09 %. By hand, at r = 0.2809 the discount factors are
    // 1.2809, 1.6407, 2.1016, 2.6919, so 39/1.2809 + 59/1.6407 + 55/2.1016 + 20/2.6919
    // = 30.447 + 35.960 + 26.171 + 7.430 = 100.008, i.e. NPV is 0 to within rounding.
    IrrResult irr = flows(-100, 39, 59, 55, 20).irr();

    assertThat(irr).isInstanceOf(IrrResult.Unique.class);
    assertThat(((IrrResult.Unique) irr).rate())
        .isCloseTo(new BigDecimal("0.2809"), within(new BigDecimal("0.00005")));
  }

  @Test
  void irrMatchesMicrosoftExcelIrrExamples() {
    // Microsoft Support, "IRR function": a business costing 70,000 with net income 12,000,
    // 15,000, 18,000, 21,000, 26,000: IRR after five years 8.7 %, after four years -2.1 %,
    // after two years -44.4 % (Excel needs a guess for that one; the scan here does not).
    // Check of the first by hand: at 8.66 % the incomes discount to 11,043.6 + 12,704.3
    // + 14,030.2 + 15,064.0 + 17,164.3 = 70,006, i.e. 70,000 to within the rounding of 8.66 %.
    assertThat(uniqueRate(flows(-70_000, 12_000, 15_000, 18_000, 21_000, 26_000)))
        .isCloseTo(new BigDecimal("0.087"), within(new BigDecimal("0.0005")));
    assertThat(uniqueRate(flows(-70_000, 12_000, 15_000, 18_000, 21_000)))
        .isCloseTo(new BigDecimal("-0.021"), within(new BigDecimal("0.0005")));
    assertThat(uniqueRate(flows(-70_000, 12_000, 15_000)))
        .isCloseTo(new BigDecimal("-0.444"), within(new BigDecimal("0.0005")));
  }

  @Test
  void irrOfAFourYearAnnuity() {
    // -100,000 then 30,000 for 4 years: the IRR is the rate whose 4-year annuity factor is
    // 100,000 / 30,000 = 3.3333. By hand at 7.714 %: 0.92839 + 0.86190 + 0.80018 + 0.74287
    // = 3.33334.
    assertThat(uniqueRate(flows(-100_000, 30_000, 30_000, 30_000, 30_000)))
        .isCloseTo(new BigDecimal("0.07714"), within(new BigDecimal("0.00001")));
  }

  @Test
  void irrIgnoresLeadingAndInterveningZeroFlows() {
    // -100 at period 1 and 121 at period 3: 100 (1 + r)^2 = 121, so r = 10 % exactly.
    assertThat(uniqueRate(flows(0, -100, 0, 121)))
        .isCloseTo(new BigDecimal("0.1"), within(new BigDecimal("1e-9")));
  }

  @Test
  void irrOverManyPeriodsDoesNotOverflow() {
    // Lend 1,000,000 and get 14,347 back monthly for 10 years: the annuity factor at 1 % for 120
    // months is (1 - 1.01^-120) / 0.01 = (1 - 0.302995) / 0.01 = 69.7005, and
    // 1,000,000 / 69.7005 = 14,347.1, so the monthly IRR is 1 %.
    long[] loan = new long[121];
    loan[0] = -1_000_000;
    Arrays.fill(loan, 1, 121, 14_347);
    assertThat(uniqueRate(flows(loan))).isCloseTo(rate("0.01"), within(rate("0.00001")));
  }

  @Test
  void extremeIrrsAreStillBracketed() {
    // -1 now, 1,000,000,000 in a period: 1 + r = 1,000,000,000.
    assertThat(uniqueRate(flows(-1, 1_000_000_000)))
        .isCloseTo(rate("999999999"), within(rate("0.001")));
    // -1,000,000,000 now, 1 back: 1 + r = 1e-9, a loss of almost everything.
    assertThat(uniqueRate(flows(-1_000_000_000, 1)))
        .isCloseTo(rate("-0.999999999"), within(rate("1e-10")));
  }

  @Test
  void noIrrWhenAllFlowsHaveTheSameSign() {
    IrrResult allCosts = flows(-100, -50, -20).irr();
    IrrResult allBenefits = flows(0, 50, 20).irr();

    assertThat(allCosts).isEqualTo(new IrrResult.None(IrrResult.Reason.NO_SIGN_CHANGE));
    assertThat(allBenefits).isEqualTo(new IrrResult.None(IrrResult.Reason.NO_SIGN_CHANGE));
    assertThat(((IrrResult.None) allCosts).explanation()).contains("never change sign");
    assertThat(allCosts.closestTo(rate("0.1"))).isEmpty();
  }

  @Test
  void noIrrWhenAllFlowsAreZero() {
    assertThat(flows(0, 0, 0).irr()).isEqualTo(new IrrResult.None(IrrResult.Reason.ALL_FLOWS_ZERO));
  }

  @Test
  void noIrrWhenFlowsChangeSignButNpvNeverReachesZero() {
    // -100, 50, -100: with x = 1/(1 + r), NPV = -100 + 50x - 100x^2, whose discriminant
    // 50^2 - 4 * 100 * 100 = -37,500 is negative: NPV < 0 at every rate.
    assertThat(flows(-100, 50, -100).irr())
        .isEqualTo(new IrrResult.None(IrrResult.Reason.NPV_NEVER_ZERO));
  }

  @Test
  void multipleIrrsAreAllReportedAndTheOneNearestTheDiscountRateCanBeChosen() {
    // -100, 230, -132: with x = 1/(1 + r), -132x^2 + 230x - 100 = 0 gives
    // x = (230 -+ sqrt(52,900 - 52,800)) / 264 = 220/264 or 240/264, i.e. r = 20 % or 10 %.
    IrrResult irr = flows(-100, 230, -132).irr();

    assertThat(irr).isInstanceOf(IrrResult.Multiple.class);
    assertThat(((IrrResult.Multiple) irr).rates())
        .hasSize(2)
        .satisfiesExactly(
            low -> assertThat(low).isCloseTo(rate("0.10"), within(rate("1e-9"))),
            high -> assertThat(high).isCloseTo(rate("0.20"), within(rate("1e-9"))));
    assertThat(irr.closestTo(rate("0.12")).orElseThrow())
        .isCloseTo(rate("0.10"), within(rate("1e-9")));
    assertThat(irr.closestTo(rate("0.18")).orElseThrow())
        .isCloseTo(rate("0.20"), within(rate("1e-9")));
    // Exactly between the two, the lower rate is quoted, the conservative choice.
    assertThat(irr.closestTo(rate("0.15")).orElseThrow())
        .isCloseTo(rate("0.10"), within(rate("1e-9")));
  }

  @Test
  void irrsBelowZeroAreFoundToo() {
    // -100, 150, -10: -10x^2 + 150x - 100 = 0 gives x = (150 -+ sqrt(18,500)) / 20
    // = 0.699265 or 14.300735, i.e. r = 1/x - 1 = 43.007 % or -93.007 %.
    IrrResult irr = flows(-100, 150, -10).irr();

    assertThat(((IrrResult.Multiple) irr).rates())
        .satisfiesExactly(
            low -> assertThat(low).isCloseTo(rate("-0.930074"), within(rate("0.000001"))),
            high -> assertThat(high).isCloseTo(rate("0.430074"), within(rate("0.000001"))));
  }

  @Test
  void simplePaybackInterpolatesWithinThePeriod() {
    // Cumulative: -100,000, -70,000, -40,000, -10,000, +20,000. Recovered during year 4:
    // 3 + 10,000 / 30,000 = 3.3333 years.
    assertThat(flows(-100_000, 30_000, 30_000, 30_000, 30_000).payback().periodsToPayback())
        .hasValueSatisfying(
            years -> assertThat(years).isCloseTo(rate("3.33333"), within(rate("0.00001"))));
  }

  @Test
  void paybackExactlyAtAPeriodEndIsAWholeNumber() {
    assertThat(flows(-100, 50, 50).payback()).isEqualTo(new Payback.PaysBack(rate("2")));
  }

  @Test
  void discountedPaybackOnlyCountsPresentValues() {
    // At 10 % the same flows discount to -100,000, 27,272.73, 24,793.39, 22,539.44, 20,490.40:
    // cumulative -4,904.04 after year 4, so they never pay back and the shortfall is -NPV.
    Payback fourYears =
        flows(-100_000, 30_000, 30_000, 30_000, 30_000).discountedPayback(rate("0.10"));
    assertThat(fourYears).isInstanceOf(Payback.NeverPaysBack.class);
    assertThat(((Payback.NeverPaysBack) fourYears).shortfall())
        .isCloseTo(rate("4904.04"), within(rate("0.005")));
    assertThat(fourYears.periodsToPayback()).isEmpty();

    // A fifth year of 30,000 is worth 30,000 / 1.61051 = 18,627.64 today:
    // 4 + 4,904.04 / 18,627.64 = 4.2633 years.
    Payback fiveYears =
        flows(-100_000, 30_000, 30_000, 30_000, 30_000, 30_000).discountedPayback(rate("0.10"));
    assertThat(fiveYears.periodsToPayback())
        .hasValueSatisfying(
            years -> assertThat(years).isCloseTo(rate("4.2633"), within(rate("0.0001"))));
  }

  @Test
  void flowsThatNeverRecoverSayHowMuchIsMissing() {
    assertThat(flows(-1_000, 100, 100).payback()).isEqualTo(new Payback.NeverPaysBack(rate("800")));
  }

  @Test
  void nothingToPayBackWithoutAnOutlay() {
    assertThat(flows(0, 100, 100).payback()).isEqualTo(new Payback.PaysBack(BigDecimal.ZERO));
  }

  @Test
  void paybackIsTheFirstRecoveryEvenIfCashDipsAgainLater() {
    // Cumulative -100, +50, -150, +150: first recovered during period 1, at 100/150.
    assertThat(flows(-100, 150, -200, 300).payback().periodsToPayback())
        .hasValueSatisfying(
            periods -> assertThat(periods).isCloseTo(rate("0.666667"), within(rate("0.000001"))));
  }

  @Test
  void invalidInputIsRejectedWithATypedException() {
    assertThatThrownBy(() -> new CashFlows(List.of()))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("at least one period");
    assertThatThrownBy(() -> new CashFlows(Arrays.asList(BigDecimal.ONE, null)))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("cash flow[1]");
    assertThatThrownBy(() -> flows(-100, 110).npv(rate("-1")))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("greater than -1");
  }

  private static BigDecimal uniqueRate(CashFlows flows) {
    IrrResult irr = flows.irr();
    assertThat(irr).isInstanceOf(IrrResult.Unique.class);
    return ((IrrResult.Unique) irr).rate();
  }
}

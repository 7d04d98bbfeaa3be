package org.cairnpmo.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarnedValueCurveTest {

  private static List<BigDecimal> amounts(long... values) {
    return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
  }

  // Per-period amounts chosen so that period 2 is the PMP example (PV 5,000, EV 4,000, AC 4,500):
  //   planned 1,000 1,500 2,500 2,500 2,500 -> cumulative 1,000 2,500 5,000 7,500 10,000 = BAC
  //   earned    800 1,200 2,000             -> cumulative   800 2,000 4,000
  //   actual  1,000 1,400 2,100             -> cumulative 1,000 2,400 4,500
  //   SPI = 800/1,000, 2,000/2,500, 4,000/5,000 = 0.8, 0.8, 0.8
  //   CPI = 800/1,000, 2,000/2,400, 4,000/4,500 = 0.8, 0.8333, 0.8889
  private final EarnedValueCurve curve =
      EarnedValueCurve.of(
          amounts(1_000, 1_500, 2_500, 2_500, 2_500),
          amounts(800, 1_200, 2_000),
          amounts(1_000, 1_400, 2_100));

  @Test
  void cumulativeCurvesAndIndicesByPeriod() {
    assertThat(curve.bac()).isEqualByComparingTo("10000");
    assertThat(curve.points()).hasSize(5);
    assertThat(curve.points().stream().map(SCurvePoint::pv).toList())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyElementsOf(amounts(1_000, 2_500, 5_000, 7_500, 10_000));

    SCurvePoint second = curve.points().get(1);
    assertThat(second.ev()).hasValueSatisfying(ev -> assertThat(ev).isEqualByComparingTo("2000"));
    assertThat(second.ac()).hasValueSatisfying(ac -> assertThat(ac).isEqualByComparingTo("2400"));
    assertThat(second.spi()).hasValueSatisfying(spi -> assertThat(spi).isEqualByComparingTo("0.8"));
    assertThat(second.cpi())
        .hasValueSatisfying(
            cpi ->
                assertThat(cpi)
                    .isCloseTo(
                        new BigDecimal("0.833333333333333"), within(new BigDecimal("1e-12"))));
  }

  @Test
  void periodsAfterTheStatusDateCarryOnlyThePlan() {
    SCurvePoint future = curve.points().get(3);

    assertThat(future.reported()).isFalse();
    assertThat(future.ev()).isEmpty();
    assertThat(future.ac()).isEmpty();
    assertThat(future.spi()).isEmpty();
    assertThat(future.cpi()).isEmpty();
    assertThat(curve.statusAt(3)).isEmpty();
  }

  @Test
  void latestStatusIsTheSnapshotAtTheLastReportedPeriod() {
    assertThat(curve.latestStatus())
        .contains(
            new EarnedValueSnapshot(
                new BigDecimal("10000"),
                new BigDecimal("5000"),
                new BigDecimal("4000"),
                new BigDecimal("4500")));
  }

  @Test
  void aLateProjectKeepsPlannedValueAtBudgetAfterThePlannedEnd() {
    EarnedValueCurve late =
        EarnedValueCurve.of(amounts(500, 500), amounts(300, 300, 400), amounts(400, 400, 300));

    SCurvePoint overrun = late.points().get(2);
    assertThat(late.points()).hasSize(3);
    assertThat(overrun.pv()).isEqualByComparingTo("1000");
    assertThat(overrun.spi()).hasValueSatisfying(spi -> assertThat(spi).isEqualByComparingTo("1"));
  }

  @Test
  void aFirstPeriodWithNothingPlannedOrSpentHasNoIndices() {
    EarnedValueCurve slowStart = EarnedValueCurve.of(amounts(0, 100), amounts(0), amounts(0));

    assertThat(slowStart.points().get(0).spi()).isEmpty();
    assertThat(slowStart.points().get(0).cpi()).isEmpty();
  }

  @Test
  void earnedAndActualMustCoverTheSamePeriods() {
    assertThatThrownBy(() -> EarnedValueCurve.of(amounts(100), amounts(50, 50), amounts(40)))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("same periods");
  }

  @Test
  void correctionsMayNotMakeCumulativeValuesNegative() {
    assertThatThrownBy(
            () -> EarnedValueCurve.of(amounts(100, 100), amounts(10, -20), amounts(5, 5)))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("period 1");
  }
}

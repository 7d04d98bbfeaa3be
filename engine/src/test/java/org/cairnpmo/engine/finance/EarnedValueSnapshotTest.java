package org.cairnpmo.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EarnedValueSnapshotTest {

  private static final BigDecimal TOLERANCE = new BigDecimal("1e-12");

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static EarnedValueSnapshot status(String bac, String pv, String ev, String ac) {
    return new EarnedValueSnapshot(d(bac), d(pv), d(ev), d(ac));
  }

  // The classic PMP exam-preparation EVM exercise: BAC 10,000, PV 5,000, EV 4,000, AC 4,500.
  // Expected by hand:
  //   SV = 4,000 - 5,000 = -1,000          CV = 4,000 - 4,500 = -500
  //   SPI = 4,000 / 5,000 = 0.8            CPI = 4,000 / 4,500 = 0.8889
  //   EAC = BAC / CPI = 10,000 / (8/9) = 11,250;  ETC = 11,250 - 4,500 = 6,750
  //   VAC = 10,000 - 11,250 = -1,250
  //   TCPI(BAC) = (10,000 - 4,000) / (10,000 - 4,500) = 6,000 / 5,500 = 1.0909
  //   TCPI(EAC) = 6,000 / (11,250 - 4,500) = 6,000 / 6,750 = 0.8889 (= CPI, as it must be)
  private final EarnedValueSnapshot pmpExample = status("10000", "5000", "4000", "4500");

  @Test
  void variancesAndIndicesOfThePmpExample() {
    assertThat(pmpExample.sv()).isEqualByComparingTo("-1000");
    assertThat(pmpExample.cv()).isEqualByComparingTo("-500");
    assertThat(pmpExample.spi())
        .hasValueSatisfying(spi -> assertThat(spi).isEqualByComparingTo("0.8"));
    assertThat(pmpExample.cpi())
        .hasValueSatisfying(
            cpi -> assertThat(cpi).isCloseTo(d("0.888888888888889"), within(TOLERANCE)));
    assertThat(pmpExample.tcpiToBac())
        .hasValueSatisfying(
            tcpi -> assertThat(tcpi).isCloseTo(d("1.09090909090909"), within(TOLERANCE)));
  }

  @Test
  void forecastAtCurrentCostEfficiencyOfThePmpExample() {
    EacForecast forecast = pmpExample.forecast(EacMethod.BAC_OVER_CPI);

    assertThat(forecast.method()).isEqualTo(EacMethod.BAC_OVER_CPI);
    assertThat(forecast.eac())
        .hasValueSatisfying(eac -> assertThat(eac).isEqualByComparingTo("11250"));
    assertThat(forecast.etc())
        .hasValueSatisfying(etc -> assertThat(etc).isEqualByComparingTo("6750"));
    assertThat(forecast.vac())
        .hasValueSatisfying(vac -> assertThat(vac).isEqualByComparingTo("-1250"));
    assertThat(forecast.tcpiToEac())
        .hasValueSatisfying(
            tcpi -> assertThat(tcpi).isCloseTo(d("0.888888888888889"), within(TOLERANCE)));
  }

  @Test
  void otherForecastMethodsOfThePmpExample() {
    // AC + (BAC - EV) = 4,500 + 6,000 = 10,500; the rest at budget needs TCPI = 6,000/6,000 = 1.
    EacForecast atBudget = pmpExample.forecast(EacMethod.AC_PLUS_REMAINING_AT_BUDGET);
    assertThat(atBudget.eac())
        .hasValueSatisfying(eac -> assertThat(eac).isEqualByComparingTo("10500"));
    assertThat(atBudget.vac())
        .hasValueSatisfying(vac -> assertThat(vac).isEqualByComparingTo("-500"));
    assertThat(atBudget.tcpiToEac())
        .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("1"));

    // AC + (BAC - EV) / (CPI x SPI) = 4,500 + 6,000 / (0.8889 x 0.8) = 4,500 + 6,000 / 0.71111
    // = 4,500 + 8,437.5 = 12,937.5
    EacForecast atCpiSpi = pmpExample.forecast(EacMethod.AC_PLUS_REMAINING_AT_CPI_SPI);
    assertThat(atCpiSpi.eac())
        .hasValueSatisfying(eac -> assertThat(eac).isEqualByComparingTo("12937.5"));
    assertThat(atCpiSpi.etc())
        .hasValueSatisfying(etc -> assertThat(etc).isEqualByComparingTo("8437.5"));

    // AC + a bottom-up ETC of 7,000 = 11,500; TCPI = 6,000 / 7,000 = 0.857142...
    EacForecast bottomUp = pmpExample.forecastWithBottomUpEtc(d("7000"));
    assertThat(bottomUp.method()).isEqualTo(EacMethod.AC_PLUS_BOTTOM_UP_ETC);
    assertThat(bottomUp.eac())
        .hasValueSatisfying(eac -> assertThat(eac).isEqualByComparingTo("11500"));
    assertThat(bottomUp.tcpiToEac())
        .hasValueSatisfying(
            t -> assertThat(t).isCloseTo(d("0.857142857142857"), within(TOLERANCE)));
  }

  @Test
  void bottomUpForecastNeedsTheReEstimate() {
    assertThatThrownBy(() -> pmpExample.forecast(EacMethod.AC_PLUS_BOTTOM_UP_ETC))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("forecastWithBottomUpEtc");
  }

  @Test
  void aProjectThatHasNotStartedHasNoIndicesButNoErrorEither() {
    EarnedValueSnapshot notStarted = status("10000", "0", "0", "0");

    assertThat(notStarted.sv()).isEqualByComparingTo("0");
    assertThat(notStarted.cv()).isEqualByComparingTo("0");
    assertThat(notStarted.spi()).isEmpty();
    assertThat(notStarted.cpi()).isEmpty();
    assertThat(notStarted.tcpiToBac())
        .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("1"));
    EacForecast byCpi = notStarted.forecast(EacMethod.BAC_OVER_CPI);
    assertThat(byCpi.eac()).isEmpty();
    assertThat(byCpi.etc()).isEmpty();
    assertThat(byCpi.vac()).isEmpty();
    assertThat(byCpi.tcpiToEac()).isEmpty();
    assertThat(notStarted.forecast(EacMethod.AC_PLUS_REMAINING_AT_CPI_SPI).eac()).isEmpty();
    assertThat(notStarted.forecast(EacMethod.AC_PLUS_REMAINING_AT_BUDGET).eac())
        .hasValueSatisfying(eac -> assertThat(eac).isEqualByComparingTo("10000"));
  }

  @Test
  void spendingWithNothingEarnedGivesCpiZeroButNoCpiBasedForecast() {
    EarnedValueSnapshot nothingEarned = status("10000", "1000", "0", "800");

    assertThat(nothingEarned.cpi())
        .hasValueSatisfying(cpi -> assertThat(cpi).isEqualByComparingTo("0"));
    assertThat(nothingEarned.spi())
        .hasValueSatisfying(spi -> assertThat(spi).isEqualByComparingTo("0"));
    assertThat(nothingEarned.forecast(EacMethod.BAC_OVER_CPI).eac()).isEmpty();
    assertThat(nothingEarned.forecast(EacMethod.AC_PLUS_REMAINING_AT_CPI_SPI).eac()).isEmpty();
  }

  @Test
  void tcpiToBacIsUndefinedOnceTheBudgetIsExactlySpent() {
    assertThat(status("10000", "9000", "8000", "10000").tcpiToBac()).isEmpty();
  }

  @Test
  void negativeOrMissingMeasuresAreRejected() {
    assertThatThrownBy(() -> status("10000", "5000", "-1", "4500"))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("earned value (EV)");
    assertThatThrownBy(() -> new EarnedValueSnapshot(d("1"), null, d("1"), d("1")))
        .isInstanceOf(InvalidFinanceInputException.class)
        .hasMessageContaining("planned value (PV) is missing");
  }
}

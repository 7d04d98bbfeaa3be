package org.cairnpmo.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.portfolio.domain.ProposalData.BenefitLine;
import org.cairnpmo.portfolio.domain.ProposalData.CostLine;
import org.junit.jupiter.api.Test;

class BusinessCasesTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void a_yearly_business_case_has_npv_irr_payback_and_roi() {
    // Net flows −1000, 500, 500, 500 at 10 %: NPV = −1000 + 454.55 + 413.22 + 375.66 = 243.43
    BusinessCaseView bc =
        BusinessCases.evaluate(
            List.of(new CostLine("2027", d("1000"), null)),
            List.of(
                new BenefitLine("2028", d("500")),
                new BenefitLine("2029", d("500")),
                new BenefitLine("2030", d("500"))),
            d("10"),
            "EUR");
    assertThat(bc.available()).isTrue();
    assertThat(bc.periodUnit()).isEqualTo("YEAR");
    assertThat(bc.periods())
        .extracting(BusinessCaseView.PeriodRow::period)
        .containsExactly("2027", "2028", "2029", "2030");
    assertThat(bc.npv()).isEqualByComparingTo("243.43");
    assertThat(bc.irr().kind()).isEqualTo("UNIQUE");
    assertThat(bc.irr().ratePercent()).isEqualByComparingTo("23.38");
    assertThat(bc.payback().paysBack()).isTrue();
    assertThat(bc.payback().years()).isEqualByComparingTo("2.00");
    assertThat(bc.roiPercent()).isEqualByComparingTo("50.00");
    assertThat(bc.totalCosts()).isEqualByComparingTo("1000");
  }

  @Test
  void missing_periods_in_between_count_as_zero() {
    BusinessCaseView bc =
        BusinessCases.evaluate(
            List.of(new CostLine("2027", d("100"), null)),
            List.of(new BenefitLine("2030", d("200"))),
            BigDecimal.ZERO,
            "EUR");
    assertThat(bc.periods()).hasSize(4);
    assertThat(bc.periods().get(1).net()).isEqualByComparingTo("0");
    assertThat(bc.npv()).isEqualByComparingTo("100");
  }

  @Test
  void quarters_are_discounted_at_the_equivalent_quarterly_rate_and_irr_is_quoted_per_year() {
    // Four quarters at (1.1)^(1/4) − 1 discount a flow one year out exactly like 10 % a year.
    BusinessCaseView bc =
        BusinessCases.evaluate(
            List.of(new CostLine("2027-Q1", d("1000"), null)),
            List.of(new BenefitLine("2028-Q1", d("1100"))),
            d("10"),
            "EUR");
    assertThat(bc.periodUnit()).isEqualTo("QUARTER");
    assertThat(bc.periods()).hasSize(5);
    assertThat(bc.npv()).isEqualByComparingTo("0.00");
    assertThat(bc.irr().ratePercent()).isEqualByComparingTo("10.00");
    // Recovered during the fifth quarter: 3 + 1000/1100 quarters = 0.98 years.
    assertThat(bc.payback().years()).isEqualByComparingTo("0.98");
  }

  @Test
  void a_case_with_only_costs_says_there_is_no_irr_and_no_payback() {
    BusinessCaseView bc =
        BusinessCases.evaluate(
            List.of(new CostLine("2027", d("100"), d("20"))), List.of(), d("8"), "EUR");
    assertThat(bc.irr().kind()).isEqualTo("NONE");
    assertThat(bc.irr().explanation()).startsWith("There is no IRR:");
    assertThat(bc.payback().paysBack()).isFalse();
    assertThat(bc.payback().shortfall()).isEqualByComparingTo("120.00");
    assertThat(bc.roiPercent()).isEqualByComparingTo("-100.00");
  }

  @Test
  void flows_that_change_sign_twice_have_several_rates_of_return() {
    // −100, +230, −132: NPV is zero at 10 % and at 20 %.
    BusinessCaseView bc =
        BusinessCases.evaluate(
            List.of(new CostLine("2027", d("100"), null), new CostLine("2029", d("132"), null)),
            List.of(new BenefitLine("2028", d("230"))),
            d("12"),
            "EUR");
    assertThat(bc.irr().kind()).isEqualTo("MULTIPLE");
    assertThat(bc.irr().ratesPercent()).hasSize(2);
    assertThat(bc.irr().ratesPercent().get(0)).isEqualByComparingTo("10.00");
    assertThat(bc.irr().ratesPercent().get(1)).isEqualByComparingTo("20.00");
    assertThat(bc.irr().ratePercent()).isEqualByComparingTo("10.00");
  }

  @Test
  void nothing_entered_means_no_figures_with_a_reason() {
    BusinessCaseView bc = BusinessCases.evaluate(List.of(), List.of(), d("8"), "EUR");
    assertThat(bc.available()).isFalse();
    assertThat(bc.message()).contains("Enter costs and benefits");
  }

  @Test
  void periods_are_years_or_quarters_in_a_readable_range() {
    assertThat(PeriodLabel.parse("2027")).contains(new PeriodLabel(2027, 0));
    assertThat(PeriodLabel.parse("2027-Q3")).contains(new PeriodLabel(2027, 3));
    assertThat(PeriodLabel.parse("2027q4").map(PeriodLabel::label)).contains("2027-Q4");
    assertThat(PeriodLabel.parse("2027-Q5")).isEmpty();
    assertThat(PeriodLabel.parse("27")).isEmpty();
    assertThat(PeriodLabel.parse("9999")).isEmpty();
    assertThat(new PeriodLabel(2027, 4).next()).isEqualTo(new PeriodLabel(2028, 1));
    assertThat(new PeriodLabel(2027, 2).lastDay()).isEqualTo(java.time.LocalDate.of(2027, 6, 30));
  }
}

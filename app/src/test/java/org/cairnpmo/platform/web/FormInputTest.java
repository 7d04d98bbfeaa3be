package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** How the page forms read what a person typed into their text fields. */
class FormInputTest {

  private final List<FieldProblem> problems = new ArrayList<>();

  @Test
  void a_blank_field_reads_as_nothing_and_is_no_problem() {
    assertThat(FormInput.decimal("  ", "amount", "Enter an amount", problems)).isNull();
    assertThat(FormInput.integer(null, "rating", "From 1 to 5", problems)).isNull();
    assertThat(FormInput.id("", "PRO", "id", "Enter the id", problems)).isNull();
    assertThat(FormInput.date(" ", "start", problems)).isNull();
    assertThat(FormInput.trimmed("  ")).isNull();
    assertThat(problems).isEmpty();
  }

  @Test
  void amounts_take_thousands_separators_and_a_typo_is_named_by_its_field() {
    assertThat(FormInput.decimal(" 12,500.50 ", "amount", "Enter an amount", problems))
        .isEqualByComparingTo("12500.50");
    assertThat(FormInput.number("1 000_000")).isEqualByComparingTo("1000000");
    assertThat(FormInput.decimal("12 5OO", "costs[1].capex", "Enter an amount", problems)).isNull();
    assertThat(FormInput.integer("4.5", "risks[0].impact", "From 1 to 5", problems)).isNull();
    assertThat(FormInput.date("31/12/2027", "plannedStart", problems)).isNull();
    assertThat(problems)
        .containsExactly(
            new FieldProblem("costs[1].capex", "Enter an amount"),
            new FieldProblem("risks[0].impact", "From 1 to 5"),
            new FieldProblem("plannedStart", "Enter a date as YYYY-MM-DD."));
    assertThatThrownBy(() -> FormInput.refuseAny(problems))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(3));
  }

  @Test
  void ids_are_read_as_numbers_or_as_codes() {
    assertThat(FormInput.id("42", "PRO", "id", "Enter the id", problems)).isEqualTo(42L);
    assertThat(FormInput.id("pro-0042", "PRO", "id", "Enter the id", problems)).isEqualTo(42L);
    assertThat(FormInput.id("PRO0042", "PRO", "id", "Enter the id", problems)).isEqualTo(42L);
    assertThat(FormInput.id("SYN-1", "PRO", "id", "Enter the id", problems)).isNull();
    assertThat(problems).containsExactly(new FieldProblem("id", "Enter the id"));
  }

  @Test
  void a_text_area_gives_its_non_blank_lines_trimmed() {
    assertThat(FormInput.lines(" first \r\n\n  \nsecond\rthird "))
        .containsExactly("first", "second", "third");
    assertThat(FormInput.lines(null)).isEmpty();
  }

  @Test
  void a_select_falls_back_when_blank_or_unknown() {
    assertThat(
            FormInput.choice("SUCCESSFUL", HttpStatusSeries.class, HttpStatusSeries.INFORMATIONAL))
        .isEqualTo(HttpStatusSeries.SUCCESSFUL);
    assertThat(FormInput.choice("", HttpStatusSeries.class, HttpStatusSeries.INFORMATIONAL))
        .isEqualTo(HttpStatusSeries.INFORMATIONAL);
    assertThat(FormInput.choice("nonsense", HttpStatusSeries.class, HttpStatusSeries.INFORMATIONAL))
        .isEqualTo(HttpStatusSeries.INFORMATIONAL);
  }

  @Test
  void numbers_and_dates_are_shown_again_as_they_would_be_typed() {
    assertThat(FormInput.text(new BigDecimal("1.2E+5"))).isEqualTo("120000");
    assertThat(FormInput.text(new BigDecimal("8.50"))).isEqualTo("8.5");
    assertThat(FormInput.text(LocalDate.of(2027, 3, 1))).isEqualTo("2027-03-01");
    assertThat(FormInput.text((BigDecimal) null)).isNull();
  }

  private enum HttpStatusSeries {
    INFORMATIONAL,
    SUCCESSFUL
  }
}

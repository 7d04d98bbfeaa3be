package org.cairnpmo.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.resources.RaciData;
import org.cairnpmo.resources.RaciLetter;
import org.junit.jupiter.api.Test;

class RaciRulesTest {

  private static final List<RaciData.Column> COLUMNS =
      List.of(
          new RaciData.Column(1L, null),
          new RaciData.Column(2L, null),
          new RaciData.Column(null, 7L));
  private static final Map<Long, String> NAMES = Map.of(1L, "Ada", 2L, "Grace");

  private static RaciRules.Checked check(RaciData.Row... rows) {
    return RaciRules.check(
        new RaciData(COLUMNS, List.of(rows), 0L),
        c -> c.personId() != null ? NAMES.get(c.personId()) : "Architect",
        Map.of(40L, "Cut-over"));
  }

  @Test
  void a_row_with_two_accountable_is_refused_naming_the_row_and_who_holds_an_a() {
    assertThatThrownBy(() -> check(new RaciData.Row("Design", null, List.of("A", "A", "R"))))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              InvalidInputException.FieldProblem p = ((InvalidInputException) e).problems().get(0);
              assertThat(p.field()).isEqualTo("rows[0].cells");
              assertThat(p.message())
                  .contains("'Design' has 2 Accountable (Ada, Grace)")
                  .contains("exactly one Accountable");
            });
  }

  @Test
  void a_row_with_one_accountable_is_kept_with_one_letter_per_column() {
    RaciRules.Checked checked =
        check(
            new RaciData.Row(" Design ", null, List.of("r", "A", "")),
            new RaciData.Row("Test", null, List.of("C")));
    assertThat(checked.rows())
        .containsExactly(
            new RaciRowEntry("Design", null, "RA-"), new RaciRowEntry("Test", null, "C--"));
  }

  @Test
  void a_row_without_responsible_or_accountable_is_saved_and_flagged() {
    RaciRules.Checked checked = check(new RaciData.Row("Sign-off", null, List.of("C", "I", "")));
    RaciRowEntry row = checked.rows().get(0);
    assertThat(RaciRules.has(row, RaciLetter.A)).isFalse();
    assertThat(RaciRules.has(row, RaciLetter.R)).isFalse();
    assertThat(RaciRules.cells(row, 3)).containsExactly("C", "I", "");
  }

  @Test
  void a_plan_task_row_takes_the_tasks_name_and_must_be_in_the_plan() {
    assertThat(check(new RaciData.Row("", 40L, List.of("A", "R", ""))).rows().get(0).label())
        .isEqualTo("Cut-over");
    assertThatThrownBy(() -> check(new RaciData.Row("Gone", 41L, List.of())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not in the project's plan");
  }

  @Test
  void cells_other_than_r_a_c_i_and_repeated_columns_are_refused() {
    assertThatThrownBy(() -> check(new RaciData.Row("Design", null, List.of("X"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Use R, A, C or I");
    assertThatThrownBy(
            () ->
                RaciRules.check(
                    new RaciData(
                        List.of(new RaciData.Column(1L, null), new RaciData.Column(1L, null)),
                        List.of(),
                        0L),
                    c -> "Ada",
                    Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is a column already");
    assertThatThrownBy(
            () ->
                RaciRules.check(
                    new RaciData(List.of(new RaciData.Column(1L, 2L)), List.of(), 0L),
                    c -> "Ada",
                    Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("either a person or a role");
  }
}

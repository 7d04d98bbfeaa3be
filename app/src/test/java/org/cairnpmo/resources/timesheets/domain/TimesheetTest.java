package org.cairnpmo.resources.timesheets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A week's rules: Monday starts, hours per day, locking after approval, copying last week. */
class TimesheetTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
  private static final Instant NOW = Instant.parse("2027-03-05T17:00:00Z");

  private static List<BigDecimal> hours(String... days) {
    List<BigDecimal> list = new ArrayList<>();
    for (String d : days) {
      list.add(new BigDecimal(d));
    }
    return list;
  }

  private static LineData onProject(long projectId, String activity, String... days) {
    return new LineData(null, projectId, null, activity, hours(days));
  }

  private static List<TimesheetLine> lines(List<LineData> data) {
    return TimesheetRules.check(data, MONDAY).stream()
        .map(
            c ->
                TimesheetLine.of(c.projectId(), c.requestId(), c.taskId(), c.activity(), c.hours()))
        .toList();
  }

  private static Timesheet week(LineData... data) {
    Timesheet sheet = new Timesheet(7L, MONDAY, NOW);
    sheet.replaceLines(lines(List.of(data)), NOW);
    return sheet;
  }

  @Test
  void a_week_starts_on_a_monday() {
    assertThat(TimesheetRules.week(MONDAY)).isEqualTo(MONDAY);
    assertThatThrownBy(() -> TimesheetRules.week(MONDAY.plusDays(2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("A week starts on a Monday; 2027-03-03 is a Wednesday.");
  }

  @Test
  void a_person_works_at_most_24_hours_a_day_over_all_lines() {
    assertThat(lines(List.of(onProject(1, "Build", "16"), onProject(2, "Run", "8")))).hasSize(2);
    assertThatThrownBy(
            () ->
                TimesheetRules.check(
                    List.of(onProject(1, "Build", "0", "16"), onProject(2, "Run", "0", "8.5")),
                    MONDAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("More than 24 hours on Tuesday 2027-03-02: 24.5 hours over all lines.");
  }

  @Test
  void hours_are_not_negative_not_above_a_day_and_have_at_most_two_decimals() {
    assertThatThrownBy(() -> TimesheetRules.check(List.of(onProject(1, "x", "-1")), MONDAY))
        .hasMessage("Line 1, Monday: hours cannot be negative.");
    assertThatThrownBy(() -> TimesheetRules.check(List.of(onProject(1, "x", "0", "25")), MONDAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().get(0).message())
                    .isEqualTo("Line 1, Tuesday: a day has at most 24 hours."));
    assertThatThrownBy(() -> TimesheetRules.check(List.of(onProject(1, "x", "1.125")), MONDAY))
        .hasMessageContaining("at most two decimals");
  }

  @Test
  void a_line_names_what_it_is_booked_on() {
    assertThatThrownBy(
            () ->
                TimesheetRules.check(
                    List.of(new LineData(null, null, null, "x", hours("1"))), MONDAY))
        .hasMessageContaining("choose a request, a task or a project");
    assertThatThrownBy(() -> TimesheetRules.check(List.of(onProject(1, "  ", "1")), MONDAY))
        .hasMessageContaining("an activity");
    assertThatThrownBy(() -> TimesheetRules.check(List.of(onProject(1, "a\u0000b", "1")), MONDAY))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void an_approved_week_is_locked() {
    Timesheet sheet = week(onProject(1, "Build", "8", "8"));
    sheet.submit(NOW);
    assertThatThrownBy(() -> sheet.replaceLines(List.of(), NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("submitted");
    sheet.approve("Paula", NOW, List.of());
    assertThat(sheet.isLocked()).isTrue();
    assertThatThrownBy(() -> sheet.replaceLines(List.of(), NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("Cannot change the week of 2027-03-01: it is approved and locked.")
        .extracting(e -> ((BusinessRuleException) e).code())
        .isEqualTo("timesheet-locked");
    assertThatThrownBy(() -> sheet.returnToPerson("Late", "Paula", NOW))
        .hasMessageContaining("approved and locked");
    assertThatThrownBy(() -> sheet.approve("Paula", NOW, List.of()))
        .hasMessageContaining("approved and locked");
  }

  @Test
  void a_returned_week_is_a_draft_again_with_the_reason() {
    Timesheet sheet = week(onProject(1, "Build", "8"));
    sheet.submit(NOW);
    sheet.returnToPerson("Monday was a holiday", "Paula", NOW);
    assertThat(sheet.getStatus()).isEqualTo(TimesheetStatus.DRAFT);
    assertThat(sheet.getReturnReason()).isEqualTo("Monday was a holiday");
    sheet.replaceLines(lines(List.of(onProject(1, "Build", "0", "8"))), NOW);
    sheet.submit(NOW);
    assertThat(sheet.getReturnReason()).isNull();
  }

  @Test
  void an_empty_week_cannot_be_submitted() {
    Timesheet sheet = week(onProject(1, "Build", "0"));
    assertThatThrownBy(() -> sheet.submit(NOW)).hasMessageContaining("without hours");
  }

  @Test
  void copying_last_week_takes_its_lines_without_hours_and_leaves_lines_already_there() {
    Timesheet last = week(onProject(1, "Build", "8", "8"), onProject(2, "Review", "0", "0", "2"));
    Timesheet sheet = new Timesheet(7L, MONDAY.plusWeeks(1), NOW);
    sheet.replaceLines(lines(List.of(onProject(1, "Build", "4"))), NOW);
    assertThat(sheet.copyLinesOf(last, NOW)).isEqualTo(1);
    assertThat(sheet.getLines())
        .extracting(TimesheetLine::activity)
        .containsExactly("Build", "Review");
    assertThat(sheet.getLines().get(0).total()).isEqualByComparingTo("4");
    assertThat(sheet.getLines().get(1).total()).isEqualByComparingTo("0");
  }
}

package org.cairnpmo.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
  private static final Horizon HORIZON = Horizon.weeks(MONDAY, 8);

  private static Person person(String id, int java, String department, double rate) {
    return new Person(id, Set.of("developer"), Map.of("java", java), department, rate);
  }

  private static final List<Person> PEOPLE =
      List.of(
          person("ada", 5, "engineering", 100),
          person("bea", 3, "engineering", 60),
          person("cyd", 5, "sales", 100),
          person("dan", 2, "engineering", 50),
          new Person("eve", Set.of("tester"), Map.of("java", 5), "engineering", 50));

  private static StaffingProblem problem(List<Booking> bookings) {
    List<PersonCalendar> calendars =
        PEOPLE.stream().map(p -> PersonCalendar.fullTime(p.id(), WorkWeek.standard())).toList();
    return new StaffingProblem(Capacity.compute(HORIZON, calendars, bookings), PEOPLE, List.of());
  }

  private static final StaffingRequest REQUEST =
      StaffingRequest.of(
              "r1",
              "developer",
              List.of(new SkillRequirement("java", 3)),
              MONDAY,
              MONDAY.plusWeeks(4).minusDays(1),
              20,
              1)
          .withPreferredDepartment("engineering")
          .withMaxCostRate(120.0);

  @Test
  void theBestFitComesFirstAndOnlyQualifiedPeopleAreShown() {
    List<Suggestion> ranked = Suggestions.rank(problem(List.of()), REQUEST, 0);
    // dan lacks the skill, eve the role.
    assertThat(ranked).extracting(Suggestion::personId).containsExactly("ada", "cyd", "bea");
    Suggestion ada = ranked.get(0);
    assertThat(ada.fit().skill()).isEqualTo(1.0);
    assertThat(ada.fit().availability()).isEqualTo(1.0);
    assertThat(ada.fit().cost()).isCloseTo(1 - 0.5 * 100 / 120, within(1e-12));
    assertThat(ada.fit().department()).isEqualTo(1.0);
    assertThat(ada.fit().total())
        .isCloseTo(0.4 + 0.3 + 0.15 * (1 - 0.5 * 100 / 120) + 0.15, within(1e-12));
    assertThat(ada.askedHours()).isEqualTo(80);
    assertThat(ada.freeHours()).isEqualTo(80);
    assertThat(ada.reasons())
        .containsExactly(
            "role developer; skills java 5 (needs 3)",
            "free 80.0 h of 80.0 h asked",
            "cost 100/h, limit 120/h",
            "in engineering as preferred");
    // cyd is in another department (0.7875); bea meets the minimum only, though cheaper (0.7625).
    assertThat(ranked.get(1).fit().total()).isCloseTo(0.7875, within(1e-12));
    assertThat(ranked.get(1).reasons()).contains("in sales, not engineering as preferred");
    assertThat(ranked.get(2).fit().skill()).isEqualTo(0.5);
    assertThat(ranked.get(2).fit().total()).isCloseTo(0.7625, within(1e-12));
  }

  @Test
  void someoneBookedRanksLowerAndSaysWhen() {
    // ada has 4 h free in weeks 2 to 4 of the request, 32 h of the 80 asked.
    List<Booking> bookings =
        List.of(
            new Booking(
                "apollo", "ada", MONDAY.plusWeeks(1), MONDAY.plusWeeks(4).minusDays(1), 36));
    List<Suggestion> ranked = Suggestions.rank(problem(bookings), REQUEST, 3);
    assertThat(ranked).extracting(Suggestion::personId).containsExactly("cyd", "bea", "ada");
    Suggestion ada = ranked.get(2);
    assertThat(ada.freeHours()).isEqualTo(32);
    assertThat(ada.fit().availability()).isCloseTo(0.4, within(1e-12));
    assertThat(ada.reasons().get(1))
        .isEqualTo("free 32.0 h of 80.0 h asked; short by 16.0 h in the week of 2027-01-11");
    assertThat(Suggestions.rank(problem(bookings), REQUEST, 1)).hasSize(1);
  }

  @Test
  void theCostLimitIsAHardRule() {
    List<Suggestion> ranked =
        Suggestions.rank(problem(List.of()), REQUEST.withMaxCostRate(80.0), 0);
    assertThat(ranked).extracting(Suggestion::personId).containsExactly("bea");
  }

  @Test
  void aNamedOrExcludedPersonIsHonoured() {
    assertThat(Suggestions.rank(problem(List.of()), REQUEST.withNamedPerson("cyd"), 0))
        .extracting(Suggestion::personId)
        .containsExactly("cyd");
    assertThat(Suggestions.rank(problem(List.of()), REQUEST.withExcluded(Set.of("ada")), 0))
        .extracting(Suggestion::personId)
        .containsExactly("cyd", "bea");
  }
}

package org.cairnpmo.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class StaffingOptimizerTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
  private static final Horizon HORIZON = Horizon.weeks(MONDAY, 8);
  private static final StaffingOptions OPTIONS =
      StaffingOptions.defaults().withTimeLimit(Duration.ofSeconds(20)).withWorkers(2);

  private static Person developer(String id, int java) {
    return new Person(id, Set.of("developer"), Map.of("java", java), "engineering", 80);
  }

  private static StaffingRequest request(
      String id, int java, int weeks, double hours, double priority) {
    return StaffingRequest.of(
        id,
        "developer",
        List.of(new SkillRequirement("java", java)),
        MONDAY,
        MONDAY.plusWeeks(weeks).minusDays(1),
        hours,
        priority);
  }

  private static StaffingProblem problem(
      List<Person> people, List<Booking> bookings, List<StaffingRequest> requests) {
    List<PersonCalendar> calendars =
        people.stream().map(p -> PersonCalendar.fullTime(p.id(), WorkWeek.standard())).toList();
    return new StaffingProblem(Capacity.compute(HORIZON, calendars, bookings), people, requests);
  }

  private static Map<String, String> staffing(StaffingResult r) {
    Map<String, String> out = new HashMap<>();
    r.assignments().forEach(a -> out.put(a.requestId(), a.personId()));
    return out;
  }

  @Test
  void theKnownOptimumGivesEachRequestThePersonOnlyItCanUse() {
    // Greedy gives r1 to ada (her best fit) and leaves r2, which only ada can take, open.
    List<Person> people = List.of(developer("ada", 5), developer("bea", 3));
    List<StaffingRequest> requests =
        List.of(request("r1", 3, 4, 40, 1), request("r2", 5, 4, 40, 1));
    StaffingResult r = StaffingOptimizer.solve(problem(people, List.of(), requests), OPTIONS);

    assertThat(staffing(r)).isEqualTo(Map.of("r1", "bea", "r2", "ada"));
    assertThat(r.status()).isEqualTo(StaffingStatus.OPTIMAL);
    assertThat(r.unstaffed()).isEmpty();
    double adaFit = 0.4 * 1 + 0.3 + 0.15 * 0.5 + 0.15;
    double beaOnR1 = 0.4 * 0.5 + 0.3 + 0.15 * 0.5 + 0.15;
    assertThat(r.objectiveValue()).isCloseTo(adaFit + beaOnR1, within(1e-9));
    assertThat(r.bestBound()).isEqualTo(r.objectiveValue());
    assertThat(r.gapPercent()).isZero();
    assertThat(r.assignments().get(0).reasons())
        .containsExactly(
            "role developer; skills java 3 (needs 3)",
            "has the 160.0 h asked; tightest week 2027-01-04 keeps 0.0 h free",
            "cost 80/h",
            "fit 0.725, 2 of 2; better fits taken: ada (0.925, on r2)");
    assertThat(r.assignments().get(1).reasons())
        .last()
        .isEqualTo("fit 0.925, best of 1 qualified with room");
  }

  @Test
  void nothingToStaffIsOptimalAtZero() {
    StaffingResult r =
        StaffingOptimizer.solve(
            problem(List.of(developer("ada", 5)), List.of(), List.of()), OPTIONS);
    assertThat(r.status()).isEqualTo(StaffingStatus.OPTIMAL);
    assertThat(r.assignments()).isEmpty();
    assertThat(r.objectiveValue()).isZero();
    assertThat(r.bestBound()).isZero();
  }

  @Test
  void aRequestNoOneQualifiesForSaysWhichRuleNoOneMeets() {
    List<Person> people = List.of(developer("ada", 2), developer("bea", 3));
    StaffingRequest architect =
        StaffingRequest.of("arch", "architect", List.of(), MONDAY, MONDAY.plusDays(4), 8, 1);
    StaffingRequest expert = request("expert", 4, 2, 8, 1);
    StaffingRequest cheap = request("cheap", 2, 2, 8, 1).withMaxCostRate(50.0);
    StaffingResult r =
        StaffingOptimizer.solve(
            problem(people, List.of(), List.of(architect, expert, cheap)), OPTIONS);

    assertThat(r.assignments()).isEmpty();
    assertThat(r.status()).isEqualTo(StaffingStatus.OPTIMAL);
    assertThat(r.unstaffed())
        .extracting(Unstaffed::reason)
        .containsOnly(Unstaffed.Reason.NO_ONE_QUALIFIED);
    assertThat(r.unstaffed())
        .extracting(Unstaffed::explanation)
        .containsExactly(
            "no one holds the role architect",
            "no one with the role developer has java at 4 or more (best: bea at 3)",
            "everyone qualified costs more than the limit of 50/h (cheapest: 80/h)");
  }

  @Test
  void aRequestEveryoneIsTooBusyForSaysInWhichWeek() {
    List<Booking> bookings =
        List.of(
            new Booking(
                "apollo", "ada", MONDAY.plusWeeks(2), MONDAY.plusWeeks(3).minusDays(1), 30));
    StaffingResult r =
        StaffingOptimizer.solve(
            problem(List.of(developer("ada", 5)), bookings, List.of(request("r1", 3, 4, 20, 1))),
            OPTIONS);
    assertThat(r.assignments()).isEmpty();
    Unstaffed open = r.unstaffed().get(0);
    assertThat(open.reason()).isEqualTo(Unstaffed.Reason.NO_ONE_AVAILABLE);
    assertThat(open.explanation())
        .isEqualTo(
            "the one qualified person is booked: ada in the week of 2027-01-18 (10.0 h free, 20.0 h"
                + " needed)");
  }

  @Test
  void theLowerPriorityRequestGivesWayAndNamesWhatTookItsPerson() {
    List<StaffingRequest> requests =
        List.of(request("low", 3, 4, 30, 1), request("high", 3, 4, 30, 5));
    StaffingResult r =
        StaffingOptimizer.solve(
            problem(List.of(developer("ada", 5)), List.of(), requests), OPTIONS);
    assertThat(staffing(r)).isEqualTo(Map.of("high", "ada"));
    Unstaffed open = r.unstaffed().get(0);
    assertThat(open.requestId()).isEqualTo("low");
    assertThat(open.reason()).isEqualTo(Unstaffed.Reason.TAKEN);
    assertThat(open.blockingRequestIds()).containsExactly("high");
    assertThat(open.explanation())
        .isEqualTo(
            "lower priority than high (priority 5), which take the one qualified person with room");
  }

  @Test
  void aNamedPersonAndAnExcludedOneAreHonoured() {
    List<Person> people = List.of(developer("ada", 5), developer("bea", 4));
    List<StaffingRequest> requests =
        List.of(
            request("named", 3, 2, 8, 1).withNamedPerson("bea"),
            request("not-ada", 3, 2, 8, 1).withExcluded(Set.of("ada")),
            request("only-ada-but-excluded", 5, 2, 8, 1).withExcluded(Set.of("ada")));
    StaffingResult r = StaffingOptimizer.solve(problem(people, List.of(), requests), OPTIONS);
    assertThat(staffing(r)).isEqualTo(Map.of("named", "bea", "not-ada", "bea"));
    assertThat(r.unstaffed().get(0).explanation())
        .isEqualTo("no one with the role developer has java at 5 or more (best: bea at 4)");
  }

  @Test
  void aRequestNamingSomeoneOutsideThePoolIsRefused() {
    List<Person> people = List.of(developer("ada", 5));
    assertThatThrownBy(
            () ->
                problem(
                    people, List.of(), List.of(request("r", 3, 2, 8, 1).withNamedPerson("zed"))))
        .hasMessageContaining("names unknown person zed");
  }

  @Test
  void partTimeAndAbsencesLimitWhatFits() {
    // Half time is 20 h a week; a week off leaves nothing in week 3.
    Person ada = developer("ada", 5);
    PersonCalendar calendar =
        PersonCalendar.fullTime("ada", WorkWeek.standard())
            .withPartTime(50)
            .withAbsences(
                List.of(Absence.wholeDays(MONDAY.plusWeeks(6), MONDAY.plusWeeks(6).plusDays(4))));
    CapacityGrid grid = Capacity.compute(HORIZON, List.of(calendar), List.of());
    List<StaffingRequest> requests =
        List.of(
            request("fits", 3, 4, 12, 1),
            request("too-much", 3, 4, 12, 1),
            StaffingRequest.of(
                "through-leave",
                "developer",
                List.of(),
                MONDAY.plusWeeks(5),
                MONDAY.plusWeeks(7).minusDays(1),
                4,
                3));
    StaffingResult r =
        StaffingOptimizer.solve(new StaffingProblem(grid, List.of(ada), requests), OPTIONS);
    assertThat(r.assignments()).extracting(Assignment::requestId).containsExactly("fits");
    assertThat(r.unstaffed())
        .extracting(Unstaffed::reason)
        .containsExactly(Unstaffed.Reason.TAKEN, Unstaffed.Reason.NO_ONE_AVAILABLE);
  }

  @Test
  void neverOverBooksAndKeepsEveryHardRuleOnRandomInstances() {
    for (long seed = 1; seed <= 25; seed++) {
      Instance instance = Instance.random(seed);
      StaffingResult r =
          StaffingOptimizer.solve(
              instance.problem(),
              OPTIONS.withTimeLimit(Duration.ofSeconds(5)).withRandomSeed((int) seed));
      assertThat(violations(instance, r)).as("seed %d", seed).isEmpty();
      assertThat(r.bestBound()).isGreaterThanOrEqualTo(r.objectiveValue() - 1e-9);
      double sum = r.assignments().stream().mapToDouble(Assignment::value).sum();
      assertThat(r.objectiveValue()).isCloseTo(sum, within(1e-9));
      assertThat(r.assignments().size() + r.unstaffed().size())
          .isEqualTo(instance.requests().size());
    }
  }

  @Test
  void theSameSeedAndWorkersGiveTheSameProposal() {
    Instance instance = Instance.random(42);
    StaffingOptions deterministic =
        OPTIONS.withTimeLimit(Duration.ofSeconds(60)).withWorkLimit(2.0).withRandomSeed(7);
    StaffingResult first = StaffingOptimizer.solve(instance.problem(), deterministic);
    StaffingResult second = StaffingOptimizer.solve(instance.problem(), deterministic);
    assertThat(staffing(second)).isEqualTo(staffing(first));
    assertThat(second.objectiveValue()).isEqualTo(first.objectiveValue());
  }

  @Test
  void theListenerHearsEachImprovementAndCancellingKeepsAValidProposal() {
    Instance instance = Instance.random(5);
    List<StaffingProgress> heard = new CopyOnWriteArrayList<>();
    StaffingResult r =
        StaffingOptimizer.solve(
            instance.problem(), OPTIONS.withListener(heard::add).withCancellation(() -> true));
    assertThat(r.cancelled()).isTrue();
    assertThat(heard).isNotEmpty();
    assertThat(heard.get(0).method()).isEqualTo(StaffingMethod.GREEDY);
    for (int k = 1; k < heard.size(); k++) {
      assertThat(heard.get(k).objectiveValue()).isGreaterThan(heard.get(k - 1).objectiveValue());
    }
    assertThat(violations(instance, r)).isEmpty();
  }

  /** A small random pool with bookings, part time, holidays and absences, and its requests. */
  record Instance(
      List<PersonCalendar> calendars,
      List<Person> people,
      List<Booking> bookings,
      List<StaffingRequest> requests) {

    StaffingProblem problem() {
      return new StaffingProblem(Capacity.compute(HORIZON, calendars, bookings), people, requests);
    }

    static Instance random(long seed) {
      Random rnd = new Random(seed);
      List<PersonCalendar> calendars = new ArrayList<>();
      List<Person> people = new ArrayList<>();
      List<Booking> bookings = new ArrayList<>();
      Set<LocalDate> holidays = Set.of(MONDAY.plusDays(10), MONDAY.plusDays(31));
      String[] roles = {"developer", "tester", "analyst"};
      for (int i = 0; i < 12; i++) {
        String id = "p" + i;
        Map<String, Integer> skills = new HashMap<>();
        for (int k = 0; k < 3; k++) {
          skills.put("s" + rnd.nextInt(5), 1 + rnd.nextInt(5));
        }
        people.add(
            new Person(
                id,
                Set.of(roles[rnd.nextInt(3)]),
                skills,
                "d" + rnd.nextInt(3),
                40 + rnd.nextInt(80)));
        PersonCalendar c =
            PersonCalendar.fullTime(id, WorkWeek.standard())
                .withHolidays(holidays)
                .withPartTime(rnd.nextInt(4) == 0 ? 60 : 100);
        if (rnd.nextInt(3) == 0) {
          LocalDate from = MONDAY.plusDays(rnd.nextInt(50));
          c = c.withAbsences(List.of(Absence.wholeDays(from, from.plusDays(rnd.nextInt(8)))));
        }
        calendars.add(c);
        for (int k = rnd.nextInt(3); k > 0; k--) {
          LocalDate from = MONDAY.plusDays(rnd.nextInt(50));
          bookings.add(
              new Booking(
                  id + "b" + k, id, from, from.plusDays(7 + rnd.nextInt(20)), 4 + rnd.nextInt(12)));
        }
      }
      List<StaffingRequest> requests = new ArrayList<>();
      for (int r = 0; r < 20; r++) {
        LocalDate from = MONDAY.plusDays(rnd.nextInt(40));
        List<SkillRequirement> skills =
            rnd.nextBoolean()
                ? List.of(new SkillRequirement("s" + rnd.nextInt(5), 1 + rnd.nextInt(3)))
                : List.of();
        StaffingRequest request =
            StaffingRequest.of(
                "r" + r,
                roles[rnd.nextInt(3)],
                skills,
                from,
                from.plusDays(6 + rnd.nextInt(20)),
                4 + rnd.nextInt(30),
                1 + rnd.nextInt(5));
        if (rnd.nextInt(4) == 0) {
          request = request.withExcluded(Set.of("p" + rnd.nextInt(12)));
        }
        if (rnd.nextInt(4) == 0) {
          request = request.withMaxCostRate(80.0);
        }
        requests.add(request);
      }
      return new Instance(calendars, people, bookings, requests);
    }
  }

  /** Every rule a proposal breaks, worked out day by day from the raw records. */
  static List<String> violations(Instance instance, StaffingResult r) {
    List<String> out = new ArrayList<>();
    Map<String, Person> people = new HashMap<>();
    instance.people().forEach(p -> people.put(p.id(), p));
    Map<String, StaffingRequest> requests = new HashMap<>();
    instance.requests().forEach(q -> requests.put(q.id(), q));
    Set<String> seen = new HashSet<>();
    List<Booking> added = new ArrayList<>();
    for (Assignment a : r.assignments()) {
      StaffingRequest q = requests.get(a.requestId());
      Person p = people.get(a.personId());
      if (!seen.add(q.id())) {
        out.add(q.id() + " twice");
      }
      if (!p.roles().contains(q.role())) {
        out.add(q.id() + " role");
      }
      for (SkillRequirement s : q.skills()) {
        if (p.level(s.skill()) < s.minimumLevel()) {
          out.add(q.id() + " skill");
        }
      }
      if (q.excludedPersonIds().contains(p.id())) {
        out.add(q.id() + " excluded");
      }
      if (q.maxCostRate() != null && p.costRate() > q.maxCostRate()) {
        out.add(q.id() + " cost");
      }
      added.add(new Booking(q.id(), p.id(), q.from(), q.to(), q.hoursPerWeek()));
    }
    for (PersonCalendar c : instance.calendars()) {
      for (int k = 0; k < HORIZON.periods(); k++) {
        LocalDate from = HORIZON.periodStart(k);
        LocalDate to = HORIZON.periodEnd(k);
        double extra = Naive.demand(c, added, from, to);
        double total = Naive.demand(c, instance.bookings(), from, to) + extra;
        if (extra > 1e-9 && total > Naive.capacity(c, from, to) + 1e-6) {
          out.add(c.personId() + " over-booked in week " + k);
        }
      }
    }
    return out;
  }
}

package org.cairnpmo.bench.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cairnpmo.engine.staffing.Absence;
import org.cairnpmo.engine.staffing.Booking;
import org.cairnpmo.engine.staffing.DateRange;
import org.cairnpmo.engine.staffing.Horizon;
import org.cairnpmo.engine.staffing.Person;
import org.cairnpmo.engine.staffing.PersonCalendar;
import org.cairnpmo.engine.staffing.SkillRequirement;
import org.cairnpmo.engine.staffing.StaffingRequest;
import org.cairnpmo.engine.staffing.WorkWeek;

/**
 * A seeded random staffing instance: a pool with roles, skills, departments, rates, part time,
 * joiners and leavers, holidays and absences, existing bookings, and open requests.
 */
public record StaffingInstance(
    long seed,
    Horizon horizon,
    List<PersonCalendar> calendars,
    List<Person> people,
    List<Booking> bookings,
    List<StaffingRequest> requests) {

  static final LocalDate START = LocalDate.of(2027, 1, 4);
  static final int ROLES = 10;
  static final int SKILLS = 30;
  static final int DEPARTMENTS = 12;
  static final int CORE_SKILLS = 6;

  public static StaffingInstance generate(int requestCount, int peopleCount, int weeks, long seed) {
    Random rnd = new Random(seed);
    Horizon horizon = Horizon.weeks(START, weeks);
    LocalDate end = horizon.end().minusDays(1);
    Set<LocalDate> holidays = new HashSet<>();
    for (int k = 3; k < weeks; k += 7) {
      holidays.add(START.plusWeeks(k).plusDays(rnd.nextInt(5)));
    }
    WorkWeek standard = WorkWeek.standard();
    WorkWeek fourDays = new WorkWeek(9, 9, 9, 9, 0, 0, 0);
    int[][] core = new int[ROLES][CORE_SKILLS];
    for (int role = 0; role < ROLES; role++) {
      for (int k = 0; k < CORE_SKILLS; k++) {
        core[role][k] = (role * 3 + k) % SKILLS;
      }
    }

    List<PersonCalendar> calendars = new ArrayList<>(peopleCount);
    List<Person> people = new ArrayList<>(peopleCount);
    List<Booking> bookings = new ArrayList<>();
    for (int i = 0; i < peopleCount; i++) {
      String id = "P" + i;
      int role = rnd.nextInt(ROLES);
      Set<String> roles = new HashSet<>();
      roles.add("role" + role);
      if (rnd.nextInt(10) == 0) {
        roles.add("role" + rnd.nextInt(ROLES));
      }
      Map<String, Integer> skills = new LinkedHashMap<>();
      int skillCount = 3 + rnd.nextInt(4);
      for (int k = 0; k < skillCount; k++) {
        int skill =
            rnd.nextInt(4) == 0 ? rnd.nextInt(SKILLS) : core[role][rnd.nextInt(CORE_SKILLS)];
        skills.merge("skill" + skill, 1 + rnd.nextInt(5), Math::max);
      }
      double rate = 40 + rnd.nextInt(121);
      people.add(new Person(id, roles, skills, "dept" + rnd.nextInt(DEPARTMENTS), rate));

      PersonCalendar calendar =
          PersonCalendar.fullTime(id, rnd.nextInt(10) == 0 ? fourDays : standard)
              .withHolidays(holidays);
      int kind = rnd.nextInt(20);
      if (kind < 4) {
        calendar = calendar.withPartTime(new double[] {50, 60, 80, 80}[kind]);
      }
      if (kind == 5) {
        calendar =
            calendar.withAvailability(
                List.of(DateRange.startingOn(START.plusWeeks(2 + rnd.nextInt(8)))));
      } else if (kind == 6) {
        calendar =
            calendar.withAvailability(
                List.of(DateRange.endingOn(START.plusWeeks(weeks / 2 + rnd.nextInt(weeks / 2)))));
      }
      List<Absence> absences = new ArrayList<>();
      int leaves = rnd.nextInt(3);
      for (int k = 0; k < leaves; k++) {
        LocalDate from = START.plusDays(rnd.nextInt(weeks * 7));
        absences.add(Absence.wholeDays(from, from.plusDays(4 + rnd.nextInt(10))));
      }
      if (rnd.nextInt(10) == 0) {
        LocalDate from = START.plusDays(rnd.nextInt(weeks * 7));
        absences.add(Absence.partialDays(from, from.plusDays(13), 4));
      }
      calendars.add(calendar.withAbsences(absences));

      int booked = rnd.nextInt(4);
      for (int k = 0; k < booked; k++) {
        LocalDate from = START.plusDays(rnd.nextInt(weeks * 7));
        LocalDate to = from.plusWeeks(2 + rnd.nextInt(Math.max(1, weeks / 2)));
        bookings.add(
            new Booking(
                id + "-b" + k,
                id,
                from,
                to.isAfter(end) ? end : to,
                new double[] {4, 8, 8, 12, 16}[rnd.nextInt(5)]));
      }
    }

    List<StaffingRequest> requests = new ArrayList<>(requestCount);
    double[] hours = {8, 12, 16, 20, 24, 32, 40};
    Map<Integer, List<String>> byRole = new HashMap<>();
    for (Person p : people) {
      for (String role : p.roles()) {
        byRole
            .computeIfAbsent(Integer.parseInt(role.substring(4)), key -> new ArrayList<>())
            .add(p.id());
      }
    }
    for (int r = 0; r < requestCount; r++) {
      int role = rnd.nextInt(ROLES);
      List<SkillRequirement> skills = new ArrayList<>();
      Set<Integer> chosen = new HashSet<>();
      int skillCount = 1 + rnd.nextInt(3);
      for (int k = 0; k < skillCount; k++) {
        int skill = core[role][rnd.nextInt(CORE_SKILLS)];
        if (chosen.add(skill)) {
          skills.add(new SkillRequirement("skill" + skill, 1 + rnd.nextInt(3)));
        }
      }
      int startWeek = rnd.nextInt(Math.max(1, weeks - 4));
      LocalDate from = START.plusWeeks(startWeek).plusDays(rnd.nextInt(3));
      LocalDate to = from.plusWeeks(4 + rnd.nextInt(13)).minusDays(1);
      StaffingRequest request =
          StaffingRequest.of(
              "R" + r,
              "role" + role,
              skills,
              from,
              to.isAfter(end) ? end : to,
              hours[rnd.nextInt(hours.length)],
              1 + rnd.nextInt(5));
      if (rnd.nextInt(5) < 2) {
        request = request.withPreferredDepartment("dept" + rnd.nextInt(DEPARTMENTS));
      }
      if (rnd.nextInt(4) == 0) {
        request = request.withMaxCostRate(100.0 + rnd.nextInt(51));
      }
      List<String> ofRole = byRole.getOrDefault(role, List.of());
      if (rnd.nextInt(20) == 0 && !ofRole.isEmpty()) {
        request = request.withExcluded(Set.of(ofRole.get(rnd.nextInt(ofRole.size()))));
      }
      requests.add(request);
    }
    return new StaffingInstance(seed, horizon, calendars, people, bookings, requests);
  }
}

package org.cairnpmo.resources.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.resources.Absence;
import org.cairnpmo.resources.EquipmentData;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RateData;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.SkillLevel;

/**
 * The checks of what enters the pool, the same for the API and the pages: each problem names its
 * field ({@code skills[2].proficiency}) and says what to do. Whether referenced records exist
 * (department, line manager, role) is for the service to check.
 */
final class PoolRules {

  static final int MAX_SKILLS = 60;
  static final int MAX_OTHER_NAMES = 20;
  static final int MAX_ABSENCES = 200;
  static final BigDecimal MAX_RATE = new BigDecimal("9999999999.99");
  static final BigDecimal HOURS_IN_WEEK = BigDecimal.valueOf(168);
  static final BigDecimal HOURS_IN_DAY = BigDecimal.valueOf(24);

  private PoolRules() {}

  /** A person's data, trimmed and checked, with the part-time share 100 where it names none. */
  static PersonData person(PersonData data) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = text(data.name(), "name", 200, true, "Enter the person's name.", problems);
    BigDecimal capacity =
        data.capacityHours() == null ? BigDecimal.valueOf(40) : data.capacityHours();
    if (capacity.signum() < 0 || capacity.compareTo(HOURS_IN_WEEK) > 0) {
      problems.add(
          new FieldProblem(
              "capacityHours", "Give the hours per week as a number from 0 to 168, such as 40."));
    } else if (capacity.scale() > 2) {
      problems.add(new FieldProblem("capacityHours", "Give the hours with at most two decimals."));
    }
    int partTime = data.partTimePercent() == null ? 100 : data.partTimePercent();
    if (partTime < 1 || partTime > 100) {
      problems.add(
          new FieldProblem(
              "partTimePercent", "Give the part-time share as a percentage from 1 to 100."));
    }
    List<BigDecimal> week = data.ownWeek();
    if (!week.isEmpty()) {
      if (week.size() != 7) {
        problems.add(
            new FieldProblem("ownWeek", "Give seven days of hours, Monday to Sunday, or none."));
      } else {
        for (int i = 0; i < 7; i++) {
          BigDecimal h = week.get(i);
          if (h == null || h.signum() < 0 || h.compareTo(HOURS_IN_DAY) > 0 || h.scale() > 2) {
            problems.add(
                new FieldProblem(
                    "ownWeek[" + i + "]", "Give the hours of each day as a number from 0 to 24."));
          }
        }
      }
    }
    dateRange(
        data.availableFrom(),
        data.availableUntil(),
        "availableFrom",
        "availableUntil",
        "The end of availability cannot be before its start.",
        problems);
    List<SkillLevel> skills = skills(data.skills(), "skills", problems);
    List<Absence> absences = new ArrayList<>();
    if (data.absences().size() > MAX_ABSENCES) {
      problems.add(new FieldProblem("absences", "At most " + MAX_ABSENCES + " absences."));
    } else {
      for (int i = 0; i < data.absences().size(); i++) {
        Absence a = data.absences().get(i);
        String at = "absences[" + i + "]";
        if (a == null) {
          problems.add(new FieldProblem(at, "Remove the empty absence."));
          continue;
        }
        String reason =
            text(
                a.reason(),
                at + ".reason",
                300,
                true,
                "Say why (holiday, leave, training).",
                problems);
        if (a.firstDay() == null) {
          problems.add(new FieldProblem(at + ".firstDay", "Give the first day of the absence."));
        }
        if (a.lastDay() == null) {
          problems.add(new FieldProblem(at + ".lastDay", "Give the last day of the absence."));
        }
        dateRange(
            a.firstDay(),
            a.lastDay(),
            at + ".firstDay",
            at + ".lastDay",
            "The absence cannot end before it starts.",
            problems);
        absences.add(new Absence(a.firstDay(), a.lastDay(), reason));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new PersonData(
        data.userId(),
        name,
        data.departmentId(),
        data.lineManagerId(),
        data.jobRoleId(),
        capacity,
        partTime,
        week,
        data.availableFrom(),
        data.availableUntil(),
        skills,
        absences,
        data.version());
  }

  static RateData rate(RateData data) {
    List<FieldProblem> problems = new ArrayList<>();
    if (data == null || data.from() == null) {
      problems.add(
          new FieldProblem("from", "Give the date the rate applies from: a rate needs a date."));
    } else if (!InputRules.isSaneDate(data.from())) {
      problems.add(new FieldProblem("from", InputRules.DATE_RANGE_MESSAGE));
    }
    BigDecimal rate = data == null ? null : data.hourlyRate();
    rateProblem(rate, "hourlyRate", true, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new RateData(data.from(), rate);
  }

  static RoleData role(RoleData data) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = text(data.name(), "name", 120, true, "Enter the role's name.", problems);
    String purpose = text(data.purpose(), "purpose", 1000, false, null, problems);
    String duties = text(data.responsibilities(), "responsibilities", 4000, false, null, problems);
    rateProblem(data.defaultRate(), "defaultRate", false, problems);
    List<SkillLevel> skills = skills(data.requiredSkills(), "requiredSkills", problems);
    List<String> otherNames = otherNames(data.otherNames(), name, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new RoleData(
        name, purpose, duties, data.defaultRate(), skills, otherNames, data.version());
  }

  /** Other names of a role: trimmed, each once ignoring case, none the role's own name. */
  private static List<String> otherNames(
      List<String> given, String name, List<FieldProblem> problems) {
    if (given.size() > MAX_OTHER_NAMES) {
      problems.add(new FieldProblem("otherNames", "At most " + MAX_OTHER_NAMES + " other names."));
      return List.of();
    }
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    for (int i = 0; i < given.size(); i++) {
      String field = "otherNames[" + i + "]";
      String other = text(given.get(i), field, 120, true, "Enter the other name.", problems);
      if (other == null) {
        continue;
      }
      String key = other.toLowerCase(java.util.Locale.ROOT);
      if (name != null && key.equals(name.toLowerCase(java.util.Locale.ROOT))) {
        problems.add(new FieldProblem(field, "'" + other + "' is the role's own name."));
      } else {
        names.putIfAbsent(key, other);
      }
    }
    return List.copyOf(names.values());
  }

  static EquipmentData equipment(EquipmentData data) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = text(data.name(), "name", 200, true, "Enter the name.", problems);
    String kind =
        text(
            data.kind(),
            "kind",
            100,
            true,
            "Give the type, such as Meeting room or Laptop.",
            problems);
    int quantity = data.quantity() == null ? 1 : data.quantity();
    if (quantity < 1 || quantity > 1_000_000) {
      problems.add(new FieldProblem("quantity", "Give a quantity of 1 or more."));
    }
    rateProblem(data.costRate(), "costRate", false, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new EquipmentData(name, kind, quantity, data.costRate(), data.version());
  }

  private static List<SkillLevel> skills(
      List<SkillLevel> given, String field, List<FieldProblem> problems) {
    List<SkillLevel> skills = new ArrayList<>();
    if (given.size() > MAX_SKILLS) {
      problems.add(new FieldProblem(field, "At most " + MAX_SKILLS + " skills."));
      return skills;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      SkillLevel s = given.get(i);
      String at = field + "[" + i + "]";
      if (s == null) {
        problems.add(new FieldProblem(at, "Remove the empty skill."));
        continue;
      }
      String skill = text(s.skill(), at + ".skill", 100, true, "Name the skill.", problems);
      if (s.proficiency() == null
          || s.proficiency() < SkillLevel.LOWEST
          || s.proficiency() > SkillLevel.HIGHEST) {
        problems.add(
            new FieldProblem(
                at + ".proficiency", "Give the proficiency from 1 (basic) to 5 (expert)."));
      }
      if (skill != null && !seen.add(skill.toLowerCase(Locale.ROOT))) {
        problems.add(new FieldProblem(at + ".skill", "'" + skill + "' is listed twice."));
      }
      skills.add(new SkillLevel(skill, s.proficiency()));
    }
    return skills;
  }

  private static void rateProblem(
      BigDecimal rate, String field, boolean required, List<FieldProblem> problems) {
    if (rate == null) {
      if (required) {
        problems.add(new FieldProblem(field, "Give the rate per hour, such as 85.50."));
      }
      return;
    }
    if (rate.signum() < 0) {
      problems.add(new FieldProblem(field, "A rate cannot be negative."));
    } else if (rate.scale() > 2 || rate.compareTo(MAX_RATE) > 0) {
      problems.add(new FieldProblem(field, "Give the rate per hour with at most two decimals."));
    }
  }

  private static void dateRange(
      LocalDate from,
      LocalDate to,
      String fromField,
      String toField,
      String message,
      List<FieldProblem> problems) {
    if (!InputRules.isSaneDate(from)) {
      problems.add(new FieldProblem(fromField, InputRules.DATE_RANGE_MESSAGE));
    } else if (!InputRules.isSaneDate(to)) {
      problems.add(new FieldProblem(toField, InputRules.DATE_RANGE_MESSAGE));
    } else if (from != null && to != null && to.isBefore(from)) {
      problems.add(new FieldProblem(toField, message));
    }
  }

  /** The trimmed text, checked for length, blankness and control characters; null if blank. */
  static String text(
      String value,
      String field,
      int max,
      boolean required,
      String missing,
      List<FieldProblem> problems) {
    String trimmed = value == null || value.isBlank() ? null : value.strip();
    if (trimmed == null) {
      if (required) {
        problems.add(new FieldProblem(field, missing));
      }
      return null;
    }
    if (InputRules.hasControlCharacter(trimmed)) {
      problems.add(new FieldProblem(field, InputRules.CONTROL_CHARACTER_MESSAGE));
    } else if (trimmed.length() > max) {
      problems.add(new FieldProblem(field, "At most " + max + " characters."));
    }
    return trimmed;
  }
}

package org.cairnpmo.resources.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.resources.Absence;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.PersonView;
import org.cairnpmo.resources.SkillLevel;

/**
 * A person as the page's form sends them, kept as typed so that a mistake is shown again as it was
 * written. Skills and absences are text areas, one per line ("Java: 4", "2027-07-01 to 2027-07-14
 * Summer holiday"); the working week is seven hours, Monday first, or blank for the organization's
 * calendar.
 */
record PersonForm(
    String name,
    String userId,
    String departmentId,
    String lineManagerId,
    String jobRoleId,
    String capacityHours,
    String partTimePercent,
    String ownWeek,
    String availableFrom,
    String availableUntil,
    String skills,
    String absences,
    Long version) {

  static final PersonForm EMPTY =
      new PersonForm(null, null, null, null, null, "40", "100", null, null, null, null, null, null);

  private static final Pattern SKILL = Pattern.compile("^(.+?)\\s*[:=]\\s*(\\S+)$");
  private static final Pattern ABSENCE =
      Pattern.compile(
          "^(\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:to|until|\\.\\.|–|—)\\s*(\\d{4}-\\d{2}-\\d{2}))?\\s*(.*)$");

  static PersonForm of(PersonView p) {
    return new PersonForm(
        p.name(),
        text(p.userId()),
        text(p.departmentId()),
        text(p.lineManagerId()),
        text(p.jobRoleId()),
        FormInput.text(p.capacityHours()),
        Integer.toString(p.partTimePercent()),
        p.ownWeek().stream().map(FormInput::text).collect(Collectors.joining(", ")),
        FormInput.text(p.availableFrom()),
        FormInput.text(p.availableUntil()),
        p.skills().stream()
            .map(s -> s.skill() + ": " + s.proficiency())
            .collect(Collectors.joining("\n")),
        p.absences().stream()
            .map(
                a ->
                    a.firstDay()
                        + (a.lastDay().equals(a.firstDay()) ? "" : " to " + a.lastDay())
                        + " "
                        + a.reason())
            .collect(Collectors.joining("\n")),
        p.version());
  }

  /** The person to save; what the form cannot read goes to {@code problems}. */
  PersonData toData(List<FieldProblem> problems) {
    BigDecimal capacity =
        FormInput.decimal(
            capacityHours,
            "capacityHours",
            "Give the hours per week as a number, such as 40.",
            problems);
    Integer partTime =
        FormInput.integer(
            partTimePercent,
            "partTimePercent",
            "Give the part-time share as a whole percentage, such as 80.",
            problems);
    List<BigDecimal> week = new ArrayList<>();
    if (!FormInput.blank(ownWeek)) {
      for (String day : ownWeek.split("[,;\\s]+")) {
        if (day.isBlank()) {
          continue;
        }
        BigDecimal hours = FormInput.number(day);
        if (hours == null) {
          problems.add(
              new FieldProblem(
                  "ownWeek",
                  "Write seven numbers of hours, Monday first, such as 8, 8, 8, 8, 8, 0, 0."));
          week.clear();
          break;
        }
        week.add(hours);
      }
    }
    List<SkillLevel> skillLevels = new ArrayList<>();
    for (String line : FormInput.lines(skills)) {
      Matcher m = SKILL.matcher(line);
      Integer level = null;
      if (m.matches()) {
        try {
          level = Integer.valueOf(m.group(2));
        } catch (NumberFormatException e) {
          level = null;
        }
      }
      if (level == null) {
        problems.add(
            new FieldProblem(
                "skills",
                "Write each skill as 'skill: level' (1 to 5), such as 'Java: 4': " + line));
      } else {
        skillLevels.add(new SkillLevel(m.group(1), level));
      }
    }
    List<Absence> absenceList = new ArrayList<>();
    for (String line : FormInput.lines(absences)) {
      Matcher m = ABSENCE.matcher(line);
      LocalDate first = null;
      LocalDate last = null;
      if (m.matches()) {
        try {
          first = LocalDate.parse(m.group(1));
          last = m.group(2) == null ? first : LocalDate.parse(m.group(2));
        } catch (DateTimeParseException e) {
          first = null;
        }
      }
      if (first == null) {
        problems.add(
            new FieldProblem(
                "absences",
                "Write each absence as 'first day to last day reason', such as '2027-07-01 to"
                    + " 2027-07-14 Summer holiday': "
                    + line));
      } else {
        absenceList.add(new Absence(first, last, m.group(3)));
      }
    }
    return new PersonData(
        FormInput.id(userId, "U", "userId", "Choose a user.", problems),
        name,
        FormInput.id(departmentId, "D", "departmentId", "Choose a department.", problems),
        FormInput.id(lineManagerId, "P", "lineManagerId", "Choose a line manager.", problems),
        FormInput.id(jobRoleId, "R", "jobRoleId", "Choose a role.", problems),
        capacity,
        partTime,
        week,
        FormInput.date(availableFrom, "availableFrom", problems),
        FormInput.date(availableUntil, "availableUntil", problems),
        skillLevels,
        absenceList,
        version);
  }

  /** The field of the form that shows a problem the domain names by its path. */
  static String field(String path) {
    if (path == null) {
      return "";
    }
    int bracket = path.indexOf('[');
    return bracket > 0 ? path.substring(0, bracket) : path;
  }

  private static String text(Long id) {
    return id == null ? null : id.toString();
  }
}

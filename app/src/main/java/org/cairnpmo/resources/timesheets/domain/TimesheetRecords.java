package org.cairnpmo.resources.timesheets.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.RecordsJson;
import org.cairnpmo.resources.domain.PoolPerson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The timesheets' section of a project's archive bundle: the project's share of the weeks booked on
 * it, one entry per line of a week (who, which week, on what, each day's hours, how far the week
 * went). Only weeks past the draft count, those the project's manager sees too: a draft is its
 * person's until submitted. The rest of a week (its lines on other projects, its return reasons)
 * stays out, and so do rates and cost: the labour cost of approved hours is in budgets' section.
 *
 * <p>On import the lines are kept as {@link ImportedHours}, read-only and never a timesheet here: a
 * week belongs to its person in the Cairn it came from, and the people need not be this Cairn's.
 * Written again in the imported project's own bundle, so the section comes back unchanged.
 */
@Component
class TimesheetRecords implements ProjectRecordsSection {

  /** The weeks a project's manager sees: submitted and approved. */
  private static final Set<TimesheetStatus> SHARED =
      EnumSet.of(TimesheetStatus.SUBMITTED, TimesheetStatus.APPROVED);

  private static final BigDecimal DAY = new BigDecimal("24");

  private final TimesheetRepository sheets;
  private final ImportedHoursRepository imported;
  private final TimesheetPeople people;
  private final IdentityApi identity;
  private final PlanningApi planning;

  TimesheetRecords(
      TimesheetRepository sheets,
      ImportedHoursRepository imported,
      TimesheetPeople people,
      IdentityApi identity,
      PlanningApi planning) {
    this.sheets = sheets;
    this.imported = imported;
    this.people = people;
    this.identity = identity;
    this.planning = planning;
  }

  @Override
  public String name() {
    return "timesheets";
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  /** After resources, whose requests the lines name. */
  @Override
  public int order() {
    return 310;
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    ArrayNode list = section.putArray("hours");
    for (ImportedHours h : imported.findByProjectIdOrderByPositionAsc(projectId)) {
      ObjectNode node = list.addObject().put("original_id", h.getOriginalId());
      node.putObject("person")
          .put("username", h.getPersonUsername())
          .put("name", h.getPersonName());
      line(node, h.getWeekStart(), h.getTask(), h.getActivity(), h.getRequestOriginalId());
      week(
          node, h.hours(), h.getStatus(), h.getSubmittedAt(), h.getApprovedBy(), h.getApprovedAt());
    }
    List<Timesheet> weeks =
        sheets.bookedOn(projectId, SHARED).stream()
            .sorted(Comparator.comparing(Timesheet::getWeekStart).thenComparing(Timesheet::getId))
            .toList();
    Map<Long, PoolPerson> persons = new HashMap<>();
    people
        .findAllById(weeks.stream().map(Timesheet::getPersonId).distinct().toList())
        .forEach(p -> persons.put(p.getId(), p));
    Map<Long, UserSummary> users =
        identity.usersByIds(
            persons.values().stream().map(PoolPerson::getUserId).filter(Objects::nonNull).toList());
    Map<Long, String> wbs = new HashMap<>();
    if (weeks.stream().flatMap(w -> w.getLines().stream()).anyMatch(l -> l.taskId() != null)) {
      CurrentUser archive = new CurrentUser(0, "archive", "archive", Set.of(Role.ADMIN));
      if (planning.findPlan(projectId, archive).isPresent()) {
        planning.allTasks(projectId, null, archive).forEach(t -> wbs.put(t.id(), t.wbs()));
      }
    }
    for (Timesheet w : weeks) {
      PoolPerson person = persons.get(w.getPersonId());
      UserSummary user =
          person == null || person.getUserId() == null ? null : users.get(person.getUserId());
      for (TimesheetLine l : w.getLines()) {
        if (l.projectId() != projectId || l.total().signum() == 0) {
          continue;
        }
        ObjectNode node = list.addObject().put("original_id", w.getId());
        node.putObject("person")
            .put("username", user == null ? null : user.username())
            .put("name", person == null ? null : person.getName());
        line(
            node,
            w.getWeekStart(),
            l.taskId() == null ? null : wbs.get(l.taskId()),
            l.activity(),
            l.requestId());
        week(
            node,
            l.hours(),
            w.getStatus(),
            w.getSubmittedAt(),
            w.getStatus() == TimesheetStatus.APPROVED ? w.getDecidedBy() : null,
            w.getStatus() == TimesheetStatus.APPROVED ? w.getDecidedAt() : null);
      }
    }
    return list.size();
  }

  private static void line(
      ObjectNode node, LocalDate weekStart, String task, String activity, Long requestId) {
    node.put("week_start", weekStart.toString()).put("task", task).put("activity", activity);
    if (requestId == null) {
      node.putNull("request");
    } else {
      node.putObject("request").put("original_id", requestId);
    }
  }

  private static void week(
      ObjectNode node,
      List<BigDecimal> hours,
      TimesheetStatus status,
      java.time.Instant submittedAt,
      String approvedBy,
      java.time.Instant approvedAt) {
    ArrayNode days = node.putArray("hours");
    hours.forEach(h -> days.add(h.setScale(2).toPlainString()));
    node.put(
            "total",
            hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2).toPlainString())
        .put("status", status.name())
        .put("submitted_at", RecordsJson.instant(submittedAt))
        .put("approved_by", approvedBy)
        .put("approved_at", RecordsJson.instant(approvedAt));
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    List<ImportedHours> lines = new ArrayList<>();
    int position = 0;
    for (JsonNode h : section.path("hours")) {
      String status = text(h, "status");
      JsonNode person = h.path("person");
      JsonNode request = h.path("request");
      lines.add(
          new ImportedHours(
              context.projectId(),
              position++,
              new ImportedHours.Week(
                  h.path("original_id").isNumber() ? h.path("original_id").asLong() : null,
                  cut(text(person, "username"), 60),
                  cut(text(person, "name"), 200),
                  LocalDate.parse(text(h, "week_start")),
                  TimesheetStatus.valueOf(status),
                  RecordsJson.instant(h, "submitted_at"),
                  cut(text(h, "approved_by"), 200),
                  RecordsJson.instant(h, "approved_at")),
              cut(text(h, "task"), 60),
              cut(text(h, "activity"), 200),
              request.path("original_id").isNumber() ? request.path("original_id").asLong() : null,
              hours(h.path("hours"))));
    }
    imported.saveAllAndFlush(lines);
    return lines.size();
  }

  /** Seven days' hours, each from 0 to 24 with at most two decimals; refused otherwise. */
  private static List<BigDecimal> hours(JsonNode days) {
    List<BigDecimal> hours = new ArrayList<>();
    for (JsonNode day : days) {
      BigDecimal h = new BigDecimal(day.asString());
      if (h.signum() < 0 || h.compareTo(DAY) > 0 || h.scale() > 2) {
        throw refused("a day's hours are from 0 to 24, not " + h.toPlainString());
      }
      hours.add(h);
    }
    if (hours.size() != 7) {
      throw refused("a week's hours are seven days, Monday first");
    }
    return hours;
  }

  /** The bundle's fault, said as the other sections' record checks say it. */
  private static InvalidInputException refused(String what) {
    return InvalidInputException.of(
        "file", "The bundle's timesheet hours are not valid: " + what + ".");
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}

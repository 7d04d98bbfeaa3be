package org.cairnpmo.planning.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.Distribution;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.ThreePointEstimate;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.planning.WorkingPeriod;

/**
 * One demo plan as {@code demo/planning-plans.yml} writes it, turned into a {@link PlanImport}. A
 * plan is an outline of phases (summary tasks) holding task rows and sub-phases; a phase with
 * {@code for} is written once per value, its keys and names getting the value ({@code {}} in a name
 * is replaced by it). A task row is {@code [key, name, duration, after, needs, options]}:
 *
 * <ul>
 *   <li>duration: {@code 5d}, {@code 2w}, {@code 16h} working time, {@code 3ed} elapsed days,
 *       {@code m} a milestone;
 *   <li>after: predecessors separated by commas, each a key with an optional type and lag: {@code
 *       design}, {@code design SS+2d}, {@code build FF-1d}, {@code spec FS+50%}; inside a repeated
 *       phase a key of the phase means this repetition's, and {@code key@prev} the one before;
 *   <li>needs: {@code pm:1, eng:0.5}, resources by key and units;
 *   <li>options (a map, optional): {@code estimate: [0.8, 1, 1.6]} factors of the duration (the
 *       plan's {@code estimate} otherwise), {@code dist: TRIANGULAR}, {@code priority}, {@code
 *       deadline} and {@code snet} (start no earlier than) dates, {@code keyMilestone} (the name of
 *       the project's key milestone this task's finish drives).
 * </ul>
 */
final class PlanTemplate {

  private static final Pattern PREDECESSOR =
      Pattern.compile("([\\w@.-]+)(?:\\s+(FS|SS|FF|SF)([+-]\\d+(?:\\.\\d+)?)?(d|h|ed|%)?)?");

  private final Map<String, Object> source;
  private final LocalDate start;
  private final List<PlanImport.ImportTask> tasks = new ArrayList<>();
  private final List<PlanImport.ImportLink> links = new ArrayList<>();
  private final List<PlanImport.ImportRequirement> requirements = new ArrayList<>();
  private final Map<String, String> keyMilestones = new LinkedHashMap<>();
  private final List<String[]> pendingLinks = new ArrayList<>();
  private final double[] defaultEstimate;
  private final double scale;
  private Function<String, Long> users = name -> null;

  private PlanTemplate(Map<String, Object> source, LocalDate start, double scale) {
    this.source = source;
    this.start = start;
    this.scale = scale;
    this.defaultEstimate = factors(source.get("estimate"), new double[] {0.9, 1.0, 1.3});
  }

  /** The project this plan is for, by its name in the register. */
  static String project(Map<String, Object> source) {
    return (String) source.get("project");
  }

  /**
   * The plan, starting on {@code start} at 08:00, its working durations {@code scale} times what
   * the file says (so that a plan fills its project's window); {@code milestones} maps key
   * milestone names of the project to their ids (tasks that name another are not linked); {@code
   * users} gives the id of the user a resource row names by username (null: none such).
   */
  static PlanImport build(
      Map<String, Object> source,
      LocalDate start,
      double scale,
      Map<String, Long> milestones,
      Function<String, Long> users) {
    PlanTemplate template = new PlanTemplate(source, start, scale);
    template.users = users;
    return template.build(milestones);
  }

  @SuppressWarnings("unchecked")
  private PlanImport build(Map<String, Long> milestones) {
    for (Object item : (List<Object>) source.get("phases")) {
      phase((Map<String, Object>) item, 1, "", null, null);
    }
    Map<String, Boolean> known = new HashMap<>();
    tasks.forEach(t -> known.put(t.key(), true));
    for (String[] pending : pendingLinks) {
      link(pending[0], pending[1], pending[2], pending[3], known);
    }
    List<PlanImport.ImportTask> linked = new ArrayList<>();
    for (PlanImport.ImportTask task : tasks) {
      String name = keyMilestones.get(task.key());
      Long milestone = name == null ? null : milestones.get(name);
      linked.add(
          milestone == null
              ? task
              : new PlanImport.ImportTask(
                  task.key(),
                  task.outlineLevel(),
                  task.data().withLinks(null, milestone),
                  task.calendarKey()));
    }
    return new PlanImport(
        new PlanImport.Settings(
            start.atTime(8, 0), null, "project", ScheduleMode.MS_PROJECT, 2L * 480),
        List.of(calendar()),
        linked,
        links,
        resources(),
        requirements,
        List.of());
  }

  @SuppressWarnings("unchecked")
  private void phase(
      Map<String, Object> phase, int level, String suffix, String value, String previous) {
    List<Object> values = (List<Object>) phase.get("for");
    if (values != null && value == null) {
      String before = null;
      for (Object each : values) {
        String item = each.toString();
        String itemSuffix = suffix + "-" + slug(item);
        phase(phase, level, itemSuffix, item, before);
        before = itemSuffix;
      }
      return;
    }
    String name = ((String) phase.get("name")).replace("{}", value == null ? "" : value);
    String key = "phase" + tasks.size() + suffix;
    tasks.add(new PlanImport.ImportTask(key, level, TaskData.named(name, 0), null));
    for (Object item : (List<Object>) phase.get("tasks")) {
      if (item instanceof Map<?, ?> sub) {
        phase((Map<String, Object>) sub, level + 1, suffix, value, previous);
      } else {
        task((List<Object>) item, level + 1, suffix, value, previous);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void task(List<Object> row, int level, String suffix, String value, String previous) {
    String key = row.get(0) + suffix;
    String name = ((String) row.get(1)).replace("{}", value == null ? "" : value);
    String duration = row.get(2).toString();
    String after = row.size() > 3 && row.get(3) != null ? row.get(3).toString() : "";
    String needs = row.size() > 4 && row.get(4) != null ? row.get(4).toString() : "";
    Map<String, Object> options =
        row.size() > 5 && row.get(5) != null ? (Map<String, Object>) row.get(5) : Map.of();
    boolean milestone = duration.equals("m");
    DurationUnit unit = milestone ? DurationUnit.DAYS : unit(duration);
    long minutes =
        milestone ? 0 : Math.round(minutes(duration, unit) * (unit.elapsed() ? 1 : scale));
    double[] factors = factors(options.get("estimate"), defaultEstimate);
    ThreePointEstimate estimate =
        milestone
            ? null
            : new ThreePointEstimate(
                Math.round(minutes * factors[0]),
                Math.round(minutes * factors[1]),
                Math.round(minutes * factors[2]),
                options.containsKey("dist")
                    ? Distribution.valueOf(options.get("dist").toString())
                    : Distribution.PERT);
    LocalDateTime snet = date(options.get("snet"), 8);
    TaskData data =
        TaskData.named(name)
            .withKind(milestone ? TaskKind.MILESTONE : TaskKind.TASK)
            .withDurationMinutes(minutes)
            .withDurationUnit(unit)
            .withConstraintType(snet == null ? null : TaskConstraint.START_NO_EARLIER_THAN)
            .withConstraintDate(snet)
            .withDeadline(date(options.get("deadline"), 17))
            .withNotes((String) options.get("notes"))
            .withPriority(
                options.containsKey("priority")
                    ? ((Number) options.get("priority")).intValue()
                    : null)
            .withEstimate(estimate);
    tasks.add(new PlanImport.ImportTask(key, level, data, null));
    if (options.containsKey("keyMilestone")) {
      keyMilestones.put(key, options.get("keyMilestone").toString());
    }
    for (String predecessor : after.split(",")) {
      if (!predecessor.isBlank()) {
        pendingLinks.add(new String[] {predecessor.strip(), key, suffix, previous});
      }
    }
    for (String need : needs.split(",")) {
      if (!need.isBlank()) {
        String[] parts = need.strip().split(":");
        requirements.add(
            new PlanImport.ImportRequirement(key, parts[0], new BigDecimal(parts[1].strip())));
      }
    }
  }

  private void link(
      String predecessor,
      String successor,
      String suffix,
      String previous,
      Map<String, Boolean> known) {
    Matcher m = PREDECESSOR.matcher(predecessor);
    if (!m.matches()) {
      throw new IllegalStateException("Demo plan: cannot read the predecessor " + predecessor);
    }
    String ref = m.group(1);
    String key;
    if (ref.endsWith("@prev")) {
      if (previous == null) {
        return;
      }
      key = ref.substring(0, ref.length() - 5) + previous;
    } else {
      key = known.containsKey(ref + suffix) ? ref + suffix : ref;
    }
    if (!known.containsKey(key)) {
      throw new IllegalStateException("Demo plan: no task " + key + " before " + successor);
    }
    DependencyType type =
        m.group(2) == null ? DependencyType.FS : DependencyType.valueOf(m.group(2));
    long lag = 0;
    LagKind kind = LagKind.WORKING;
    if (m.group(3) != null) {
      double amount = Double.parseDouble(m.group(3));
      String lagUnit = m.group(4) == null ? "d" : m.group(4);
      switch (lagUnit) {
        case "%" -> {
          kind = LagKind.PERCENT;
          lag = Math.round(amount);
        }
        case "h" -> lag = Math.round(amount * 60);
        case "ed" -> {
          kind = LagKind.ELAPSED;
          lag = Math.round(amount * 1440);
        }
        default -> lag = Math.round(amount * 480);
      }
    }
    links.add(new PlanImport.ImportLink(key, successor, type, lag, kind));
  }

  @SuppressWarnings("unchecked")
  private PlanImport.ImportCalendar calendar() {
    Map<String, Object> calendar = (Map<String, Object>) source.get("calendar");
    List<CalendarException> holidays = new ArrayList<>();
    for (Object row : (List<Object>) calendar.getOrDefault("holidays", List.of())) {
      List<Object> holiday = (List<Object>) row;
      holidays.add(
          new CalendarException(
              holiday.get(2).toString(),
              LocalDate.parse(holiday.get(0).toString()),
              LocalDate.parse(holiday.get(1).toString()),
              List.of()));
    }
    List<WeekdayHours> week = new ArrayList<>();
    Object friday = calendar.get("friday");
    if (friday != null) {
      // Friday afternoons off at some sites: 08:00-12:00, 12:30-14:30 for example.
      List<WorkingPeriod> periods = new ArrayList<>();
      for (String period : friday.toString().split(",")) {
        String[] ends = period.strip().split("-");
        periods.add(
            new WorkingPeriod(
                java.time.LocalTime.parse(ends[0]), java.time.LocalTime.parse(ends[1])));
      }
      week.add(new WeekdayHours(DayOfWeek.FRIDAY, periods));
    }
    return new PlanImport.ImportCalendar(
        "project", calendar.get("name").toString(), null, week, holidays);
  }

  @SuppressWarnings("unchecked")
  private List<PlanImport.ImportResource> resources() {
    List<PlanImport.ImportResource> resources = new ArrayList<>();
    for (Object row : (List<Object>) source.get("resources")) {
      List<Object> r = (List<Object>) row;
      resources.add(
          new PlanImport.ImportResource(
              r.get(0).toString(),
              new ResourceData(
                  r.get(1).toString(),
                  ResourceKind.valueOf(r.get(2).toString()),
                  new BigDecimal(r.get(3).toString()),
                  r.size() > 5 ? users.apply(r.get(5).toString()) : null,
                  r.size() > 4 ? new BigDecimal(r.get(4).toString()) : null,
                  null),
              null));
    }
    return resources;
  }

  private static DurationUnit unit(String duration) {
    if (duration.endsWith("ed")) {
      return DurationUnit.ELAPSED_DAYS;
    }
    return switch (duration.charAt(duration.length() - 1)) {
      case 'w' -> DurationUnit.WEEKS;
      case 'h' -> DurationUnit.HOURS;
      default -> DurationUnit.DAYS;
    };
  }

  private static long minutes(String duration, DurationUnit unit) {
    String number = duration.replaceAll("[a-z]+$", "");
    return Math.round(Double.parseDouble(number) * unit.minutes());
  }

  private static double[] factors(Object value, double[] otherwise) {
    if (!(value instanceof List<?> list)) {
      return otherwise;
    }
    return list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
  }

  private static LocalDateTime date(Object value, int hour) {
    return value == null ? null : LocalDate.parse(value.toString()).atTime(hour, 0);
  }

  private static String slug(String value) {
    return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
  }
}

package org.cairnpmo.planning.exports;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.planning.BaselineTask;
import org.cairnpmo.planning.BaselineView;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.PlanExport;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.ThreePointEstimate;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.planning.WorkingPeriod;

/**
 * A small plan as the planning module exports it, scheduled by hand on a Monday-to-Friday calendar
 * (8-12, 13-17) with a holiday on 2027-01-12: a summary with two tasks, a task with a constraint
 * and a three-point estimate, a milestone with a deadline; every kind of lag.
 */
public final class SamplePlan {

  static final LocalDate HOLIDAY = LocalDate.of(2027, 1, 12);

  private SamplePlan() {}

  static LocalDateTime at(int day, int hour) {
    return LocalDateTime.of(2027, 1, day, hour, 0);
  }

  public static PlanExport export() {
    List<WeekdayHours> week = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      boolean weekday = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
      week.add(
          new WeekdayHours(
              day,
              weekday ? List.of(WorkingPeriod.of(8, 12), WorkingPeriod.of(13, 17)) : List.of()));
    }
    CalendarView organization =
        new CalendarView(1, null, "Organization", null, true, week, List.of(), 1);
    CalendarView project =
        new CalendarView(
            2,
            10L,
            "Plant",
            null,
            false,
            List.of(),
            List.of(new CalendarException("Plant holiday", HOLIDAY, HOLIDAY, List.of())),
            7);
    PlanView plan =
        new PlanView(
            10,
            100,
            at(4, 8),
            null,
            2,
            ScheduleMode.MS_PROJECT,
            0,
            Instant.parse("2027-01-01T00:00:00Z"),
            at(14, 17),
            5,
            List.of(),
            true,
            7,
            null,
            null,
            null,
            null);
    List<TaskView> tasks =
        List.of(
            task(11, null, 1, "1", "Design", TaskKind.TASK, true, 2400, at(4, 8), at(7, 17)),
            task(
                12, 11L, 2, "1.1", "Specification", TaskKind.TASK, false, 960, at(4, 8), at(5, 17)),
            task(13, 11L, 2, "1.2", "Review", TaskKind.TASK, false, 480, at(7, 8), at(7, 17)),
            constrained(
                task(14, null, 1, "2", "Build", TaskKind.TASK, false, 1440, at(11, 8), at(14, 17))),
            deadline(
                task(
                    15,
                    null,
                    1,
                    "3",
                    "Go-live",
                    TaskKind.MILESTONE,
                    false,
                    0,
                    at(14, 17),
                    at(14, 17))));
    List<LinkView> links =
        List.of(
            new LinkView(21, 12, 13, DependencyType.FS, 480, LagKind.WORKING, 7),
            new LinkView(22, 13, 14, DependencyType.SS, 0, LagKind.WORKING, 7),
            new LinkView(23, 14, 15, DependencyType.FS, 0, LagKind.PERCENT, 7),
            new LinkView(24, 12, 14, DependencyType.FF, 2880, LagKind.ELAPSED, 7));
    List<ResourceView> resources =
        List.of(
            new ResourceView(
                31,
                "Ana Engineer",
                ResourceKind.PERSON,
                new BigDecimal("1.00"),
                null,
                new BigDecimal("80.00"),
                null,
                7));
    List<RequirementView> requirements =
        List.of(new RequirementView(41, 14, 31, "Ana Engineer", new BigDecimal("0.50"), 7));
    PlanExport.SavedBaseline baseline =
        new PlanExport.SavedBaseline(
            new BaselineView(51, 0, "Baseline", Instant.parse("2027-01-01T00:00:00Z"), "pm", 1),
            List.of(
                new BaselineTask(14, at(11, 8), at(13, 17), 1440, 720, new BigDecimal("960.00"))));
    return new PlanExport(
        "PRJ-1",
        "Plant line retrofit",
        plan,
        List.of(organization, project),
        tasks,
        links,
        resources,
        requirements,
        List.of(baseline));
  }

  static TaskView task(
      long id,
      Long parentId,
      int level,
      String wbs,
      String name,
      TaskKind kind,
      boolean summary,
      long minutes,
      LocalDateTime start,
      LocalDateTime finish) {
    return new TaskView(
        id,
        parentId,
        (int) id,
        wbs,
        level,
        name,
        kind,
        summary,
        minutes,
        DurationUnit.DAYS,
        TaskConstraint.AS_SOON_AS_POSSIBLE,
        null,
        null,
        false,
        null,
        null,
        0,
        null,
        null,
        null,
        500,
        null,
        null,
        null,
        start,
        finish,
        start,
        finish,
        start,
        finish,
        0L,
        0L,
        true,
        false,
        null,
        7);
  }

  private static TaskView constrained(TaskView t) {
    return new TaskView(
        t.id(),
        t.parentId(),
        t.position(),
        t.wbs(),
        t.outlineLevel(),
        t.name(),
        t.kind(),
        t.summary(),
        t.durationMinutes(),
        t.durationUnit(),
        TaskConstraint.START_NO_EARLIER_THAN,
        at(11, 8),
        null,
        false,
        null,
        null,
        25,
        at(11, 8),
        null,
        "Machines arrive on the 11th",
        700,
        new ThreePointEstimate(960L, 1440L, 2880L, null),
        2L,
        null,
        t.start(),
        t.finish(),
        t.earlyStart(),
        t.earlyFinish(),
        t.lateStart(),
        t.lateFinish(),
        0L,
        0L,
        true,
        false,
        null,
        7);
  }

  private static TaskView deadline(TaskView t) {
    return new TaskView(
        t.id(),
        t.parentId(),
        t.position(),
        t.wbs(),
        t.outlineLevel(),
        t.name(),
        t.kind(),
        t.summary(),
        t.durationMinutes(),
        t.durationUnit(),
        t.constraintType(),
        null,
        at(15, 17),
        false,
        null,
        null,
        0,
        null,
        null,
        null,
        500,
        null,
        null,
        null,
        t.start(),
        t.finish(),
        t.earlyStart(),
        t.earlyFinish(),
        t.lateStart(),
        t.lateFinish(),
        0L,
        0L,
        true,
        false,
        null,
        7);
  }
}

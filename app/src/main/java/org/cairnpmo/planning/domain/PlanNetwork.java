package org.cairnpmo.planning.domain;

import java.util.List;
import org.cairnpmo.engine.schedule.Constraint;
import org.cairnpmo.engine.schedule.ConstraintType;
import org.cairnpmo.engine.schedule.Lag;
import org.cairnpmo.engine.schedule.Link;
import org.cairnpmo.engine.schedule.LinkType;
import org.cairnpmo.engine.schedule.Progress;
import org.cairnpmo.engine.schedule.Rules;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.Span;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.planning.TaskView;

/**
 * A plan as the engine's scheduler reads it: task, link and calendar ids as text, tasks in outline
 * order, the plan's calendar (the organization's when it names none).
 */
final class PlanNetwork {

  private PlanNetwork() {}

  static ScheduleRequest request(
      Plan plan, List<PlanTask> tasks, List<PlanLink> links, CalendarBook calendars) {
    Long calendarId = plan.getCalendarId();
    return new ScheduleRequest(
        plan.getStartAt(),
        plan.getStatusDate(),
        calendars.all(),
        CalendarBook.key(calendarId == null ? calendars.organizationCalendarId() : calendarId),
        tasks.stream().map(PlanNetwork::task).toList(),
        links.stream().map(PlanNetwork::link).toList(),
        plan.getNearCriticalMinutes(),
        plan.getScheduleMode() == ScheduleMode.PRIMAVERA ? Rules.PRIMAVERA : Rules.MS_PROJECT);
  }

  static String key(long id) {
    return Long.toString(id);
  }

  private static ScheduleTask task(PlanTask task) {
    TaskView data = task.view(0);
    Span duration =
        new Span(
            data.durationMinutes(), data.durationUnit() != null && data.durationUnit().elapsed());
    Constraint constraint =
        new Constraint(ConstraintType.valueOf(data.constraintType().name()), data.constraintDate());
    Progress progress =
        new Progress(data.percentComplete(), data.actualStart(), data.actualFinish());
    return new ScheduleTask(
        key(task.getId()),
        data.name(),
        task.getParentId() == null ? null : key(task.getParentId()),
        duration,
        data.calendarId() == null ? null : CalendarBook.key(data.calendarId()),
        constraint,
        data.deadline(),
        data.manual() ? data.manualStart() : null,
        data.manual() ? data.manualFinish() : null,
        progress,
        null,
        null);
  }

  private static Link link(PlanLink link) {
    return new Link(
        key(link.getPredecessorId()),
        key(link.getSuccessorId()),
        type(link.getType()),
        new Lag(lagKind(link.getLagKind()), link.getLagValue()));
  }

  private static LinkType type(DependencyType type) {
    return switch (type) {
      case FS -> LinkType.FINISH_TO_START;
      case SS -> LinkType.START_TO_START;
      case FF -> LinkType.FINISH_TO_FINISH;
      case SF -> LinkType.START_TO_FINISH;
    };
  }

  private static Lag.Kind lagKind(LagKind kind) {
    return switch (kind) {
      case WORKING -> Lag.Kind.WORKING;
      case ELAPSED -> Lag.Kind.ELAPSED;
      case PERCENT -> Lag.Kind.PERCENT;
    };
  }
}

package org.cairnpmo.planning.exports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.documents.CalendarFiles;

/**
 * Milestones as an iCalendar (RFC 5545) feed: one event per milestone at its planned date, in the
 * plan's local time (a "floating" time: the plan's dates carry no time zone), named with the
 * project's code. The event's UID stays the same while the milestone exists, so a calendar that
 * subscribes moves the event when the plan moves the milestone.
 */
final class MilestoneFeed {

  /** A milestone of a project's plan. */
  record Milestone(String projectCode, String projectName, long projectId, TaskView task) {}

  private MilestoneFeed() {}

  static byte[] write(String name, List<Milestone> milestones, Instant stamp) {
    return CalendarFiles.write(
        "Plan milestones", name, milestones.stream().map(e -> event(e, stamp)).toList());
  }

  private static VEvent event(Milestone milestone, Instant stamp) {
    TaskView task = milestone.task();
    LocalDateTime when = task.finish() != null ? task.finish() : task.earlyFinish();
    VEvent event = new VEvent(false);
    event.add(new Uid("plan-task-" + task.id() + "@cairnpmo.org"));
    event.add(new DtStamp(stamp));
    event.add(new DtStart<>(when));
    event.add(new DtEnd<>(when));
    event.add(
        new Summary(
            InputRules.withoutControlCharacters(milestone.projectCode() + ": " + task.name())));
    StringBuilder description =
        new StringBuilder(InputRules.withoutControlCharacters(milestone.projectName()));
    if (task.deadline() != null) {
      description.append("\nDeadline: ").append(task.deadline());
    }
    if (task.critical()) {
      description.append("\nOn the critical path");
    }
    event.add(new Description(description.toString()));
    event.add(new Categories("Milestone"));
    return event;
  }
}

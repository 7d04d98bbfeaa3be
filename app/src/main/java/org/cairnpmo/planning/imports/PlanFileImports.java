package org.cairnpmo.planning.imports;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.WorkingCalendar;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.imports.PlanImportReport.DateMatch;
import org.cairnpmo.planning.imports.PlanImportReport.TaskDifference;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports an MS Project or Primavera file as a project's plan, all or nothing: the file is read
 * ({@link PlanFileReader}), turned into Cairn's plan ({@link FilePlanReader}), replaces the plan
 * through {@link PlanningApi#replacePlan} (which schedules it with Cairn's engine), and the early
 * dates Cairn computed are compared with the ones the file stores. Only who may change the plan
 * imports; a project the caller may not see is "not found" before the file is read.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanFileImports {

  private final PlanningApi planning;
  private final PlanFileReader reader;

  /** The largest file the import accepts, in bytes. */
  public long maxBytes() {
    return reader.maxBytes();
  }

  public PlanImportReport importFile(
      long projectId, String filename, InputStream content, long expectedVersion, CurrentUser me) {
    if (!planning.mayEdit(projectId, me)) {
      planning.findPlan(projectId, me); // "not found" for a project the caller may not see
      throw new AccessDeniedException("Only the project's manager and the PMO import its plan");
    }
    FilePlan filePlan =
        FilePlanReader.read(filename, reader.read(filename, content), organizationDates());
    PlanEdit<PlanView> edit;
    try {
      edit = planning.replacePlan(projectId, filePlan.plan(), expectedVersion, me);
    } catch (PlanFileException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new PlanFileException(filename, "holds a plan Cairn cannot take: " + e.getMessage());
    }
    List<TaskView> tasks = planning.allTasks(projectId, null, me);
    return new PlanImportReport(
        filename,
        filePlan.format(),
        tasks.size(),
        filePlan.plan().links().size(),
        filePlan.plan().calendars().size(),
        filePlan.plan().resources().size(),
        filePlan.plan().requirements().size(),
        filePlan.plan().baselines().size(),
        compare(filePlan, tasks, planning.scheduleRequest(projectId, me)),
        filePlan.warnings(),
        edit.version());
  }

  private Set<LocalDate> organizationDates() {
    Set<LocalDate> dates = new HashSet<>();
    for (CalendarException exception : planning.organizationCalendar().exceptions()) {
      for (LocalDate date = exception.firstDay();
          !date.isAfter(exception.lastDay());
          date = date.plusDays(1)) {
        dates.add(date);
      }
    }
    return dates;
  }

  /** The file's stored early dates against the plan's, task by task in outline order. */
  static DateMatch compare(FilePlan filePlan, List<TaskView> tasks, ScheduleRequest request) {
    Map<String, WorkingCalendar> calendars = new HashMap<>();
    request.calendars().forEach(c -> calendars.put(c.id(), c));
    Map<String, String> taskCalendars = new HashMap<>();
    for (ScheduleTask task : request.tasks()) {
      taskCalendars.put(
          task.id(), task.calendarId() == null ? request.projectCalendarId() : task.calendarId());
    }
    List<FilePlan.StoredDates> stored = List.copyOf(filePlan.stored().values());
    int compared = 0;
    int starts = 0;
    int finishes = 0;
    int both = 0;
    List<TaskDifference> differences = new ArrayList<>();
    for (int i = 0; i < Math.min(stored.size(), tasks.size()); i++) {
      FilePlan.StoredDates file = stored.get(i);
      TaskView task = tasks.get(i);
      if (!file.complete() || task.earlyStart() == null || task.earlyFinish() == null) {
        continue;
      }
      WorkingCalendar calendar =
          calendars.getOrDefault(
              taskCalendars.get(String.valueOf(task.id())),
              calendars.get(request.projectCalendarId()));
      boolean start = same(calendar, file.earlyStart(), task.earlyStart());
      boolean finish = same(calendar, file.earlyFinish(), task.earlyFinish());
      compared++;
      starts += start ? 1 : 0;
      finishes += finish ? 1 : 0;
      both += start && finish ? 1 : 0;
      if (!(start && finish) && differences.size() < DateMatch.MAX_LISTED) {
        differences.add(
            new TaskDifference(
                task.id(),
                task.wbs(),
                task.name(),
                file.earlyStart(),
                task.earlyStart(),
                file.earlyFinish(),
                task.earlyFinish()));
      }
    }
    double percent = compared == 0 ? 100.0 : Math.round(1000.0 * both / compared) / 10.0;
    return new DateMatch(compared, starts, finishes, both, percent, differences);
  }

  private static boolean same(
      WorkingCalendar calendar, java.time.LocalDateTime file, java.time.LocalDateTime ours) {
    return file.equals(ours) || (calendar != null && calendar.workBetween(file, ours) == 0);
  }
}

package org.cairnpmo.bench.cpm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cairnpmo.engine.schedule.Lag;
import org.cairnpmo.engine.schedule.Link;
import org.cairnpmo.engine.schedule.LinkType;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.Span;
import org.cairnpmo.engine.schedule.WorkingCalendar;
import org.cairnpmo.engine.schedule.WorkingTime;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

/**
 * A seeded random layered network: activities of 1 to 15 working days in layers, each activity
 * after the first layer linked to about three activities of the three layers before it, with mixed
 * link types (70 % finish-to-start, 15 % start-to-start, 10 % finish-to-finish, 5 %
 * start-to-finish) and a lag or lead on a quarter of the links, on a Monday-to-Friday calendar with
 * eight holidays a year. The same network is given to Cairn's engine and to MPXJ.
 */
final class RandomNetwork {

  static final LocalDateTime START = LocalDateTime.of(2027, 1, 4, 8, 0);

  private static final int YEARS = 60;

  /** One link: predecessor and successor index, type, lag in working days. */
  record Edge(int from, int to, LinkType type, int lagDays) {}

  final int size;
  final int[] durationDays;
  final List<Edge> edges = new ArrayList<>();
  final List<LocalDate> holidays = new ArrayList<>();

  RandomNetwork(int size, long seed) {
    this.size = size;
    SplittableRandom random = new SplittableRandom(seed);
    durationDays = new int[size];
    int layers = Math.max(1, (int) Math.round(Math.sqrt(size / 4.0)));
    int width = (size + layers - 1) / layers;
    for (int i = 0; i < size; i++) {
      durationDays[i] = 1 + random.nextInt(15);
      int layer = i / width;
      if (layer == 0) {
        continue;
      }
      int firstCandidate = Math.max(0, layer - 3) * width;
      int links = 1 + random.nextInt(5); // 1 to 5, three on average
      int[] chosen = new int[links];
      int count = 0;
      for (int k = 0; k < links; k++) {
        int from = firstCandidate + random.nextInt(layer * width - firstCandidate);
        if (!contains(chosen, count, from)) {
          chosen[count++] = from;
          edges.add(new Edge(from, i, type(random), lag(random)));
        }
      }
    }
    for (int year = START.getYear(); year < START.getYear() + YEARS; year++) {
      holidays.add(LocalDate.of(year, Month.JANUARY, 1));
      holidays.add(LocalDate.of(year, Month.MAY, 1));
      holidays.add(LocalDate.of(year, Month.MAY, 8));
      holidays.add(LocalDate.of(year, Month.JULY, 14));
      holidays.add(LocalDate.of(year, Month.AUGUST, 15));
      holidays.add(LocalDate.of(year, Month.NOVEMBER, 11));
      holidays.add(LocalDate.of(year, Month.DECEMBER, 25));
      holidays.add(LocalDate.of(year, Month.DECEMBER, 26));
    }
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int k = 0; k < count; k++) {
      if (values[k] == value) {
        return true;
      }
    }
    return false;
  }

  private static LinkType type(SplittableRandom random) {
    int draw = random.nextInt(100);
    if (draw < 70) {
      return LinkType.FINISH_TO_START;
    }
    if (draw < 85) {
      return LinkType.START_TO_START;
    }
    return draw < 95 ? LinkType.FINISH_TO_FINISH : LinkType.START_TO_FINISH;
  }

  private static int lag(SplittableRandom random) {
    return random.nextInt(4) == 0 ? random.nextInt(6) - 2 : 0;
  }

  static String id(int i) {
    return "A" + i;
  }

  WorkingCalendar calendar() {
    WorkingCalendar.Builder builder =
        WorkingCalendar.builder("Standard").weekdays(WorkingTime.of(8, 12), WorkingTime.of(13, 17));
    holidays.forEach(builder::holiday);
    return builder.build();
  }

  /** The network as a request of Cairn's engine. */
  ScheduleRequest request() {
    List<ScheduleTask> tasks = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      tasks.add(ScheduleTask.of(id(i), Span.workingDays(durationDays[i])));
    }
    List<Link> links = new ArrayList<>(edges.size());
    for (Edge edge : edges) {
      links.add(
          new Link(id(edge.from()), id(edge.to()), edge.type(), Lag.workingDays(edge.lagDays())));
    }
    return ScheduleRequest.of(START, tasks, links).withCalendars(List.of(calendar()), "Standard");
  }

  /** The network as an MPXJ project on the same calendar. */
  ProjectFile mpxj() {
    ProjectFile file = new ProjectFile();
    ProjectCalendar calendar = file.addDefaultBaseCalendar();
    holidays.forEach(calendar::addCalendarException);
    file.setDefaultCalendar(calendar);
    file.getProjectProperties().setStartDate(START);
    Task[] tasks = new Task[size];
    for (int i = 0; i < size; i++) {
      Task task = file.addTask();
      task.setName(id(i));
      task.setTaskMode(TaskMode.AUTO_SCHEDULED);
      Duration duration = Duration.getInstance(durationDays[i], TimeUnit.DAYS);
      task.setDuration(duration);
      task.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
      task.setRemainingDuration(duration);
      tasks[i] = task;
    }
    for (Edge edge : edges) {
      tasks[edge.to()].addPredecessor(
          new Relation.Builder()
              .predecessorTask(tasks[edge.from()])
              .type(relationType(edge.type()))
              .lag(Duration.getInstance(edge.lagDays(), TimeUnit.DAYS)));
    }
    return file;
  }

  private static RelationType relationType(LinkType type) {
    return switch (type) {
      case FINISH_TO_START -> RelationType.FINISH_START;
      case START_TO_START -> RelationType.START_START;
      case FINISH_TO_FINISH -> RelationType.FINISH_FINISH;
      case START_TO_FINISH -> RelationType.START_FINISH;
    };
  }
}

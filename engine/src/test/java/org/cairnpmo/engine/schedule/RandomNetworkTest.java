package org.cairnpmo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties that hold on any plan without constraints: no task starts before its links allow,
 * floats are never negative, free float never exceeds total float, the critical path reaches the
 * project's finish, and the same plan gives the same schedule.
 */
class RandomNetworkTest {

  private static final LinkType[] TYPES = LinkType.values();

  private final WorkingCalendar calendar = WorkingCalendar.standard("Standard");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void a_random_network_keeps_every_link_and_has_no_negative_float(long seed) {
    Random random = new Random(seed);
    int n = 150;
    List<ScheduleTask> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long minutes = random.nextInt(5) == 0 ? 0 : 60L * (1 + random.nextInt(40));
      tasks.add(ScheduleTask.of("T" + i, Span.working(minutes)));
    }
    List<Link> links = new ArrayList<>();
    for (int to = 1; to < n; to++) {
      int count = 1 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        int from = random.nextInt(to);
        LinkType type = TYPES[random.nextInt(TYPES.length)];
        Lag lag = Lag.working(60L * random.nextInt(10));
        links.add(new Link("T" + from, "T" + to, type, lag));
      }
    }
    ScheduleRequest request = ScheduleRequest.of(Plans.MONDAY, tasks, links);
    Schedule schedule = Scheduler.schedule(request);

    for (Link link : links) {
      ScheduledTask p = schedule.task(link.predecessor());
      ScheduledTask s = schedule.task(link.successor());
      long kept =
          switch (link.type()) {
            case FINISH_TO_START -> calendar.workBetween(p.earlyFinish(), s.earlyStart());
            case START_TO_START -> calendar.workBetween(p.earlyStart(), s.earlyStart());
            case FINISH_TO_FINISH -> calendar.workBetween(p.earlyFinish(), s.earlyFinish());
            case START_TO_FINISH -> calendar.workBetween(p.earlyStart(), s.earlyFinish());
          };
      assertThat(kept).as("%s", link).isGreaterThanOrEqualTo(link.lag().amount());
    }
    for (ScheduledTask task : schedule.tasks()) {
      assertThat(task.totalFloat()).as(task.id()).isNotNegative();
      assertThat(task.freeFloat())
          .as(task.id())
          .isNotNegative()
          .isLessThanOrEqualTo(task.totalFloat());
      // a milestone's late date may be the end of the previous day: the same moment in work
      assertThat(calendar.workBetween(task.earlyStart(), task.lateStart()))
          .as(task.id())
          .isNotNegative();
    }
    assertThat(schedule.conflicts()).isEmpty();
    assertThat(schedule.criticalPath()).isNotEmpty();
    assertThat(schedule.criticalPath())
        .anySatisfy(
            id -> assertThat(schedule.task(id).earlyFinish()).isEqualTo(schedule.projectFinish()));
    assertThat(Scheduler.schedule(request)).isEqualTo(schedule);
  }
}

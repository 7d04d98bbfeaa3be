package org.cairnpmo.engine.schedule.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cairnpmo.engine.schedule.Lag;
import org.cairnpmo.engine.schedule.Link;
import org.cairnpmo.engine.schedule.LinkType;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.ScheduledTask;
import org.cairnpmo.engine.schedule.Span;
import org.cairnpmo.engine.schedule.WorkingCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over random plans with links of every kind and lags: a levelled plan never exceeds a capacity,
 * keeps every link and makes no conflict.
 */
class RandomPlanLevelingTest {

  private static final LinkType[] TYPES = LinkType.values();
  private static final String[] RESOURCES = {"dev", "test", "crane"};

  private final WorkingCalendar calendar = WorkingCalendar.standard("Standard");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void a_levelled_plan_never_exceeds_a_capacity_and_keeps_its_links(long seed) {
    Random random = new Random(seed);
    int n = 60;
    List<ScheduleTask> tasks = new ArrayList<>();
    List<ResourceRequirement> needs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long minutes = random.nextInt(6) == 0 ? 0 : 60L * (1 + random.nextInt(24));
      tasks.add(ScheduleTask.of("T" + i, Span.working(minutes)));
      for (String resource : RESOURCES) {
        if (random.nextInt(3) == 0) {
          needs.add(new ResourceRequirement("T" + i, resource, 0.5 * (1 + random.nextInt(4))));
        }
      }
    }
    List<Link> links = new ArrayList<>();
    for (int to = 1; to < n; to++) {
      for (int k = random.nextInt(3); k > 0; k--) {
        LinkType type = TYPES[random.nextInt(TYPES.length)];
        Lag lag = Lag.working(60L * (random.nextInt(8) - 2));
        links.add(new Link("T" + random.nextInt(to), "T" + to, type, lag));
      }
    }
    List<ResourceCapacity> capacities = new ArrayList<>();
    for (String resource : RESOURCES) {
      capacities.add(new ResourceCapacity(resource, 2 + random.nextInt(3)));
    }
    LevelingRequest request =
        new LevelingRequest(
            ScheduleRequest.of(ResourceLevelerTest.MONDAY, tasks, links), needs, capacities);

    LeveledPlan plan = ResourceLeveler.level(request, LevelingOptions.heuristic());

    assertThat(plan.overAllocatedBefore()).isNotEmpty();
    assertThat(plan.overDemanding()).isEmpty();
    assertThat(plan.overAllocatedAfter()).isEmpty();
    assertThat(plan.leveled().conflicts()).isEmpty();
    for (Link link : links) {
      ScheduledTask p = plan.leveled().task(link.predecessor());
      ScheduledTask s = plan.leveled().task(link.successor());
      boolean fromStart =
          link.type() == LinkType.START_TO_START || link.type() == LinkType.START_TO_FINISH;
      boolean toFinish =
          link.type() == LinkType.FINISH_TO_FINISH || link.type() == LinkType.START_TO_FINISH;
      long kept =
          calendar.workBetween(
              fromStart ? p.start() : p.finish(), toFinish ? s.finish() : s.start());
      assertThat(kept).as("%s", link).isGreaterThanOrEqualTo(link.lag().amount());
    }
    for (TaskDelay delay : plan.delays()) {
      assertThat(delay.delayMinutes()).isPositive();
    }
  }
}

package org.cairnpmo.engine.schedule.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairnpmo.engine.schedule.ConstraintType;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.Lag;
import org.cairnpmo.engine.schedule.Link;
import org.cairnpmo.engine.schedule.LinkType;
import org.cairnpmo.engine.schedule.Progress;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.Scheduler;
import org.cairnpmo.engine.schedule.Span;
import org.cairnpmo.engine.schedule.WorkingCalendar;
import org.cairnpmo.engine.schedule.WorkingTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RiskAnalysisTest {

  private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 8, 0);
  private static final long DAY = Span.MINUTES_PER_DAY;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void with_no_spread_every_percentile_is_the_deterministic_finish(long seed) {
    ScheduleRequest plan = randomPlan(seed, 120);
    Map<String, Estimate> estimates = new HashMap<>();
    for (ScheduleTask task : plan.tasks()) {
      long d = task.duration().minutes();
      estimates.put(
          task.id(), seed % 2 == 0 ? Estimate.triangular(d, d, d) : Estimate.pert(d, d, d));
    }
    Schedule schedule = Scheduler.schedule(plan);

    RiskResult result = RiskAnalysis.run(RiskRequest.of(plan, estimates, 300, seed));

    for (double p : new double[] {0, 10, 50, 80, 90, 100}) {
      assertThat(result.finish().at(p)).as("P%s", p).isEqualTo(schedule.projectFinish());
    }
    assertThat(result.probabilityOfFinishingBy(schedule.projectFinish())).isEqualTo(1.0);
    result
        .milestones()
        .forEach(
            (id, outcome) ->
                assertThat(outcome.at(50)).as(id).isEqualTo(schedule.task(id).earlyFinish()));
    assertThat(result.criticalities().values()).allSatisfy(c -> assertThat(c).isIn(0.0, 1.0));
  }

  @Test
  void the_same_seed_gives_the_same_result_with_any_number_of_threads() {
    ScheduleRequest plan = randomPlan(11, 200);
    Map<String, Estimate> estimates = spread(plan, Distribution.PERT);
    RiskRequest request = RiskRequest.of(plan, estimates, 2_000, 99);

    RiskResult one = RiskAnalysis.run(request.withThreads(1));
    RiskResult two = RiskAnalysis.run(request.withThreads(2));
    RiskResult four = RiskAnalysis.run(request.withThreads(4));
    RiskResult otherSeed = RiskAnalysis.run(RiskRequest.of(plan, estimates, 2_000, 100));

    for (RiskResult again : List.of(two, four)) {
      assertThat(again.finish().histogram(30)).isEqualTo(one.finish().histogram(30));
      assertThat(again.criticalities()).isEqualTo(one.criticalities());
      assertThat(again.tornado(20)).isEqualTo(one.tornado(20));
      assertThat(again.finish().meanMinutes()).isEqualTo(one.finish().meanMinutes());
    }
    assertThat(otherSeed.finish().meanMinutes()).isNotEqualTo(one.finish().meanMinutes());
  }

  @Test
  void every_task_of_a_single_chain_is_always_critical() {
    ScheduleRequest plan = chain();
    Map<String, Estimate> estimates =
        Map.of(
            "A", Estimate.triangular(3 * DAY, 5 * DAY, 9 * DAY),
            "B", Estimate.pert(2 * DAY, 3 * DAY, 6 * DAY),
            "C", Estimate.triangular(6 * DAY, 8 * DAY, 8 * DAY));

    RiskResult result = RiskAnalysis.run(RiskRequest.of(plan, estimates, 1_000, 1));

    assertThat(result.criticalities()).containsOnly(entry("A"), entry("B"), entry("C"));
  }

  @Test
  void the_mean_finish_of_a_chain_is_the_sum_of_the_means_of_its_durations() {
    ScheduleRequest plan = chain();
    Estimate a = Estimate.triangular(3 * DAY, 5 * DAY, 10 * DAY);
    Estimate b = Estimate.triangular(1 * DAY, 3 * DAY, 4 * DAY);
    Estimate c = Estimate.pert(4 * DAY, 8 * DAY, 20 * DAY);

    RiskResult result =
        RiskAnalysis.run(RiskRequest.of(plan, Map.of("A", a, "B", b, "C", c), 40_000, 5));

    double expected = a.mean() + b.mean() + c.mean();
    assertThat(result.finish().meanMinutes()).isCloseTo(expected, within(expected * 0.005));
  }

  @Test
  void a_symmetric_estimate_meets_its_most_likely_finish_half_of_the_time() {
    ScheduleRequest plan =
        ScheduleRequest.of(
                MONDAY,
                List.of(task("A", 10), ScheduleTask.milestone("M").withDeadline(friday(2))),
                List.of(Link.finishToStart("A", "M")))
            .withCalendars(List.of(WorkingCalendar.standard("Standard")), "Standard");

    RiskResult result =
        RiskAnalysis.run(
            RiskRequest.of(
                plan, Map.of("A", Estimate.triangular(5 * DAY, 10 * DAY, 15 * DAY)), 20_000, 3));

    assertThat(result.milestone("M").probabilityOfMeetingDeadline()).isCloseTo(0.5, within(0.02));
    assertThat(result.probabilityOfFinishingBy(friday(2))).isCloseTo(0.5, within(0.02));
    assertThat(result.finish().at(0)).isAfterOrEqualTo(friday(1));
    assertThat(result.finish().at(100)).isBeforeOrEqualTo(friday(3));
    List<Bin> bars = result.finish().histogram(10);
    assertThat(bars).hasSizeLessThanOrEqualTo(10);
    assertThat(bars.stream().mapToInt(Bin::count).sum()).isEqualTo(20_000);
    assertThat(bars.get(bars.size() - 1).cumulative()).isEqualTo(1.0);
  }

  @Test
  void the_tornado_puts_the_widest_estimate_on_the_path_first() {
    ScheduleRequest plan =
        ScheduleRequest.of(
            MONDAY,
            List.of(task("Wide", 10), task("Narrow", 10), task("Aside", 2), task("End", 1)),
            List.of(
                Link.finishToStart("Wide", "Narrow"),
                Link.finishToStart("Narrow", "End"),
                Link.finishToStart("Aside", "End")));
    Map<String, Estimate> estimates =
        Map.of(
            "Wide", Estimate.triangular(5 * DAY, 10 * DAY, 25 * DAY),
            "Narrow", Estimate.triangular(9 * DAY, 10 * DAY, 11 * DAY),
            "Aside", Estimate.triangular(1 * DAY, 2 * DAY, 4 * DAY));

    RiskResult result = RiskAnalysis.run(RiskRequest.of(plan, estimates, 5_000, 8));

    List<Driver> tornado = result.tornado(3);
    assertThat(tornado).extracting(Driver::taskId).containsExactly("Wide", "Narrow", "Aside");
    assertThat(tornado.get(0).correlation()).isGreaterThan(0.9);
    assertThat(Math.abs(tornado.get(2).correlation())).isLessThan(0.05);
    assertThat(result.criticality("Aside")).isZero();
  }

  @Test
  void finished_work_does_not_vary_and_a_started_task_varies_only_what_remains() {
    LocalDateTime status = LocalDateTime.of(2026, 1, 12, 8, 0);
    ScheduleRequest plan =
        ScheduleRequest.of(
                MONDAY,
                List.of(
                    task("Done", 5)
                        .withProgress(
                            Progress.finished(MONDAY, LocalDateTime.of(2026, 1, 9, 17, 0))),
                    task("Half", 10).withProgress(Progress.started(status, 50)),
                    task("Next", 5)),
                List.of(Link.finishToStart("Done", "Half"), Link.finishToStart("Half", "Next")))
            .withStatusDate(status);
    Map<String, Estimate> estimates =
        Map.of(
            "Done", Estimate.triangular(1 * DAY, 5 * DAY, 30 * DAY),
            "Half", Estimate.triangular(10 * DAY, 10 * DAY, 20 * DAY));
    Schedule schedule = Scheduler.schedule(plan);

    RiskResult result = RiskAnalysis.run(RiskRequest.of(plan, estimates, 4_000, 2));

    // Half has 5 days left at the status date; at most 10 (half of 20) in the simulation
    long atStatus = result.finish().minutesAt(0) - 0;
    assertThat(result.finish().at(0)).isEqualTo(schedule.projectFinish());
    assertThat(result.finish().minutesAt(100) - atStatus).isLessThanOrEqualTo(5 * DAY);
    assertThat(result.criticality("Done")).isZero();
    assertThat(result.criticality("Half")).isEqualTo(1.0);
    assertThat(result.tornado(5)).extracting(Driver::taskId).containsExactly("Half");
  }

  @Test
  void a_cancelled_analysis_stops_early() {
    ScheduleRequest plan = randomPlan(3, 100);
    AtomicInteger reports = new AtomicInteger();
    RiskListener cancelAfterFirst =
        new RiskListener() {
          @Override
          public void progress(int done, int total) {
            reports.incrementAndGet();
          }

          @Override
          public boolean cancelled() {
            return reports.get() > 0;
          }
        };

    assertThatThrownBy(
            () ->
                RiskAnalysis.run(
                    RiskRequest.of(plan, spread(plan, Distribution.TRIANGULAR), 100_000, 1)
                        .withThreads(1),
                    cancelAfterFirst))
        .isInstanceOf(CancellationException.class);
    assertThat(reports.get()).isLessThan(100_000 / RiskAnalysis.BLOCK);
  }

  @Test
  void an_estimate_must_be_ordered_and_name_a_task_of_the_plan() {
    assertThatThrownBy(() -> Estimate.triangular(5, 3, 8))
        .isInstanceOf(InvalidScheduleException.class);
    ScheduleRequest plan = ScheduleRequest.of(MONDAY, List.of(task("A", 1)), List.of());
    assertThatThrownBy(() -> RiskRequest.of(plan, Map.of("B", Estimate.triangular(1, 2, 3)), 10, 1))
        .isInstanceOf(InvalidScheduleException.class);
    assertThatThrownBy(() -> RiskRequest.of(plan, Map.of(), 0, 1))
        .isInstanceOf(InvalidScheduleException.class);
  }

  // ---------------------------------------------------------------- plans

  /** A, then B, then C: 5, 3 and 8 days. */
  private static ScheduleRequest chain() {
    return ScheduleRequest.of(
        MONDAY,
        List.of(task("A", 5), task("B", 3), task("C", 8)),
        List.of(Link.finishToStart("A", "B"), Link.finishToStart("B", "C")));
  }

  private static Map.Entry<String, Double> entry(String id) {
    return Map.entry(id, 1.0);
  }

  private static LocalDateTime friday(int week) {
    return LocalDateTime.of(2026, 1, 2 + 7 * week, 17, 0);
  }

  private static ScheduleTask task(String id, double days) {
    return ScheduleTask.of(id, Span.workingDays(days));
  }

  private static Map<String, Estimate> spread(ScheduleRequest plan, Distribution shape) {
    Map<String, Estimate> estimates = new HashMap<>();
    for (ScheduleTask task : plan.tasks()) {
      long d = task.duration().minutes();
      estimates.put(task.id(), new Estimate(d * 3 / 4, d, d * 2, shape));
    }
    return estimates;
  }

  /**
   * A random plan with the features the simulation must honour: every link type with lags and
   * leads, constraints, a summary, milestones with deadlines, tasks on a night-shift and a 24-hour
   * calendar, elapsed durations, and progress before a status date.
   */
  private static ScheduleRequest randomPlan(long seed, int n) {
    Random random = new Random(seed);
    WorkingCalendar standard =
        WorkingCalendar.standard("Standard")
            .derive("Project")
            .holiday(LocalDate.of(2026, 1, 19))
            .build();
    WorkingCalendar night =
        WorkingCalendar.builder("Night")
            .weekdays(WorkingTime.of(22, 24), WorkingTime.of(0, 6))
            .nonWorking(DayOfWeek.SATURDAY)
            .build();
    WorkingCalendar allDay = WorkingCalendar.allDay("24h");
    LocalDateTime status = MONDAY.plusDays(7);
    List<ScheduleTask> tasks = new ArrayList<>();
    tasks.add(ScheduleTask.of("S", Span.ZERO).named("Summary"));
    for (int i = 0; i < n; i++) {
      long minutes = random.nextInt(6) == 0 ? 0 : 60L * (1 + random.nextInt(60));
      ScheduleTask task =
          random.nextInt(10) == 0
              ? ScheduleTask.of("T" + i, Span.elapsed(minutes * 2))
              : ScheduleTask.of("T" + i, Span.working(minutes));
      int draw = random.nextInt(30);
      if (draw == 0) {
        task = task.onCalendar("Night");
      } else if (draw == 1) {
        task = task.onCalendar("24h");
      } else if (draw == 2) {
        task =
            task.constrained(
                ConstraintType.START_NO_EARLIER_THAN, MONDAY.plusDays(random.nextInt(40)));
      } else if (draw == 3) {
        task =
            task.constrained(
                ConstraintType.FINISH_NO_LATER_THAN, MONDAY.plusDays(10 + random.nextInt(40)));
      } else if (draw == 4) {
        task = task.constrained(ConstraintType.AS_LATE_AS_POSSIBLE, null);
      } else if (draw == 5 && i < 10) {
        task = task.withProgress(Progress.finished(MONDAY, MONDAY.plusDays(2).withHour(12)));
      } else if (draw == 6 && i < 10) {
        task = task.withProgress(Progress.started(MONDAY.plusDays(1), 40));
      } else if (draw == 7) {
        task =
            task.constrained(
                ConstraintType.MUST_START_ON, MONDAY.plusDays(14 + random.nextInt(20)));
      }
      if (minutes == 0 && random.nextBoolean()) {
        task = task.withDeadline(MONDAY.plusDays(20 + random.nextInt(40)));
      }
      if (i >= 20 && i < 30) {
        task = task.under("S");
      }
      tasks.add(task);
    }
    List<Link> links = new ArrayList<>();
    LinkType[] types = LinkType.values();
    for (int to = 1; to < n; to++) {
      int count = random.nextInt(3);
      for (int k = 0; k < count; k++) {
        int from = random.nextInt(to);
        Lag lag =
            switch (random.nextInt(6)) {
              case 0 -> Lag.working(60L * (random.nextInt(10) - 3));
              case 1 -> Lag.elapsed(60L * random.nextInt(30));
              case 2 -> Lag.percent(random.nextInt(50));
              default -> Lag.NONE;
            };
        links.add(new Link("T" + from, "T" + to, types[random.nextInt(types.length)], lag));
      }
    }
    links.add(Link.finishToStart("S", "T" + (n - 1)));
    return new ScheduleRequest(
        MONDAY, status, List.of(standard, night, allDay), "Project", tasks, links, 0, null);
  }
}

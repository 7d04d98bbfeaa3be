package org.cairnpmo.bench.staffing;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.engine.staffing.Assignment;
import org.cairnpmo.engine.staffing.Booking;
import org.cairnpmo.engine.staffing.Capacity;
import org.cairnpmo.engine.staffing.CapacityGrid;
import org.cairnpmo.engine.staffing.Person;
import org.cairnpmo.engine.staffing.SkillRequirement;
import org.cairnpmo.engine.staffing.StaffingOptimizer;
import org.cairnpmo.engine.staffing.StaffingOptions;
import org.cairnpmo.engine.staffing.StaffingProblem;
import org.cairnpmo.engine.staffing.StaffingRequest;
import org.cairnpmo.engine.staffing.StaffingResult;

/**
 * The {@code staffing} suite: generates staffing instances, runs the bulk staffing optimizer, and
 * checks every proposal against the raw data (no one over-booked in any week, every hard rule
 * kept).
 */
public final class StaffingSuite {

  public static final String USAGE =
      "usage: java -jar cairn-bench.jar staffing [--requests R] [--people P] [--weeks W]"
          + " [--seed S] [--instances K] [--time-limit-s T] [--workers N] [--work-limit U]";

  private static final int CAPACITY_WARMUP = 3;
  private static final int CAPACITY_RUNS = 9;

  private final PrintStream out;

  public StaffingSuite(PrintStream out) {
    this.out = out;
  }

  /** One finished instance. */
  record Row(
      long seed,
      double value,
      double bound,
      double gap,
      String status,
      int assigned,
      int unstaffed,
      double capacityMs,
      double capacityCpuMs,
      double solveMs,
      double cpuMs,
      List<String> violations) {}

  public int run(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
    StaffingOptions solve =
        StaffingOptions.defaults()
            .withTimeLimit(Duration.ofMillis(Math.round(options.seconds() * 1000)))
            .withWorkers(options.workers())
            .withWorkLimit(options.workLimit());
    out.printf(
        Locale.ROOT,
        "%-8s %12s %12s %8s %-9s %8s %9s %11s %15s %9s %9s %s%n",
        "seed",
        "value",
        "bound",
        "gap%",
        "status",
        "assigned",
        "unstaffed",
        "capacity_ms",
        "capacity_cpu_ms",
        "solve_ms",
        "cpu_ms",
        "check");
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < options.instances(); k++) {
      long seed = options.seed() + k;
      StaffingInstance instance =
          StaffingInstance.generate(options.requests(), options.people(), options.weeks(), seed);
      Row row = solve(instance, solve.withRandomSeed((int) seed));
      rows.add(row);
      out.printf(
          Locale.ROOT,
          "%-8d %12.3f %12.3f %8.4f %-9s %8d %9d %11.1f %15.1f %9.1f %9.1f %s%n",
          row.seed(),
          row.value(),
          row.bound(),
          row.gap(),
          row.status(),
          row.assigned(),
          row.unstaffed(),
          row.capacityMs(),
          row.capacityCpuMs(),
          row.solveMs(),
          row.cpuMs(),
          row.violations().isEmpty() ? "ok" : "FAILED " + row.violations());
      out.flush();
    }
    double value = rows.stream().mapToDouble(Row::value).sum();
    double bound = rows.stream().mapToDouble(Row::bound).sum();
    double[] ms = rows.stream().mapToDouble(Row::solveMs).sorted().toArray();
    boolean ok = rows.stream().allMatch(r -> r.violations().isEmpty());
    out.printf(
        Locale.ROOT,
        "staffing requests=%d people=%d value=%.3f bound=%.3f gap_pct=%.4f ms=%.0f%s%n",
        options.requests(),
        options.people(),
        value,
        bound,
        StaffingResult.gapPercent(value, bound),
        ms[ms.length / 2],
        ok ? "" : " check=FAILED");
    out.flush();
    return ok ? 0 : 1;
  }

  static Row solve(StaffingInstance instance, StaffingOptions options) {
    // The grid is worked out a few times to warm the code up, then timed: the medians of the
    // wall time and of the thread's processor time are the figures.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CapacityGrid grid = null;
    double[] wall = new double[CAPACITY_RUNS];
    double[] cpu = new double[CAPACITY_RUNS];
    for (int k = -CAPACITY_WARMUP; k < CAPACITY_RUNS; k++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      grid = Capacity.compute(instance.horizon(), instance.calendars(), instance.bookings());
      if (k >= 0) {
        wall[k] = (System.nanoTime() - t0) / 1e6;
        cpu[k] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
      }
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    double capacityMs = wall[CAPACITY_RUNS / 2];
    double capacityCpuMs = cpu[CAPACITY_RUNS / 2];
    StaffingProblem problem = new StaffingProblem(grid, instance.people(), instance.requests());
    long cpu0 = processCpuNanos();
    StaffingResult result = StaffingOptimizer.solve(problem, options);
    double cpuMs = (processCpuNanos() - cpu0) / 1e6;
    return new Row(
        instance.seed(),
        result.objectiveValue(),
        result.bestBound(),
        result.gapPercent(),
        result.status().name() + (result.cancelled() ? "*" : ""),
        result.assignments().size(),
        result.unstaffed().size(),
        capacityMs,
        capacityCpuMs,
        result.solveTime().toNanos() / 1e6,
        cpuMs,
        check(instance, result));
  }

  /** Processor time of the whole JVM (all threads, CP-SAT's included), or 0 if unknown. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /**
   * Every broken rule of a proposal, worked out again from the instance: each request at most once,
   * role, skills, exclusions and cost limit, and no week in which a person's new bookings push
   * their demand over their capacity.
   */
  static List<String> check(StaffingInstance instance, StaffingResult result) {
    List<String> violations = new ArrayList<>();
    Map<String, Person> people = new HashMap<>();
    instance.people().forEach(p -> people.put(p.id(), p));
    Map<String, StaffingRequest> requests = new HashMap<>();
    instance.requests().forEach(r -> requests.put(r.id(), r));
    Set<String> staffed = new HashSet<>();
    List<Booking> added = new ArrayList<>(instance.bookings());
    for (Assignment a : result.assignments()) {
      StaffingRequest r = requests.get(a.requestId());
      Person p = people.get(a.personId());
      if (r == null || p == null || !staffed.add(a.requestId())) {
        violations.add("bad assignment " + a.requestId() + "->" + a.personId());
        continue;
      }
      if (r.role() != null && !p.roles().contains(r.role())) {
        violations.add(r.id() + " role");
      }
      for (SkillRequirement s : r.skills()) {
        if (p.skills().getOrDefault(s.skill(), 0) < s.minimumLevel()) {
          violations.add(r.id() + " skill " + s.skill());
        }
      }
      if (r.excludedPersonIds().contains(p.id())
          || (r.namedPersonId() != null && !r.namedPersonId().equals(p.id()))) {
        violations.add(r.id() + " person rule");
      }
      if (r.maxCostRate() != null && p.costRate() > r.maxCostRate()) {
        violations.add(r.id() + " cost");
      }
      added.add(new Booking(r.id(), p.id(), r.from(), r.to(), r.hoursPerWeek()));
    }
    CapacityGrid before =
        Capacity.compute(instance.horizon(), instance.calendars(), instance.bookings());
    CapacityGrid after = Capacity.compute(instance.horizon(), instance.calendars(), added);
    for (String id : after.personIds()) {
      for (int k = 0; k < instance.horizon().periods(); k++) {
        double extra = after.demand(id, k) - before.demand(id, k);
        if (extra > 1e-9 && after.demand(id, k) > after.capacity(id, k) + 1e-6) {
          violations.add(id + " over-booked in week " + k);
        }
      }
    }
    return violations;
  }

  /** Command-line options of the suite. */
  record Options(
      int requests,
      int people,
      int weeks,
      long seed,
      int instances,
      double seconds,
      int workers,
      Double workLimit) {

    static Options parse(String[] args) {
      int requests = 500;
      int people = 2000;
      int weeks = 26;
      long seed = 1;
      int instances = 1;
      double seconds = 10;
      int workers = 0;
      Double workLimit = null;
      for (int k = 0; k < args.length; k++) {
        String a = args[k];
        switch (a) {
          case "--requests" -> requests = Integer.parseInt(value(args, ++k, a));
          case "--people" -> people = Integer.parseInt(value(args, ++k, a));
          case "--weeks" -> weeks = Integer.parseInt(value(args, ++k, a));
          case "--seed" -> seed = Long.parseLong(value(args, ++k, a));
          case "--instances" -> instances = Integer.parseInt(value(args, ++k, a));
          case "--time-limit-s" -> seconds = Double.parseDouble(value(args, ++k, a));
          case "--workers" -> workers = Integer.parseInt(value(args, ++k, a));
          case "--work-limit" -> workLimit = Double.parseDouble(value(args, ++k, a));
          default -> throw new IllegalArgumentException("unexpected argument " + a);
        }
      }
      if (requests < 0 || people < 1 || weeks < 5 || instances < 1 || seconds <= 0 || workers < 0) {
        throw new IllegalArgumentException(
            "requests >= 0, people >= 1, weeks >= 5, instances >= 1, time limit > 0, workers >= 0");
      }
      return new Options(requests, people, weeks, seed, instances, seconds, workers, workLimit);
    }

    private static String value(String[] args, int k, String option) {
      if (k >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[k];
    }
  }
}

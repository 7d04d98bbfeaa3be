package org.cairnpmo.bench.cpm;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.Span;
import org.cairnpmo.engine.schedule.risk.Distribution;
import org.cairnpmo.engine.schedule.risk.Estimate;
import org.cairnpmo.engine.schedule.risk.RiskAnalysis;
import org.cairnpmo.engine.schedule.risk.RiskRequest;
import org.cairnpmo.engine.schedule.risk.RiskResult;

/**
 * The {@code montecarlo} suite: a schedule risk analysis of the {@code cpm} suite's random network,
 * every activity with a three-point estimate (optimistic 80 % and pessimistic 100 % to 200 % above
 * the planned duration, most likely as planned; triangular and PERT-beta alternately). One row per
 * timed run, then the median of the warm runs. {@code p80_finish_day} is the P80 finish in working
 * days (of 8 hours) after the project start.
 */
public final class MonteCarloSuite {

  public static final String USAGE =
      "usage: java -jar cairn-bench.jar montecarlo --activities N --iterations I [--seed S]"
          + " [--runs R] [--warmup W] [--threads T]";

  private final PrintStream out;

  public MonteCarloSuite(PrintStream out) {
    this.out = out;
  }

  public int run(String[] args) {
    Options options = Options.parse(args, 1_000);
    if (options == null) {
      System.err.println(USAGE);
      return 2;
    }
    int iterations = (int) options.value("--iterations", 10_000);
    int runs = (int) options.value("--runs", 5);
    int warmup = (int) options.value("--warmup", 2);
    int threads = (int) options.value("--threads", 0);
    RandomNetwork network = new RandomNetwork(options.activities(), options.seed());
    ScheduleRequest plan = network.request();
    RiskRequest request =
        new RiskRequest(plan, estimates(plan, options.seed()), iterations, options.seed(), threads);

    double[] times = new double[runs];
    RiskResult result = null;
    var system =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    out.println("run\tms\tprocess_cpu_ms\tp50_finish\tp80_finish\tp90_finish");
    for (int run = -warmup; run < runs; run++) {
      result = null;
      System.gc(); // each run starts from a clean heap; the collection is not timed
      long cpu = system.getProcessCpuTime();
      long begin = System.nanoTime();
      result = RiskAnalysis.run(request);
      double ms = (System.nanoTime() - begin) / 1e6;
      double cpuMs = (system.getProcessCpuTime() - cpu) / 1e6;
      if (run >= 0) {
        times[run] = ms;
        out.println(
            (run + 1)
                + "\t"
                + CpmSuite.format(ms)
                + "\t"
                + CpmSuite.format(cpuMs)
                + "\t"
                + result.finish().at(50)
                + "\t"
                + result.finish().at(80)
                + "\t"
                + result.finish().at(90));
      }
    }
    out.println(
        "deterministic_finish="
            + result.schedule().projectFinish()
            + " top_driver="
            + (result.tornado(1).isEmpty() ? "-" : result.tornado(1).get(0).taskId()));
    out.println(
        "montecarlo activities="
            + network.size
            + " iterations="
            + iterations
            + " ms="
            + CpmSuite.format(CpmSuite.median(times))
            + " p80_finish_day="
            + String.format(
                Locale.ROOT,
                "%.1f",
                result.finish().minutesAt(80) / (double) Span.MINUTES_PER_DAY));
    return 0;
  }

  private static Map<String, Estimate> estimates(ScheduleRequest plan, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Estimate> estimates = new HashMap<>();
    int k = 0;
    for (ScheduleTask task : plan.tasks()) {
      long planned = task.duration().minutes();
      long optimistic = Math.round(planned * 0.8);
      long pessimistic = Math.round(planned * (2 + random.nextDouble()));
      Distribution shape = k++ % 2 == 0 ? Distribution.TRIANGULAR : Distribution.PERT;
      estimates.put(task.id(), new Estimate(optimistic, planned, pessimistic, shape));
    }
    return estimates;
  }
}

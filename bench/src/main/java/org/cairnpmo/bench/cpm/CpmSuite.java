package org.cairnpmo.bench.cpm;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.Scheduler;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.cpm.MicrosoftScheduler;

/**
 * The {@code cpm} suite: schedules a random layered network with Cairn's engine and with MPXJ's
 * {@link MicrosoftScheduler}, prints one row per timed run and a last line with the medians of the
 * warm runs.
 */
public final class CpmSuite {

  public static final String USAGE =
      "usage: java -jar cairn-bench.jar cpm --activities N [--seed S] [--runs R] [--warmup W]"
          + " [--mpxj-limit N]";

  private final PrintStream out;

  public CpmSuite(PrintStream out) {
    this.out = out;
  }

  public int run(String[] args) throws Exception {
    Options options = Options.parse(args, 100_000);
    if (options == null) {
      System.err.println(USAGE);
      return 2;
    }
    int runs = (int) options.value("--runs", 7);
    int warmup = (int) options.value("--warmup", 3);
    int mpxjLimit = (int) options.value("--mpxj-limit", 200_000);
    RandomNetwork network = new RandomNetwork(options.activities(), options.seed());
    ScheduleRequest request = network.request();

    double[] ours = new double[runs];
    double[] oursCpu = new double[runs];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Schedule schedule = null;
    for (int run = -warmup; run < runs; run++) {
      schedule = null;
      System.gc(); // each run starts from a clean heap; the collection is not timed
      long cpu = threads.getCurrentThreadCpuTime();
      long begin = System.nanoTime();
      schedule = Scheduler.schedule(request);
      double ms = (System.nanoTime() - begin) / 1e6;
      if (run >= 0) {
        ours[run] = ms;
        oursCpu[run] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
      }
    }
    String mpxj = "NA";
    String agreement = "NA";
    double[] theirs = new double[0];
    if (network.size <= mpxjLimit) {
      // MPXJ is much slower: fewer runs keep the suite short, still warm and still a median
      int mpxjRuns = Math.max(1, Math.min(runs, 3));
      theirs = new double[mpxjRuns];
      ProjectFile file = network.mpxj();
      for (int run = -1; run < mpxjRuns; run++) {
        System.gc();
        long begin = System.nanoTime();
        new MicrosoftScheduler().schedule(file, RandomNetwork.START);
        double ms = (System.nanoTime() - begin) / 1e6;
        if (run >= 0) {
          theirs[run] = ms;
        }
      }
      mpxj = format(median(theirs));
      agreement = format(agreement(schedule, file));
    }
    out.println("run\tschedule_ms\tschedule_thread_cpu_ms\tmpxj_schedule_ms");
    for (int run = 0; run < runs; run++) {
      out.println(
          (run + 1)
              + "\t"
              + format(ours[run])
              + "\t"
              + format(oursCpu[run])
              + "\t"
              + (run < theirs.length ? format(theirs[run]) : "NA"));
    }
    out.println(
        "finish=" + schedule.projectFinish() + " early_dates_equal_to_mpxj_pct=" + agreement);
    out.println(
        "cpm activities="
            + network.size
            + " links="
            + network.edges.size()
            + " schedule_ms="
            + format(median(ours))
            + " mpxj_schedule_ms="
            + mpxj
            + " schedule_cpu_ms="
            + format(median(oursCpu)));
    return 0;
  }

  /** The share of activities whose early start and finish are the same in both schedules. */
  private static double agreement(Schedule schedule, ProjectFile file) {
    List<Task> tasks = file.getTasks().stream().filter(t -> t.getName() != null).toList();
    int same = 0;
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      var ours = schedule.tasks().get(i);
      if (equal(ours.earlyStart(), task.getEarlyStart())
          && equal(ours.earlyFinish(), task.getEarlyFinish())) {
        same++;
      }
    }
    return tasks.isEmpty() ? 0 : 100.0 * same / tasks.size();
  }

  private static boolean equal(LocalDateTime a, LocalDateTime b) {
    return a != null && a.equals(b);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}

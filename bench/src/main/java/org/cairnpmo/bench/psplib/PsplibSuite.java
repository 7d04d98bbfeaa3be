package org.cairnpmo.bench.psplib;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cairnpmo.engine.schedule.leveling.LevelingMode;
import org.cairnpmo.engine.schedule.leveling.LevelingOptions;
import org.cairnpmo.engine.schedule.leveling.RcpspProblem;
import org.cairnpmo.engine.schedule.leveling.RcpspSolution;
import org.cairnpmo.engine.schedule.leveling.RcpspSolver;

/**
 * The {@code psplib} suite: levels every single-mode PSPLIB file of a folder and compares the
 * makespans with the optimal or best-known ones and with the critical-path bound; the same for an
 * MS Project-style leveler (one serial pass, least slack first) as the baseline.
 */
public final class PsplibSuite {

  public static final String USAGE =
      "usage: java -jar cairn-bench.jar psplib DIR [--time-limit-s S] [--mode heuristic|optimize]"
          + " [--limit K] [--write-schedules OUT] [--solutions DIR] [--schedules N]"
          + " [--workers W]";
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final PrintStream out;

  public PsplibSuite(PrintStream out) {
    this.out = out;
  }

  /** One levelled instance and its references. */
  record Row(
      PsplibInstance instance,
      RcpspSolution solution,
      RcpspSolution baseline,
      Integer best,
      boolean valid,
      double cpuSeconds) {

    int criticalPath() {
      return solution.criticalPathBound();
    }
  }

  public int run(String[] args) throws IOException {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
    List<Path> files = instanceFiles(settings.folder(), settings.limit());
    if (files.isEmpty()) {
      System.err.println("no .sm files in " + settings.folder());
      return 2;
    }
    References refs = References.read(settings.solutions());
    LevelingOptions options = settings.options();
    if (options.mode() == LevelingMode.OPTIMIZE) {
      warmUp(options);
    }
    List<Row> rows = new ArrayList<>();
    String set = null;
    for (Path file : files) {
      PsplibInstance instance = PsplibInstance.read(file);
      set = set == null ? "j" + instance.realJobs() : set;
      Row row = level(instance, options, refs, settings.schedulesOut());
      rows.add(row);
      out.printf(
          Locale.ROOT,
          "%s\t%d\t%d\t%.3f%s%n",
          instance.name(),
          row.solution().makespan(),
          row.solution().lowerBound(),
          row.solution().seconds(),
          row.valid() ? "" : "\tINVALID");
      out.flush();
    }
    out.println(baselineLine(set, rows));
    out.println(summary(set, options.mode(), rows));
    out.flush();
    return rows.stream().allMatch(Row::valid) ? 0 : 1;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static Row level(
      PsplibInstance instance, LevelingOptions options, References refs, Path schedulesOut)
      throws IOException {
    RcpspProblem problem = instance.toProblem();
    long cpu = THREADS.getCurrentThreadCpuTime();
    RcpspSolution solution = RcpspSolver.solve(problem, options);
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    RcpspSolution baseline = RcpspSolver.baseline(problem);
    int[] starts = solution.starts().stream().mapToInt(Integer::intValue).toArray();
    boolean valid = ScheduleCheck.violations(instance, starts).isEmpty();
    if (schedulesOut != null) {
      ScheduleCheck.writeSolution(schedulesOut, instance.name(), starts);
    }
    return new Row(instance, solution, baseline, refs.best(instance.name()), valid, cpuSeconds);
  }

  /**
   * Loads CP-SAT's native library outside the timed runs: three activities that no two can share
   * the resource, where the bounds prove nothing and CP-SAT has to run.
   */
  private static void warmUp(LevelingOptions options) {
    RcpspProblem.Builder tiny = RcpspProblem.builder(1).capacity(0, 3);
    for (int k = 0; k < 3; k++) {
      tiny.activity(1, 2);
    }
    RcpspSolver.solve(tiny.build(), options.withTimeLimit(Duration.ofMillis(200)));
  }

  static String baselineLine(String set, List<Row> rows) {
    return String.format(
        Locale.ROOT,
        "baseline set=%s avg_dev_from_best_pct=%s avg_dev_from_cp_lb_pct=%s",
        set,
        pct(average(rows, r -> deviation(r.baseline().makespan(), r.best()))),
        pct(average(rows, r -> deviation(r.baseline().makespan(), r.criticalPath()))));
  }

  /**
   * Schedules per second of the solving thread's CPU time, which a loaded machine changes far less
   * than the wall clock; only in heuristic mode, where that thread does all the work.
   */
  static String summary(String set, LevelingMode mode, List<Row> rows) {
    long schedules = rows.stream().mapToLong(r -> r.solution().schedules()).sum();
    double cpu = rows.stream().mapToDouble(Row::cpuSeconds).sum();
    long found =
        rows.stream().filter(r -> r.best() != null && r.solution().makespan() <= r.best()).count();
    return String.format(
        Locale.ROOT,
        "psplib set=%s instances=%d mode=%s avg_dev_from_best_pct=%s avg_dev_from_cp_lb_pct=%s"
            + " optimal_or_best_found=%d avg_time_s=%s schedules=%d schedules_per_cpu_s=%s",
        set,
        rows.size(),
        mode.name().toLowerCase(Locale.ROOT),
        pct(average(rows, r -> deviation(r.solution().makespan(), r.best()))),
        pct(average(rows, r -> deviation(r.solution().makespan(), r.criticalPath()))),
        found,
        pct(average(rows, r -> r.solution().seconds())),
        schedules,
        mode == LevelingMode.HEURISTIC && cpu > 0
            ? String.format(Locale.ROOT, "%.0f", schedules / cpu)
            : "NA");
  }

  /** {@code (makespan - reference) / reference * 100}; NaN without a reference. */
  private static double deviation(int makespan, Integer reference) {
    return reference == null || reference == 0
        ? Double.NaN
        : (makespan - reference) * 100.0 / reference;
  }

  private static OptionalDouble average(List<Row> rows, ToDoubleFunction<Row> value) {
    return rows.stream().mapToDouble(value).filter(x -> !Double.isNaN(x)).average();
  }

  private static String pct(OptionalDouble x) {
    return x.isPresent() ? String.format(Locale.ROOT, "%.3f", x.getAsDouble()) : "NA";
  }

  /** The {@code .sm} files of the folder in natural order (j302_1 before j3010_1), maybe cut. */
  static List<Path> instanceFiles(Path folder, int limit) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(folder)) {
      Stream<Path> sorted =
          listing
              .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".sm"))
              .sorted(Comparator.comparing(PsplibSuite::naturalKey));
      return (limit > 0 ? sorted.limit(limit) : sorted).toList();
    }
  }

  private static String naturalKey(Path file) {
    Matcher m = DIGITS.matcher(file.getFileName().toString());
    StringBuilder key = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(key, "0".repeat(Math.max(0, 10 - m.group().length())) + m.group());
    }
    m.appendTail(key);
    return key.toString();
  }

  /** The command line. */
  record Settings(
      Path folder, Path solutions, Path schedulesOut, int limit, LevelingOptions options) {

    static Settings parse(String[] args) {
      Path folder = null;
      Path solutions = null;
      Path schedulesOut = null;
      int limit = 0;
      double seconds = 1;
      int schedules = Integer.MAX_VALUE;
      int workers = 0;
      LevelingMode mode = LevelingMode.OPTIMIZE;
      for (int k = 0; k < args.length; k++) {
        String a = args[k];
        if (!a.startsWith("--")) {
          if (folder != null) {
            throw new IllegalArgumentException("one folder only, not also " + a);
          }
          folder = Path.of(a);
          continue;
        }
        if (k + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args[++k];
        if (a.equals("--time-limit-s")) {
          seconds = Double.parseDouble(v);
        } else if (a.equals("--mode")) {
          mode = LevelingMode.valueOf(v.toUpperCase(Locale.ROOT));
        } else if (a.equals("--limit")) {
          limit = Integer.parseInt(v);
        } else if (a.equals("--write-schedules")) {
          schedulesOut = Path.of(v);
        } else if (a.equals("--solutions")) {
          solutions = Path.of(v);
        } else if (a.equals("--schedules")) {
          schedules = Integer.parseInt(v);
        } else if (a.equals("--workers")) {
          workers = Integer.parseInt(v);
        } else {
          throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (folder == null) {
        throw new IllegalArgumentException("missing DIR");
      }
      if (seconds <= 0 || limit < 0 || schedules < 1 || workers < 0) {
        throw new IllegalArgumentException("the time limit must be > 0, the rest >= 0");
      }
      Path defaultSolutions = folder.toAbsolutePath().normalize().resolveSibling("solutions");
      LevelingOptions options =
          new LevelingOptions(
              mode, Duration.ofMillis(Math.round(seconds * 1000)), schedules, 1, workers);
      return new Settings(
          folder, solutions == null ? defaultSolutions : solutions, schedulesOut, limit, options);
    }
  }
}

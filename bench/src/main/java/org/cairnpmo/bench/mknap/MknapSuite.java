package org.cairnpmo.bench.mknap;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cairnpmo.engine.selection.GreedySelector;
import org.cairnpmo.engine.selection.LpRelaxation;
import org.cairnpmo.engine.selection.PortfolioSelector;
import org.cairnpmo.engine.selection.SelectionProblem;
import org.cairnpmo.engine.selection.SelectionResult;
import org.cairnpmo.engine.selection.SolveOptions;

/**
 * The {@code mknap} suite: runs the selection engine on OR-Library multidimensional knapsack files
 * and compares with the Chu–Beasley GA values and with the LP relaxation.
 */
public final class MknapSuite {

  public static final String USAGE =
      "usage: java -jar cairn-bench.jar mknap PATH [--time-limit-s S] [--limit K]"
          + " [--write-solutions OUT] [--workers W]";
  private static final Pattern NUMBER = Pattern.compile("\\d{1,12}");
  private static final Pattern CB_FILE = Pattern.compile("mknapcb\\d+");
  private static final String REFERENCE_FILE = "best-feasible-slns.txt";

  private final PrintStream out;

  public MknapSuite(PrintStream out) {
    this.out = out;
  }

  /** One finished instance. */
  private record Row(
      MknapInstance instance,
      double reference,
      long value,
      double bound,
      double lp,
      double seconds,
      long greedy,
      String status) {}

  public int run(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
    List<Path> files = dataFiles(options.path());
    if (files.isEmpty()) {
      System.err.println("no mknap files in " + options.path());
      return 2;
    }
    Path referencePath = files.get(0).resolveSibling(REFERENCE_FILE);
    MknapReader.References references =
        Files.isRegularFile(referencePath) ? MknapReader.readReferences(referencePath) : null;
    SolutionWriter writer =
        options.solutions() == null ? null : new SolutionWriter(options.solutions());
    SolveOptions solve =
        SolveOptions.defaults()
            .withTimeLimit(Duration.ofMillis(Math.round(options.seconds() * 1000)))
            .withWorkers(options.workers());

    List<Row> rows = new ArrayList<>();
    for (Path file : files) {
      List<MknapInstance> instances = MknapReader.read(file);
      if (options.limit() > 0 && instances.size() > options.limit()) {
        instances = instances.subList(0, options.limit());
      }
      printHeader(file, instances);
      for (MknapInstance instance : instances) {
        Row row = solve(instance, reference(instance, references), solve, writer);
        rows.add(row);
        printRow(row);
      }
      out.println();
    }
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "%s\t%d\t%.6f\t%.3f%n",
          r.instance().label(),
          r.value(),
          r.bound(),
          r.seconds());
    }
    out.println(summary(rows));
    out.flush();
    return 0;
  }

  private Row solve(
      MknapInstance instance, double reference, SolveOptions options, SolutionWriter writer)
      throws IOException {
    SelectionProblem problem = instance.toSelectionProblem();
    double lp = LpRelaxation.solve(problem).value();
    SelectionResult greedy = GreedySelector.solve(problem);
    long greedyValue = checkedValue(instance, greedy);
    SelectionResult result = PortfolioSelector.solve(problem, options);
    long value = checkedValue(instance, result);
    if (writer != null) {
      writer.write(instance, items(result));
    }
    double seconds = result.solveTime().toNanos() / 1e9;
    String status = value < 0 ? "INVALID" : result.status().name();
    return new Row(
        instance,
        reference,
        Math.max(value, 0),
        result.bestBound(),
        lp,
        seconds,
        Math.max(greedyValue, 0),
        status);
  }

  /** Value recomputed from the raw data; -1 if the selection breaks a constraint. */
  private static long checkedValue(MknapInstance instance, SelectionResult result) {
    List<Integer> items = items(result);
    return instance.isFeasible(items) ? instance.value(items) : -1;
  }

  private static List<Integer> items(SelectionResult result) {
    return result.selectedIds().stream().map(Integer::valueOf).sorted().toList();
  }

  private static double reference(MknapInstance instance, MknapReader.References references) {
    if (instance.statedOptimum() > 0) {
      return instance.statedOptimum();
    }
    if (references != null && CB_FILE.matcher(instance.file()).matches()) {
      Double v = references.bestFeasible().get(instance.orLibraryName());
      if (v != null) {
        return v;
      }
    }
    return Double.NaN;
  }

  private void printHeader(Path file, List<MknapInstance> instances) {
    MknapInstance first = instances.isEmpty() ? null : instances.get(0);
    out.printf(
        Locale.ROOT,
        "== %s: %d instances%s%n",
        file.getFileName(),
        instances.size(),
        first == null ? "" : ", n=" + first.items() + ", m=" + first.constraints());
    out.printf(
        Locale.ROOT,
        "%-12s %-10s %10s %10s %9s %12s %8s %12s %-9s %7s %10s %9s%n",
        "instance",
        "name",
        "reference",
        "value",
        "gap_ref%",
        "lp",
        "gap_lp%",
        "bound",
        "status",
        "time_s",
        "greedy",
        "g_gap_ref%");
    out.flush();
  }

  private void printRow(Row r) {
    out.printf(
        Locale.ROOT,
        "%-12s %-10s %10s %10d %9s %12.3f %8.4f %12.3f %-9s %7.2f %10d %9s%n",
        r.instance().label(),
        r.instance().orLibraryName(),
        Double.isNaN(r.reference()) ? "NA" : String.format(Locale.ROOT, "%.0f", r.reference()),
        r.value(),
        pct(gap(r.reference(), r.value())),
        r.lp(),
        gap(r.lp(), r.value()),
        r.bound(),
        r.status(),
        r.seconds(),
        r.greedy(),
        pct(gap(r.reference(), r.greedy())));
    out.flush();
  }

  static String summary(List<Row> rows) {
    return String.format(
        Locale.ROOT,
        "mknap instances=%d avg_gap_to_reference_pct=%s avg_gap_to_lp_pct=%s avg_time_s=%.3f"
            + " greedy_avg_gap_to_reference_pct=%s",
        rows.size(),
        pct(average(rows.stream().map(r -> gap(r.reference(), r.value())))),
        pct(average(rows.stream().map(r -> gap(r.lp(), r.value())))),
        average(rows.stream().map(Row::seconds)),
        pct(average(rows.stream().map(r -> gap(r.reference(), r.greedy())))));
  }

  /** {@code (reference - value) / reference * 100}; NaN without a reference. */
  static double gap(double reference, double value) {
    return Double.isNaN(reference) || reference == 0
        ? Double.NaN
        : (reference - value) / reference * 100.0;
  }

  /** Mean of the non-NaN entries; NaN when there are none. */
  private static double average(Stream<Double> xs) {
    double[] kept = xs.filter(x -> !Double.isNaN(x)).mapToDouble(Double::doubleValue).toArray();
    if (kept.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double x : kept) {
      sum += x;
    }
    return sum / kept.length;
  }

  private static String pct(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.4f", x);
  }

  static List<Path> dataFiles(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(path)) {
      return listing
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(REFERENCE_FILE))
          .filter(MknapReader::isInstanceFile)
          .sorted(Comparator.comparing(MknapSuite::sortKey))
          .toList();
    }
  }

  /** Names in natural order: mknapcb2 before mknapcb10, whatever the folder's own order. */
  private static String sortKey(Path p) {
    Matcher digits = NUMBER.matcher(p.getFileName().toString());
    StringBuilder key = new StringBuilder();
    while (digits.find()) {
      digits.appendReplacement(key, String.format("%012d", Long.parseLong(digits.group())));
    }
    digits.appendTail(key);
    return key.toString();
  }

  /** Command-line options of the suite. */
  record Options(Path path, double seconds, int limit, Path solutions, int workers) {

    static Options parse(String[] args) {
      if (args.length < 1) {
        throw new IllegalArgumentException("missing PATH");
      }
      Path path = null;
      double seconds = 10;
      int limit = 0;
      Path solutions = null;
      int workers = 0;
      for (int k = 0; k < args.length; k++) {
        String a = args[k];
        switch (a) {
          case "--time-limit-s" -> seconds = Double.parseDouble(value(args, ++k, a));
          case "--limit" -> limit = Integer.parseInt(value(args, ++k, a));
          case "--write-solutions" -> solutions = Path.of(value(args, ++k, a));
          case "--workers" -> workers = Integer.parseInt(value(args, ++k, a));
          default -> {
            if (a.startsWith("--") || path != null) {
              throw new IllegalArgumentException("unexpected argument " + a);
            }
            path = Path.of(a);
          }
        }
      }
      if (path == null) {
        throw new IllegalArgumentException("missing PATH");
      }
      if (seconds <= 0 || limit < 0 || workers < 0) {
        throw new IllegalArgumentException("time limit must be > 0, limit and workers >= 0");
      }
      return new Options(path, seconds, limit, solutions, workers);
    }

    private static String value(String[] args, int k, String option) {
      if (k >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[k];
    }
  }
}

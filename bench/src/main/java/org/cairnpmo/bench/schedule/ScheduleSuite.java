package org.cairnpmo.bench.schedule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.ScheduledTask;
import org.cairnpmo.engine.schedule.Scheduler;
import org.cairnpmo.engine.schedule.WorkingCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.cpm.MicrosoftScheduler;
import org.mpxj.cpm.PrimaveraScheduler;
import org.mpxj.reader.UniversalProjectReader;

/**
 * The {@code schedule} suite (also run as {@code msproject}): reads every MS Project and Primavera
 * file of a folder with MPXJ, schedules it again with Cairn's engine and compares each task's early
 * start and early finish with the dates the file stores; MPXJ's own scheduler is the second
 * reference.
 */
public final class ScheduleSuite {

  public static final String USAGE = "usage: java -jar cairn-bench.jar schedule DIR [--verbose]";

  private final PrintStream out;

  public ScheduleSuite(PrintStream out) {
    this.out = out;
  }

  /** The comparison of one file. */
  record Row(
      String file,
      String format,
      int tasks,
      int startMatches,
      int finishMatches,
      int bothMatch,
      int withinDay,
      String reference,
      int referenceMatches,
      Map<String, Integer> differences,
      String error) {}

  public int run(String[] args) throws IOException {
    if (args.length < 1 || args[0].startsWith("--")) {
      System.err.println(USAGE);
      return 2;
    }
    Path folder = Path.of(args[0]);
    boolean verbose = List.of(args).contains("--verbose");
    if (!Files.isDirectory(folder)) {
      System.err.println("not a folder: " + folder);
      return 2;
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    out.println(
        "file\tformat\ttasks\tes_match\tef_match\tboth_match\tmatch_pct\twithin_1d\tmpxj_ref\t"
            + "mpxj_es_match\tdifferences");
    List<Row> rows = new ArrayList<>();
    for (Path path : files) {
      ProjectFile file = read(path);
      if (file == null) {
        continue;
      }
      Row row = compare(path.getFileName().toString(), file, verbose);
      rows.add(row);
      print(row);
    }
    int tasks = rows.stream().mapToInt(Row::tasks).sum();
    int starts = rows.stream().mapToInt(Row::startMatches).sum();
    int finishes = rows.stream().mapToInt(Row::finishMatches).sum();
    int both = rows.stream().mapToInt(Row::bothMatch).sum();
    int reference = rows.stream().mapToInt(Row::referenceMatches).sum();
    out.printf(
        Locale.ROOT,
        "msproject files=%d tasks=%d early_start_match_pct=%.1f early_finish_match_pct=%.1f"
            + " mpxj_early_start_match_pct=%.1f both_match_pct=%.1f%n",
        rows.size(),
        tasks,
        pct(starts, tasks),
        pct(finishes, tasks),
        pct(reference, tasks),
        pct(both, tasks));
    return 0;
  }

  private static ProjectFile read(Path path) {
    try {
      return new UniversalProjectReader().read(path.toFile());
    } catch (Exception | LinkageError e) {
      System.err.println("skipped " + path.getFileName() + ": " + e.getMessage());
      return null;
    }
  }

  private Row compare(String name, ProjectFile file, boolean verbose) {
    ImportedPlan plan;
    Schedule schedule;
    String format = String.valueOf(file.getProjectProperties().getFileType());
    try {
      plan = new ImportedPlan(file);
      schedule = Scheduler.schedule(plan.request);
    } catch (RuntimeException e) {
      return new Row(name, format, 0, 0, 0, 0, 0, "-", 0, Map.of(), e.getMessage());
    }
    Map<String, ScheduledTask> ours = new HashMap<>();
    schedule.tasks().forEach(t -> ours.put(t.id(), t));
    int compared = 0;
    int starts = 0;
    int finishes = 0;
    int both = 0;
    int withinDay = 0;
    Map<String, Integer> differences = new TreeMap<>();
    long day = minutesPerDay(file);
    for (ImportedPlan.Stored stored : plan.stored) {
      if (stored.earlyStart() == null || stored.earlyFinish() == null) {
        continue;
      }
      compared++;
      ScheduledTask task = ours.get(stored.id());
      WorkingCalendar calendar = plan.taskCalendars.get(stored.id());
      long startGap = gap(calendar, stored.earlyStart(), task.earlyStart());
      long finishGap = gap(calendar, stored.earlyFinish(), task.earlyFinish());
      starts += startGap == 0 ? 1 : 0;
      finishes += finishGap == 0 ? 1 : 0;
      if (startGap == 0 && finishGap == 0) {
        both++;
      } else {
        List<String> traits =
            stored.traits().isEmpty() ? List.of("plain") : List.copyOf(stored.traits());
        traits.forEach(t -> differences.merge(t, 1, Integer::sum));
        if (verbose) {
          System.err.printf(
              "%s\t%s\t%s\tES %s vs %s (%d min)\tEF %s vs %s (%d min)\t%s%n",
              name,
              stored.id(),
              stored.task().getName(),
              task.earlyStart(),
              stored.earlyStart(),
              startGap,
              task.earlyFinish(),
              stored.earlyFinish(),
              finishGap,
              traits);
        }
      }
      withinDay += Math.abs(startGap) <= day && Math.abs(finishGap) <= day ? 1 : 0;
    }
    String reference = plan.primavera ? "P6" : "MS";
    int referenceMatches = referenceMatches(plan, file);
    return new Row(
        name,
        format,
        compared,
        starts,
        finishes,
        both,
        withinDay,
        referenceMatches < 0 ? reference + ":error" : reference,
        Math.max(0, referenceMatches),
        differences,
        null);
  }

  /** Early starts of MPXJ's own scheduler equal to the stored ones; -1 when it cannot run. */
  private static int referenceMatches(ImportedPlan plan, ProjectFile file) {
    Map<String, LocalDateTime> stored = new HashMap<>();
    plan.stored.stream()
        .filter(s -> s.earlyStart() != null && s.earlyFinish() != null)
        .forEach(s -> stored.put(s.id(), s.earlyStart()));
    try {
      if (plan.primavera) {
        LocalDateTime dataDate = file.getProjectProperties().getStatusDate();
        new PrimaveraScheduler().schedule(file, dataDate == null ? plan.projectStart : dataDate);
      } else {
        new MicrosoftScheduler().schedule(file, plan.projectStart);
      }
    } catch (Exception | LinkageError e) {
      return -1;
    }
    int matches = 0;
    for (Task task : file.getTasks()) {
      LocalDateTime expected = stored.get(ImportedPlan.id(task));
      if (expected != null && expected.equals(task.getEarlyStart())) {
        matches++;
      }
    }
    return matches;
  }

  /** The difference in working minutes on the task's calendar; 0 when both dates are equal. */
  private static long gap(WorkingCalendar calendar, LocalDateTime stored, LocalDateTime ours) {
    if (stored.equals(ours)) {
      return 0;
    }
    return calendar.workBetween(stored, ours);
  }

  private static long minutesPerDay(ProjectFile file) {
    Integer minutes = file.getProjectProperties().getMinutesPerDay();
    return minutes == null ? 480 : minutes;
  }

  private void print(Row row) {
    String differences =
        row.error() != null
            ? "error: " + row.error()
            : row.differences().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(", "));
    out.printf(
        Locale.ROOT,
        "%s\t%s\t%d\t%d\t%d\t%d\t%.1f\t%d\t%s\t%d\t%s%n",
        row.file(),
        row.format(),
        row.tasks(),
        row.startMatches(),
        row.finishMatches(),
        row.bothMatch(),
        pct(row.bothMatch(), row.tasks()),
        row.withinDay(),
        row.reference(),
        row.referenceMatches(),
        differences.isEmpty() ? "-" : differences);
  }

  private static double pct(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}

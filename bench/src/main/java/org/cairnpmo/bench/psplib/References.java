package org.cairnpmo.bench.psplib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The optimal and best-known makespans of PSPLIB's solution tables ({@code j30opt.sm}, {@code
 * j60hrs.sm} ...) and the lower bounds of the {@code *lb.sm} tables, keyed by instance name ({@code
 * j3010_1}). A data row starts with {@code parameter instance value}; the lower-bound tables have
 * the upper bound third and the lower bound fourth.
 */
final class References {

  private static final Pattern TABLE = Pattern.compile("(j\\d+)(opt|hrs|lb)\\.sm");
  private static final Pattern ROW =
      Pattern.compile("^\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)(\\s+(\\d+))?");

  private final Map<String, Integer> best = new HashMap<>();
  private final Map<String, Integer> lower = new HashMap<>();

  /** Reads every table in {@code folder}; a missing folder gives no references. */
  static References read(Path folder) throws IOException {
    References refs = new References();
    if (folder == null || !Files.isDirectory(folder)) {
      return refs;
    }
    List<Path> tables;
    try (Stream<Path> listing = Files.list(folder)) {
      tables = listing.sorted().toList();
    }
    for (Path table : tables) {
      Matcher name = TABLE.matcher(table.getFileName().toString());
      if (name.matches()) {
        refs.add(table, name.group(1), name.group(2).equals("lb"));
      }
    }
    return refs;
  }

  private void add(Path table, String set, boolean bounds) throws IOException {
    // j120lb.sm is ISO-8859-1; digits read the same in either charset.
    for (String line : Files.readAllLines(table, StandardCharsets.ISO_8859_1)) {
      Matcher row = ROW.matcher(line);
      if (!row.find()) {
        continue;
      }
      String key = set + row.group(1) + "_" + row.group(2);
      best.merge(key, Integer.parseInt(row.group(3)), Math::min);
      if (bounds && row.group(5) != null) {
        lower.merge(key, Integer.parseInt(row.group(5)), Math::max);
      }
    }
  }

  /** The optimal or best known makespan, or null. */
  Integer best(String instance) {
    return best.get(instance);
  }

  /** The best lower bound published, or null. */
  Integer lowerBound(String instance) {
    return lower.get(instance);
  }
}

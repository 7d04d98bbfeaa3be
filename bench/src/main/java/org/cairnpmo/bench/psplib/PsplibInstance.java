package org.cairnpmo.bench.psplib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.engine.schedule.leveling.RcpspProblem;

/**
 * One single-mode PSPLIB instance ({@code .sm}): jobs 1..N+2 with the dummy source and sink,
 * durations, requests on the renewable resources, finish-to-start successors without lag, the
 * capacities and the critical-path length the file states ({@code MPM-Time}).
 */
record PsplibInstance(
    String name,
    int[] duration,
    int[][] request,
    int[][] successors,
    int[] capacity,
    int statedCriticalPath) {

  /** Jobs without the two dummies: the {@code 30} of J30. */
  int realJobs() {
    return duration.length - 2;
  }

  /** Job k (0-based, as in the file minus one) is activity k of the problem. */
  RcpspProblem toProblem() {
    RcpspProblem.Builder builder = RcpspProblem.builder(capacity.length);
    for (int r = 0; r < capacity.length; r++) {
      builder.capacity(r, capacity[r]);
    }
    for (int j = 0; j < duration.length; j++) {
      builder.activity(duration[j], request[j]);
    }
    for (int j = 0; j < duration.length; j++) {
      for (int s : successors[j]) {
        builder.distance(j, s, duration[j]);
      }
    }
    return builder.build();
  }

  static PsplibInstance read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int jobs = -1;
    int resources = -1;
    int mpm = -1;
    int[][] successors = null;
    int[] duration = null;
    int[][] request = null;
    int[] capacity = null;
    String section = "";
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k).trim();
      if (line.startsWith("jobs (incl. supersource/sink")) {
        jobs = Integer.parseInt(afterColon(line));
        successors = new int[jobs][];
        duration = new int[jobs];
      } else if (line.startsWith("- renewable")) {
        resources = Integer.parseInt(afterColon(line).split("\\s+")[0]);
      } else if (line.endsWith(":") && !line.contains(" :")) {
        section = line;
      } else if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
        int[] v = numbers(line);
        switch (section) {
          case "PROJECT INFORMATION:" -> mpm = v[v.length - 1];
          case "PRECEDENCE RELATIONS:" -> successors[v[0] - 1] = successorsOf(v);
          case "REQUESTS/DURATIONS:" -> {
            request = request == null ? new int[jobs][] : request;
            duration[v[0] - 1] = v[2];
            request[v[0] - 1] = java.util.Arrays.copyOfRange(v, 3, 3 + resources);
          }
          case "RESOURCEAVAILABILITIES:" -> capacity = v;
          default -> {}
        }
      }
    }
    if (jobs < 2 || capacity == null || request == null || capacity.length != resources) {
      throw new IOException(file.getFileName() + " is not a single-mode PSPLIB file");
    }
    String name = file.getFileName().toString().replaceFirst("\\.sm$", "");
    return new PsplibInstance(name, duration, request, successors, capacity, mpm);
  }

  private static int[] successorsOf(int[] v) {
    int[] out = new int[v[2]];
    for (int k = 0; k < out.length; k++) {
      out[k] = v[3 + k] - 1;
    }
    return out;
  }

  private static String afterColon(String line) {
    return line.substring(line.indexOf(':') + 1).trim();
  }

  static int[] numbers(String line) {
    List<Integer> out = new ArrayList<>();
    for (String part : line.trim().split("\\s+")) {
      out.add(Integer.parseInt(part));
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}

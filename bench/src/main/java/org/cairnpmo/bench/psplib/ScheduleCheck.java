package org.cairnpmo.bench.psplib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a schedule of a PSPLIB instance from the raw file data alone: every successor starts after
 * its predecessor finishes, and no resource is over its capacity in any period.
 */
final class ScheduleCheck {

  private ScheduleCheck() {}

  /** What is wrong with the starts (by job, 0-based); empty when the schedule is valid. */
  static List<String> violations(PsplibInstance instance, int[] start) {
    List<String> out = new ArrayList<>();
    int jobs = instance.duration().length;
    if (start.length != jobs) {
      out.add("expected " + jobs + " starts, got " + start.length);
      return out;
    }
    int end = 0;
    for (int j = 0; j < jobs; j++) {
      if (start[j] < 0) {
        out.add("job " + (j + 1) + " starts before 0");
      }
      end = Math.max(end, start[j] + instance.duration()[j]);
      for (int s : instance.successors()[j]) {
        if (start[s] < start[j] + instance.duration()[j]) {
          out.add("job " + (s + 1) + " starts before job " + (j + 1) + " finishes");
        }
      }
    }
    for (int r = 0; r < instance.capacity().length; r++) {
      for (int t = 0; t < end; t++) {
        int load = 0;
        for (int j = 0; j < jobs; j++) {
          if (start[j] <= t && t < start[j] + instance.duration()[j]) {
            load += instance.request()[j][r];
          }
        }
        if (load > instance.capacity()[r]) {
          out.add("resource " + (r + 1) + " carries " + load + " at period " + t);
        }
      }
    }
    return out;
  }

  /** Reads a {@code .sol} file: one line {@code job start} per job, jobs numbered from 1. */
  static int[] readSolution(Path file, int jobs) throws IOException {
    int[] start = new int[jobs];
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        int[] v = PsplibInstance.numbers(line);
        start[v[0] - 1] = v[1];
      }
    }
    return start;
  }

  static void writeSolution(Path folder, String name, int[] start) throws IOException {
    Files.createDirectories(folder);
    StringBuilder text = new StringBuilder();
    for (int j = 0; j < start.length; j++) {
      text.append(j + 1).append(' ').append(start[j]).append('\n');
    }
    Files.writeString(folder.resolve(name + ".sol"), text);
  }
}

package org.cairnpmo.bench.http;

import java.util.Arrays;

/** Response times of one client thread, in microseconds, kept whole so percentiles are exact. */
final class Latencies {

  private long[] micros = new long[4096];
  private int count;

  void add(long elapsedMicros) {
    if (count == micros.length) {
      micros = Arrays.copyOf(micros, count * 2);
    }
    micros[count++] = elapsedMicros;
  }

  int count() {
    return count;
  }

  /** All threads' times, sorted. */
  static long[] merged(Iterable<Latencies> all) {
    int total = 0;
    for (Latencies one : all) {
      total += one.count;
    }
    long[] merged = new long[total];
    int at = 0;
    for (Latencies one : all) {
      System.arraycopy(one.micros, 0, merged, at, one.count);
      at += one.count;
    }
    Arrays.sort(merged);
    return merged;
  }

  /** The nearest-rank percentile of sorted times, in milliseconds; 0 when there are none. */
  static double percentileMs(long[] sorted, double percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
  }
}

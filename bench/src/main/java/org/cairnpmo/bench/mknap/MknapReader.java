package org.cairnpmo.bench.mknap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the OR-Library multidimensional knapsack format (mknapcb1-9, and mknap1 which shares it):
 * whitespace-separated numbers, line breaks meaningless.
 */
public final class MknapReader {

  private static final Pattern REFERENCE_ROW =
      Pattern.compile("^\\s*(\\d+\\.\\d+-\\d+)\\s+([-+0-9.eE]+)\\s*$");

  private MknapReader() {}

  public static List<MknapInstance> read(Path path) throws IOException {
    String file = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    Tokens in = new Tokens(Files.readString(path));
    int count = (int) in.next();
    List<MknapInstance> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      int n = (int) in.next();
      int m = (int) in.next();
      long optimum = in.next();
      long[] profits = new long[n];
      for (int j = 0; j < n; j++) {
        profits[j] = in.next();
      }
      long[][] weights = new long[m][n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          weights[i][j] = in.next();
        }
      }
      long[] capacities = new long[m];
      for (int i = 0; i < m; i++) {
        capacities[i] = in.next();
      }
      out.add(new MknapInstance(file, k + 1, profits, weights, capacities, optimum));
    }
    return out;
  }

  /**
   * Whether the file holds problems in this format and nothing else: how benchmark folders are
   * read, whatever their files are called (the references and any notes beside them are not).
   */
  public static boolean isInstanceFile(Path path) {
    try {
      Tokens in = new Tokens(Files.readString(path));
      long count = in.next();
      if (count < 1) {
        return false;
      }
      for (long k = 0; k < count; k++) {
        long n = in.next();
        long m = in.next();
        if (n < 1 || m < 1) {
          return false;
        }
        in.next();
        for (long t = 0; t < n + m * n + m; t++) {
          in.next();
        }
      }
      return in.atEnd();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The two tables of {@code best-feasible-slns.txt} (OR-Library's mkcbres.txt). */
  public record References(Map<String, Double> bestFeasible, Map<String, Double> lpOptimum) {}

  public static References readReferences(Path path) throws IOException {
    Map<String, Double> best = new HashMap<>();
    Map<String, Double> lp = new HashMap<>();
    Map<String, Double> current = best;
    for (String line : Files.readAllLines(path)) {
      if (line.contains("LP optimal")) {
        current = lp;
      }
      Matcher row = REFERENCE_ROW.matcher(line);
      if (row.matches()) {
        current.put(row.group(1), Double.parseDouble(row.group(2)));
      }
    }
    return new References(best, lp);
  }

  /** Integer tokenizer over the whole file; faster than Scanner on the 2 MB files. */
  private static final class Tokens {
    private final String s;
    private int pos;

    Tokens(String s) {
      this.s = s;
    }

    boolean atEnd() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
      return pos >= s.length();
    }

    long next() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
      if (pos >= s.length()) {
        throw new IllegalArgumentException("unexpected end of file");
      }
      int begin = pos;
      while (pos < s.length() && !Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
      String token = s.substring(begin, pos);
      try {
        return Long.parseLong(token);
      } catch (NumberFormatException e) {
        // Some copies write integers as "123.0".
        return Math.round(Double.parseDouble(token));
      }
    }
  }
}

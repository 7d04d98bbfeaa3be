package org.cairnpmo.bench.cpm;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} options of the generated-network suites. */
record Options(Map<String, String> values) {

  /** The options, or null when they are not all {@code --name value} pairs of whole numbers. */
  static Options parse(String[] args, int defaultActivities) {
    Map<String, String> values = new HashMap<>();
    values.put("--activities", String.valueOf(defaultActivities));
    values.put("--seed", "42");
    for (int k = 0; k < args.length; k += 2) {
      if (!args[k].startsWith("--") || k + 1 >= args.length) {
        return null;
      }
      try {
        Long.parseLong(args[k + 1].replace("_", ""));
      } catch (NumberFormatException e) {
        return null;
      }
      values.put(args[k], args[k + 1].replace("_", ""));
    }
    return new Options(values);
  }

  long value(String name, long otherwise) {
    String value = values.get(name);
    return value == null ? otherwise : Long.parseLong(value);
  }

  int activities() {
    return (int) value("--activities", 0);
  }

  long seed() {
    return value("--seed", 42);
  }
}

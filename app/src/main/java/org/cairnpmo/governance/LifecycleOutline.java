package org.cairnpmo.governance;

import java.util.List;

/**
 * A lifecycle as other modules refer to it: its revision, whether a newer revision replaced it, and
 * the names of its phases in order.
 */
public record LifecycleOutline(
    long id, String name, int revision, boolean retired, List<String> phases) {

  public String label() {
    return name + " (rev. " + revision + ")";
  }
}

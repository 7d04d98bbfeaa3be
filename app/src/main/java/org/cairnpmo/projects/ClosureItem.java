package org.cairnpmo.projects;

/**
 * One item of a project's closure checklist: a stable {@code key} (a waiver names it), what it asks
 * in words, whether the project meets it now, why (in words, e.g. "2 risks still open"), and the
 * page where to fix it, relative to the application.
 */
public record ClosureItem(String key, String label, boolean met, String detail, String fixPath) {

  public static ClosureItem of(
      String key, String label, boolean met, String detail, String fixPath) {
    return new ClosureItem(key, label, met, detail, fixPath);
  }
}

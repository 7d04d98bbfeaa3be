package org.cairnpmo.planning.imports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.cairnpmo.planning.PlanImport;

/**
 * What a file holds, turned into the plan Cairn imports: the plan, the file's format, the early
 * dates the file stores for each task (by the task's key, in outline order), to compare with
 * Cairn's own schedule, and what could not be taken over as it was.
 */
record FilePlan(
    PlanImport plan, String format, Map<String, StoredDates> stored, List<String> warnings) {

  FilePlan {
    stored = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stored));
    warnings = List.copyOf(warnings);
  }

  /** The early start and finish the file stores for a task; null where it stores none. */
  record StoredDates(LocalDateTime earlyStart, LocalDateTime earlyFinish) {

    boolean complete() {
      return earlyStart != null && earlyFinish != null;
    }
  }
}

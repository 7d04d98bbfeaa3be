package org.cairnpmo.planning.imports;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * What an import did: the file and its format, what the plan now holds, how many tasks Cairn's
 * schedule gives the same early dates the file stores, and what could not be taken over as it was.
 * {@code version} is the plan's new version. Serializable: the plan page receives it as a flash
 * attribute, which the session keeps.
 */
public record PlanImportReport(
    String file,
    String format,
    int tasks,
    int links,
    int calendars,
    int resources,
    int requirements,
    int baselines,
    DateMatch dates,
    List<String> warnings,
    long version)
    implements Versioned, Serializable {

  public PlanImportReport {
    warnings = List.copyOf(warnings);
  }

  /**
   * The file's early dates against Cairn's, task by task, as the scheduling benchmark compares
   * them: two dates match when no working time lies between them on the task's calendar (Friday
   * 17:00 and Monday 08:00 are the same moment of work). Tasks for which the file stores no early
   * dates are not compared. {@code differences} lists the first {@link #MAX_LISTED} tasks that
   * differ.
   */
  public record DateMatch(
      int compared,
      int earlyStartMatches,
      int earlyFinishMatches,
      int bothMatch,
      double matchPercent,
      List<TaskDifference> differences)
      implements Serializable {

    public static final int MAX_LISTED = 50;

    public DateMatch {
      differences = List.copyOf(differences);
    }
  }

  /** A task whose early dates in Cairn differ from the file's. */
  public record TaskDifference(
      long taskId,
      String wbs,
      String name,
      LocalDateTime fileEarlyStart,
      LocalDateTime earlyStart,
      LocalDateTime fileEarlyFinish,
      LocalDateTime earlyFinish)
      implements Serializable {}
}

package org.cairnpmo.projects;

import java.util.List;

/**
 * What a module says in a closed project's final report (the PDF of its archive bundle): each
 * module that holds records of the project's outcome (milestones and status, the RAID log, the
 * budget, lessons learned) implements this from its own data, and the archive, which writes the
 * report, asks every implementation. In the register's root package, as {@link ClosureCheck}, so
 * that the archive never depends on those modules (practices depends on the archive: no cycle).
 */
public interface ClosingReport {

  /**
   * This module's parts of the final report of {@code project}, in the order they are shown; none
   * when it holds nothing of the project. Read only, and without a visibility check: whoever
   * exports the bundle was checked.
   */
  List<Part> closingReport(ProjectView project);

  /**
   * One part of the report: a title, a table (its column headings and rows of text, each row as
   * long as the headings) and notes below it; {@code order} places it among the others' parts.
   */
  record Part(
      int order, String title, List<String> columns, List<List<String>> rows, List<String> notes) {

    public Part {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      notes = List.copyOf(notes);
    }
  }
}

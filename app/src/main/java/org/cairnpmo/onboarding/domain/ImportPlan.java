package org.cairnpmo.onboarding.domain;

import java.time.Instant;
import java.util.List;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.platform.tabular.RowProblem;

/**
 * The dry run of an uploaded file: the columns it has, which field each is read as, and what every
 * row would do. {@code ready} when no row has a problem: only then can it be applied, naming this
 * {@code version}.
 */
public record ImportPlan(
    long id,
    long version,
    ImportKind kind,
    String fileName,
    Instant expiresAt,
    List<String> columns,
    List<FieldColumn> mapping,
    Counts counts,
    boolean ready,
    List<RowProblem> problems,
    List<RowPlan> rows)
    implements Versioned.Entry {

  /** A field of the import and the column it is read from (null: not imported). */
  public record FieldColumn(String field, String label, boolean required, String column) {}

  /** How many rows do what; {@code withProblems} rows stop the import. */
  public record Counts(int rows, int create, int update, int unchanged, int withProblems) {}
}

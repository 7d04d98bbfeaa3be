package org.cairnpmo.reporting.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cairnpmo.control.RatingDimension;

/**
 * One column of an exported table: its header and what a row shows in it. A table is a list of
 * columns, so every header stands next to its value and the two cannot drift apart, and the CSV and
 * XLSX exports of the same kind of row can share the columns they have in common.
 */
record Column<T>(String header, Function<? super T, ?> value) {

  static <T> Column<T> of(String header, Function<? super T, ?> value) {
    return new Column<>(header, value);
  }

  static List<String> headers(List<? extends Column<?>> columns) {
    return columns.stream().map(Column::header).toList();
  }

  /** The cells of {@code row} in these columns; null is an empty cell. */
  static <T> Object[] cells(List<Column<T>> columns, T row) {
    return columns.stream().map(c -> c.value().apply(row)).toArray();
  }

  /** The columns of each part, one after the other. */
  @SafeVarargs
  static <T> List<Column<T>> join(List<Column<T>>... parts) {
    List<Column<T>> all = new ArrayList<>();
    for (List<Column<T>> part : parts) {
      all.addAll(part);
    }
    return List.copyOf(all);
  }

  /**
   * The overall rating, how it moved since the report before, then each dimension's rating: the
   * columns of every table of status ratings, in the order the status report lists them.
   */
  static <T> List<Column<T>> ratings(
      BiFunction<T, RatingDimension, ?> rating, Function<T, ?> overallTrend) {
    List<Column<T>> columns = new ArrayList<>();
    columns.add(of("Overall", row -> rating.apply(row, RatingDimension.OVERALL)));
    columns.add(of("Overall trend", overallTrend));
    for (RatingDimension dimension : RatingDimension.values()) {
      if (dimension != RatingDimension.OVERALL) {
        columns.add(of(dimension.label(), row -> rating.apply(row, dimension)));
      }
    }
    return List.copyOf(columns);
  }
}

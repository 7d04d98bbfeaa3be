package org.cairnpmo.platform;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The child rows of a record kept in order by their position (the phases of a lifecycle or of a
 * method), changed in place: the row at each position takes what is wanted there, new positions get
 * new rows at the end, and rows past the last wanted position are removed from the end. So no
 * position is ever taken twice while the changes are written, and no row is removed only to be
 * added again.
 */
public final class PositionalRows {

  private PositionalRows() {}

  /**
   * Makes {@code rows} say {@code wanted}: {@code apply} writes a wanted value into the row at its
   * position, {@code create} makes the row for a new position from its index and value.
   */
  public static <R, D> void update(
      List<R> rows, List<D> wanted, BiConsumer<R, D> apply, BiFunction<Integer, D, R> create) {
    for (int i = 0; i < wanted.size(); i++) {
      if (i < rows.size()) {
        apply.accept(rows.get(i), wanted.get(i));
      } else {
        rows.add(create.apply(i, wanted.get(i)));
      }
    }
    while (rows.size() > wanted.size()) {
      rows.remove(rows.size() - 1);
    }
  }
}

package org.cairnpmo.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Ids in chunks that fit in one SQL {@code IN} list on every database Cairn runs on, so that a
 * query over ten thousand projects is ten queries, not one that a driver refuses.
 */
public final class InLists {

  /** Ids per chunk. */
  public static final int SIZE = 1000;

  private InLists() {}

  /** The distinct, non-null ids, in their order, in chunks of at most {@value #SIZE}. */
  public static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> all = ids.stream().filter(Objects::nonNull).distinct().toList();
    List<List<Long>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += SIZE) {
      chunks.add(all.subList(from, Math.min(from + SIZE, all.size())));
    }
    return chunks;
  }
}

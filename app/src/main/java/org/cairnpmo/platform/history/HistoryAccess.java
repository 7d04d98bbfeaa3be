package org.cairnpmo.platform.history;

import java.util.Set;

/**
 * A module's answer to "may the signed-in person see this record's history?", for the kinds of
 * record it owns. A module registers one bean; a kind no bean answers for is shown to
 * administrators and the PMO only.
 */
public interface HistoryAccess {

  /** The kinds ({@link KeepsHistory#value()}) this module answers for. */
  Set<String> kinds();

  /**
   * Returns if the current person may see record {@code id} of {@code kind}; throws {@link
   * org.cairnpmo.platform.NotFoundException} if it does not exist or they may not see it.
   */
  void check(String kind, long id);
}

package org.cairnpmo.practices.domain;

import org.cairnpmo.identity.CurrentUser;

/**
 * A kind of entry the PMO defines from data and changes with the same data (methods, project
 * templates, KPIs, questionnaires), so that one form both drafts a new entry and saves a change.
 */
public interface DefinedEntries<D, V> {

  V define(D data, CurrentUser by);

  V revise(long id, D data, long expectedVersion, CurrentUser by);

  /**
   * A new entry when {@code id} is null, else the change to entry {@code id} as it was read at
   * {@code expectedVersion}. Static rather than a default method, so that the call reaches {@code
   * entries} through its transactional proxy.
   */
  static <D, V> V save(
      DefinedEntries<D, V> entries, Long id, D data, long expectedVersion, CurrentUser by) {
    return id == null ? entries.define(data, by) : entries.revise(id, data, expectedVersion, by);
  }
}

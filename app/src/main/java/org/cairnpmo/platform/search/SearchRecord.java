package org.cairnpmo.platform.search;

/**
 * A record found by the search across Cairn. Its entity carries {@link SearchRecordMapping}, which
 * maps {@link #searchEntry()} to the fields of {@link SearchFields} the same way in every index.
 */
public interface SearchRecord {

  /** The record's values for the common fields, read whenever its document is indexed. */
  SearchEntry searchEntry();
}

package org.cairnpmo.platform.search;

/**
 * The names of the fields that every record found by the search across Cairn carries in its index,
 * whatever module indexes it. Each module's entity gives its values as a {@link SearchEntry}
 * ({@link SearchRecord}) and {@link SearchRecordMapping} declares the fields, the same way in every
 * index (type, analyzer, projectable, highlightable, aggregable); one query then runs over every
 * index by entity name and projects these fields alone, without knowing any module's classes.
 */
public final class SearchFields {

  /** The kind of record, one of the constants below ({@code project}, {@code risk}...): keyword. */
  public static final String KIND = "kind";

  /** The record's title or name, stemmed prose ({@link SearchAnalysis#TEXT}); highlighted. */
  public static final String TITLE = "title";

  /** The title as whole words ({@link SearchAnalysis#WORDS}), where typos are forgiven. */
  public static final String TITLE_WORDS = "titleWords";

  /** The record's other texts, joined, stemmed prose; highlighted for the snippets. */
  public static final String TEXT = "text";

  /** The other texts as whole words, where typos are forgiven. */
  public static final String TEXT_WORDS = "textWords";

  /**
   * The id of the project a record belongs to, as a keyword; absent for a project itself (its own
   * id is in {@link #SELF_PROJECT}) and for a proposal's records.
   */
  public static final String PROJECT = "project";

  /** A project's own id, so that a hidden project is left out of a search like its records. */
  public static final String SELF_PROJECT = "selfProject";

  /** The id of the proposal a record is (or belongs to), as a keyword. */
  public static final String PROPOSAL = "proposal";

  /**
   * The department of a record that carries one itself (projects, proposals), as a keyword. The
   * records of a project are counted to its department through the project, as the register has it
   * at the time of the search.
   */
  public static final String DEPARTMENT = "department";

  /** A finer kind: a project's category, a document's type, a lesson's category, a RAID kind... */
  public static final String TYPE = "type";

  /** The year the record is about (a report's period, a project's start) or was made. */
  public static final String YEAR = "year";

  /** The address of the record's page: projected, never searched. */
  public static final String LINK = "link";

  public static final String KIND_PROJECT = "project";
  public static final String KIND_PROPOSAL = "proposal";
  public static final String KIND_DOCUMENT = "document";
  public static final String KIND_LESSON = "lesson";
  public static final String KIND_STATUS_REPORT = "status-report";
  public static final String KIND_RAID = "raid";

  /** The texts of a record joined for {@link #TEXT}: blank ones left out. */
  public static String join(String... texts) {
    StringBuilder joined = new StringBuilder();
    for (String t : texts) {
      if (t != null && !t.isBlank()) {
        if (!joined.isEmpty()) {
          joined.append("\n\n");
        }
        joined.append(t.strip());
      }
    }
    return joined.isEmpty() ? null : joined.toString();
  }

  private SearchFields() {}
}

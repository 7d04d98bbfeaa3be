package org.cairnpmo.archive.search;

import java.util.Set;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.search.SearchFields;

/**
 * What a person searches across Cairn: words, and the facet values chosen to narrow the hits (each
 * may be null). Checked at the boundary: an unknown kind, a type or query with control characters
 * or of unreasonable length is refused with a message for the field.
 */
public record SearchRequest(
    String q, String kind, String type, Integer year, Long projectId, Long departmentId) {

  /** The kinds of record the search finds. */
  public static final Set<String> KINDS =
      Set.of(
          SearchFields.KIND_PROJECT,
          SearchFields.KIND_PROPOSAL,
          SearchFields.KIND_DOCUMENT,
          SearchFields.KIND_LESSON,
          SearchFields.KIND_STATUS_REPORT,
          SearchFields.KIND_RAID);

  /** A longer query is refused: nobody types more into a search box. */
  public static final int MAX_QUERY = 500;

  public SearchRequest {
    q = q == null || q.isBlank() ? null : q.strip();
    kind = kind == null || kind.isBlank() ? null : kind.strip();
    type = type == null || type.isBlank() ? null : type.strip();
    if (q != null && q.length() > MAX_QUERY) {
      throw InvalidInputException.of(
          "q", "Search for at most " + MAX_QUERY + " characters (" + q.length() + " given).");
    }
    if (q != null && q.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
      throw InvalidInputException.of("q", "The search cannot contain control characters.");
    }
    if (kind != null && !KINDS.contains(kind)) {
      throw InvalidInputException.of(
          "kind", "Choose a kind among " + String.join(", ", KINDS.stream().sorted().toList()));
    }
    if (type != null && (type.length() > 80 || type.chars().anyMatch(Character::isISOControl))) {
      throw InvalidInputException.of("type", "That is not a type of record.");
    }
    if (year != null && (year < 1900 || year > 9999)) {
      throw InvalidInputException.of("year", "Give a year from 1900 to 9999.");
    }
  }

  public static SearchRequest of(String q) {
    return new SearchRequest(q, null, null, null, null, null);
  }
}

package org.cairnpmo.practices.domain;

import java.util.List;
import org.cairnpmo.platform.PageResponse;
import org.springframework.data.domain.Page;

/**
 * A page of the lesson search with the counts of each facet over every hit (not just this page),
 * counted over the lessons the viewer may see only.
 */
public record LessonResults(Page<Hit> page, Facets facets) {

  /**
   * One lesson found. {@code titleHtml} and {@code snippets} are HTML-escaped text with the matched
   * words in {@code <mark>}; {@code titleHtml} is null and {@code snippets} empty when no text was
   * searched or it matched elsewhere. {@code score}: BM25, only the order means something.
   */
  public record Hit(LessonView lesson, String titleHtml, List<String> snippets, double score) {}

  /** The counts per value of each facet, largest first. */
  public record Facets(
      List<Count> categories, List<Count> phases, List<Count> tags, List<Count> departments) {}

  /** How many hits have {@code value} (shown as {@code label}). */
  public record Count(String value, String label, long count) {}

  /** The API's shape: the page as every list of the API, and the facets beside it. */
  public record Response(PageResponse<Hit> results, Facets facets) {}

  public Response response() {
    return new Response(PageResponse.of(page), facets);
  }
}

package org.cairnpmo.archive.search;

import java.util.List;
import org.cairnpmo.platform.PageResponse;
import org.springframework.data.domain.Page;

/**
 * A page of the search across Cairn with the counts of each facet over every hit (not just this
 * page), counted only over records the viewer may see.
 */
public record SearchResults(Page<Hit> page, Facets facets) {

  /**
   * One record found. {@code titleHtml} and {@code snippets} are HTML-escaped text with the matched
   * words in {@code <mark>}; {@code link} is the record's page. {@code projectId}/{@code
   * proposalId}: the project or proposal it belongs to (or is). {@code score}: BM25, only the order
   * means something.
   */
  public record Hit(
      String kind,
      long id,
      String titleHtml,
      List<String> snippets,
      String link,
      Long projectId,
      String projectName,
      Long proposalId,
      String type,
      Integer year,
      double score) {}

  /** The counts per value of each facet, largest first. */
  public record Facets(
      List<Count> kinds,
      List<Count> projects,
      List<Count> departments,
      List<Count> types,
      List<Count> years) {

    public static final Facets NONE =
        new Facets(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** How many hits have {@code value} (shown as {@code label}). */
  public record Count(String value, String label, long count) {}

  /** The API's shape: the page as every list of the API, and the facets beside it. */
  public record Response(PageResponse<Hit> results, Facets facets) {}

  public Response response() {
    return new Response(PageResponse.of(page), facets);
  }
}

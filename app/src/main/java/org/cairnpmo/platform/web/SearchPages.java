package org.cairnpmo.platform.web;

import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A page of a full-text search for a person. A search ranks only the first {@code window} hits, so
 * its pages go that deep and no deeper; as on every page ({@link Paging#showing}), a negative
 * number reads as the first page and a number past the end as the last page there is.
 */
public final class SearchPages {

  private SearchPages() {}

  /**
   * The page {@code page} of {@code size} hits, from {@code search}, which answers its results
   * (hits and whatever else, such as facets) for one page; {@code hits} picks the page out of them.
   * The search runs twice only when the number was past the end.
   */
  public static <R> R showing(
      int page, int size, int window, Function<Pageable, R> search, Function<R, Page<?>> hits) {
    int deepest = window / size - 1;
    int wanted = Math.min(Math.max(page, 0), deepest);
    R results = search.apply(Paging.request(wanted, size));
    int totalPages = hits.apply(results).getTotalPages();
    if (totalPages > 0 && wanted >= totalPages) {
      results = search.apply(Paging.request(Math.min(totalPages - 1, deepest), size));
    }
    return results;
  }
}

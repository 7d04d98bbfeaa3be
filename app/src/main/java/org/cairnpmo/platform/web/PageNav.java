package org.cairnpmo.platform.web;

import java.util.List;
import java.util.function.IntFunction;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page links under a list, as the one pagination fragment ({@code fragments/pagination}) shows
 * them: which page this is, the numbers from {@link Paging#pageLinks} and the address of each page.
 * Addresses are the application's own ({@code /status/overdue?page=2}), without the context path,
 * which the fragment adds.
 */
public record PageNav(int number, int totalPages, IntFunction<String> address) {

  public static PageNav of(Page<?> page, IntFunction<String> address) {
    return new PageNav(page.getNumber(), page.getTotalPages(), address);
  }

  /**
   * The address of each page of a list at {@code path} with its query: {@code link("/portfolio",
   * "q", q, "mine", true)}. Parameters without a value (null, blank or false) are left out.
   */
  public static IntFunction<String> link(String path, Object... namesAndValues) {
    return page -> {
      UriComponentsBuilder address = UriComponentsBuilder.fromPath(path);
      for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
        Object value = namesAndValues[i + 1];
        if (value != null && !Boolean.FALSE.equals(value) && !value.toString().isBlank()) {
          address.queryParam(namesAndValues[i].toString(), value);
        }
      }
      return address.queryParam("page", page).encode().build().toUriString();
    };
  }

  public List<Integer> pages() {
    return Paging.pageLinks(number, totalPages);
  }

  public String url(int page) {
    return address.apply(page);
  }

  public boolean hasPrevious() {
    return number > 0;
  }

  public boolean hasNext() {
    return number + 1 < totalPages;
  }
}

package org.cairnpmo.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The one way every list is paged, in the API and on the pages: one size limit, one check of the
 * page number, one sort syntax and one set of page links.
 *
 * <p>The API refuses what it cannot answer (400 naming {@code page}, {@code size} or {@code sort});
 * a page shows the nearest page there is, because a person following an old link or editing the
 * address wants to see the list, not an error. Both keep the offset of a page ({@code page × size})
 * within what the databases take as a row offset (a 32-bit integer): beyond it JPA fails.
 */
public final class Paging {

  /** The most entries any list hands out at once, whatever the caller asks. */
  public static final int MAX_SIZE = 200;

  private Paging() {}

  /**
   * The page an API caller asked for, or a 400 naming the parameter to change: pages from 0, {@code
   * size} from 1 to {@value #MAX_SIZE}, and no page beyond the largest offset a list has.
   */
  public static PageRequest request(int page, int size, Sort sort) {
    check(page, size);
    return PageRequest.of(page, size, sort);
  }

  public static PageRequest request(int page, int size) {
    return request(page, size, Sort.unsorted());
  }

  /** The checks of {@link #request}, for lists that take the numbers apart. */
  public static void check(int page, int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw InvalidInputException.of(
          "size",
          "Ask for 1 to " + MAX_SIZE + " entries per page (size=" + MAX_SIZE + " at most).");
    }
    if (page < 0) {
      throw InvalidInputException.of("page", "Pages are numbered from 0: ask for page=0 or more.");
    }
    if (page > lastPossiblePage(size)) {
      throw InvalidInputException.of(
          "page",
          "No list is that long: ask for a page from 0 to "
              + lastPossiblePage(size)
              + " at this size, and see totalPages in the answer for the last one.");
    }
  }

  /**
   * A page for a person: a negative number reads as the first page, a number beyond the last as the
   * last page. {@code query} reads one page from the database; it runs twice only when the number
   * was past the end.
   */
  public static <P extends Page<?>> P showing(
      int page, int size, Sort sort, Function<Pageable, P> query) {
    int checkedSize = Math.min(Math.max(size, 1), MAX_SIZE);
    int wanted = Math.min(Math.max(page, 0), lastPossiblePage(checkedSize));
    P found = query.apply(PageRequest.of(wanted, checkedSize, sort));
    if (found.getTotalPages() > 0 && wanted >= found.getTotalPages()) {
      found = query.apply(PageRequest.of(found.getTotalPages() - 1, checkedSize, sort));
    }
    return found;
  }

  public static <P extends Page<?>> P showing(int page, int size, Function<Pageable, P> query) {
    return showing(page, size, Sort.unsorted(), query);
  }

  /** The page number a page shows for a requested number when the list has {@code totalPages}. */
  public static int shownPage(int page, int totalPages) {
    return Math.max(0, Math.min(page, totalPages - 1));
  }

  /**
   * One page of a list that is computed rather than stored (rankings, lists merged from several
   * tables, overdue periods): the only lists paged in memory.
   */
  public static <T> Page<T> slice(List<T> all, Pageable pageable) {
    int from = (int) Math.min(pageable.getOffset(), all.size());
    int to = (int) Math.min((long) from + pageable.getPageSize(), all.size());
    return new PageImpl<>(all.subList(from, to), pageable, all.size());
  }

  /** The largest page number whose first entry still has an offset the databases accept. */
  public static int lastPossiblePage(int size) {
    return (Integer.MAX_VALUE - MAX_SIZE) / Math.max(size, 1);
  }

  /**
   * {@code sort=name,desc&sort=code}: each value a field, optionally followed by its direction;
   * Spring may also hand the parts over separately ("name", "desc"). Which fields a list can sort
   * by is for the list to say.
   */
  public static Sort parseSort(List<String> values) {
    List<Sort.Order> orders = new ArrayList<>();
    if (values == null) {
      return Sort.unsorted();
    }
    for (String value : values) {
      if (value == null) {
        continue;
      }
      for (String token : value.split(",")) {
        String part = token.trim();
        if (part.isEmpty()) {
          continue;
        }
        if (part.equalsIgnoreCase("asc") || part.equalsIgnoreCase("desc")) {
          if (orders.isEmpty()) {
            throw InvalidInputException.of(
                "sort", "Name a field before the direction, for example sort=name,asc.");
          }
          Sort.Order last = orders.remove(orders.size() - 1);
          orders.add(new Sort.Order(Sort.Direction.fromString(part), last.getProperty()));
        } else {
          orders.add(Sort.Order.asc(part));
        }
      }
    }
    return Sort.by(orders);
  }

  /**
   * {@code requested} with each field, named as callers know it, mapped to the attribute that
   * stores it; a field not in {@code sortable} is refused (400 naming {@code sort} and the fields
   * that are sortable).
   */
  public static List<Sort.Order> sortOrders(Sort requested, Map<String, String> sortable) {
    List<Sort.Order> orders = new ArrayList<>();
    for (Sort.Order order : requested) {
      String attribute = sortable.get(order.getProperty());
      if (attribute == null) {
        throw InvalidInputException.of(
            "sort",
            "Cannot sort by '"
                + order.getProperty()
                + "'. Sortable: "
                + String.join(", ", sortable.keySet().stream().sorted().toList())
                + ".");
      }
      orders.add(new Sort.Order(order.getDirection(), attribute));
    }
    return orders;
  }

  /**
   * Page numbers (from 0) to offer as links: the first, the last and two either side of the
   * current, with -1 for each gap.
   */
  public static List<Integer> pageLinks(int current, int total) {
    if (total <= 0) {
      return List.of();
    }
    TreeSet<Integer> shown = new TreeSet<>();
    shown.add(0);
    shown.add(total - 1);
    for (int i = current - 2; i <= current + 2; i++) {
      shown.add(i);
    }
    List<Integer> pages = new ArrayList<>();
    int last = -1;
    for (int i : shown.subSet(0, true, total - 1, true)) {
      if (last >= 0 && i - last > 1) {
        pages.add(-1);
      }
      pages.add(i);
      last = i;
    }
    return pages;
  }
}

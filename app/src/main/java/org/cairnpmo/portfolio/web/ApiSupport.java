package org.cairnpmo.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Paging and sorting conventions shared by the portfolio's REST controllers. */
final class ApiSupport {

  static final int MAX_PAGE_SIZE = 200;

  private ApiSupport() {}

  static PageRequest page(int page, int size, Sort sort) {
    if (page < 0) {
      throw InvalidInputException.of("page", "Pages are numbered from 0.");
    }
    if (size < 1) {
      throw InvalidInputException.of("size", "Ask for 1 to " + MAX_PAGE_SIZE + " items per page.");
    }
    int capped = Math.min(size, MAX_PAGE_SIZE);
    if ((long) page * capped > Integer.MAX_VALUE) {
      throw InvalidInputException.of("page", "This page is far beyond the last item.");
    }
    return PageRequest.of(page, capped, sort);
  }

  /** {@code sort=title,desc&sort=status}; Spring may also hand over "title", "desc". */
  static Sort parseSort(List<String> values) {
    List<Sort.Order> orders = new ArrayList<>();
    if (values == null) {
      return Sort.unsorted();
    }
    for (String value : values) {
      for (String token : value.split(",")) {
        String part = token.trim();
        if (part.isEmpty()) {
          continue;
        }
        if (part.equalsIgnoreCase("asc") || part.equalsIgnoreCase("desc")) {
          if (orders.isEmpty()) {
            throw InvalidInputException.of(
                "sort", "Name a field before the direction, e.g. sort=title,asc.");
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
}

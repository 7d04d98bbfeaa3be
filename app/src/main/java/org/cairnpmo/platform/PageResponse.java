package org.cairnpmo.platform;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** A stable JSON shape for paged API lists, independent of Spring Data's internals. */
public record PageResponse<T>(
    List<T> content, int page, int size, long totalElements, int totalPages) {

  /** A page whose entries the API shows as they are. */
  public static <T> PageResponse<T> of(Page<T> page) {
    return of(page, Function.identity());
  }

  public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
    return new PageResponse<>(
        page.getContent().stream().map(mapper).toList(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }
}

package org.cairnpmo.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page of an API list a caller asked for, from the query parameters {@code page} (from 0,
 * default 0) and {@code size} (1 to {@value Paging#MAX_SIZE}, default {@value #DEFAULT_SIZE}).
 * {@link PageQueryArguments} reads both and checks them as {@link Paging#check} does before the
 * endpoint runs, so a list taking one answers a bad number with the same 400 as every other list,
 * and its API description names the two parameters like every other list's.
 *
 * <p>A list that hands out another number of entries when the caller names none says so on the
 * parameter: {@code @PageQuery.DefaultSize(20) PageQuery paging}.
 */
public record PageQuery(int page, int size) {

  /** The entries a list hands out when the caller names no size. */
  public static final int DEFAULT_SIZE = 50;

  /** The page size of a list whose default is not {@value #DEFAULT_SIZE}. */
  @Documented
  @Target(ElementType.PARAMETER)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface DefaultSize {
    int value();
  }

  /** This page of a list in its natural order. */
  public PageRequest request() {
    return PageRequest.of(page, size);
  }

  /** This page of a list sorted by {@code sort}. */
  public PageRequest request(Sort sort) {
    return PageRequest.of(page, size, sort);
  }
}

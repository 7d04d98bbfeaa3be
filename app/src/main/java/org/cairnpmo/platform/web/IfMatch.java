package org.cairnpmo.platform.web;

import java.util.function.LongFunction;
import org.cairnpmo.platform.Versioned;
import org.springframework.http.ResponseEntity;

/**
 * The {@code If-Match} header of an API change, as a handler parameter ({@link IfMatchArguments}):
 * a change method declares {@code IfMatch ifMatch} instead of reading the header itself, and
 * answers with {@link #changed}. Absent when the caller sent no header; the body's version is then
 * the one the caller edited ({@link OptimisticLocking#expectedVersion}).
 */
public record IfMatch(String header) {

  /** The version the caller edited: the header's, else the body's; neither is a 428. */
  public long expected(Long bodyVersion) {
    return OptimisticLocking.expectedVersion(header, bodyVersion);
  }

  /** 200 with the record as {@code change} left it, its new version as the ETag. */
  public <T extends Versioned> ResponseEntity<T> changed(Long bodyVersion, LongFunction<T> change) {
    return VersionedResponses.changed(header, bodyVersion, change);
  }

  /** A change whose body carries no version: the header must name it. */
  public <T extends Versioned> ResponseEntity<T> changed(LongFunction<T> change) {
    return changed((Long) null, change);
  }

  /** A change whose body, which may be absent, names the version unless the header does. */
  public <T extends Versioned> ResponseEntity<T> changed(
      VersionNamed body, LongFunction<T> change) {
    return changed(body == null ? null : body.version(), change);
  }

  /** Whether the caller sent the header (a blank one counts as not sent). */
  public boolean sent() {
    return header != null && !header.isBlank();
  }
}

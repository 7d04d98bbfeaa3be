package org.cairnpmo.platform.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * API answers that carry the version of what they return as its ETag ({@link OptimisticLocking}),
 * so that the caller's next change can name it in If-Match.
 */
public final class VersionedResponses {

  private VersionedResponses() {}

  /** 200 with the body; a record that was never saved (version null) has no ETag. */
  public static <T> ResponseEntity<T> ok(T body, Long version) {
    return version == null
        ? ResponseEntity.ok(body)
        : ResponseEntity.ok().eTag(OptimisticLocking.etag(version)).body(body);
  }

  /**
   * 201 with the new record's address below the requested path; the request's query (such as {@code
   * submit=true}) is not part of the current request URI, so it never sticks to the address.
   */
  public static <T> ResponseEntity<T> created(T body, long id, long version) {
    return created(
        body,
        ServletUriComponentsBuilder.fromCurrentRequestUri()
            .path("/{id}")
            .buildAndExpand(id)
            .toUri(),
        version);
  }

  /** 201 at {@code location}, as given (relative addresses stay relative). */
  public static <T> ResponseEntity<T> created(T body, URI location, long version) {
    return ResponseEntity.created(location).eTag(OptimisticLocking.etag(version)).body(body);
  }

  /** 201 at a path of this application, made absolute. */
  public static <T> ResponseEntity<T> createdAt(T body, String path, long version) {
    return created(
        body,
        ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUri(),
        version);
  }
}

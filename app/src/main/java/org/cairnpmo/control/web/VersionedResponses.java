package org.cairnpmo.control.web;

import java.net.URI;
import org.cairnpmo.platform.web.OptimisticLocking;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * API answers that carry the version of what they return as its ETag, so that the caller's next
 * change can name it in If-Match.
 */
final class VersionedResponses {

  private VersionedResponses() {}

  /** 200 with the body; a record that was never saved (a cadence not yet set) has no ETag. */
  static <T> ResponseEntity<T> ok(T body, Long version) {
    return version == null
        ? ResponseEntity.ok(body)
        : ResponseEntity.ok().eTag(OptimisticLocking.etag(version)).body(body);
  }

  /**
   * 201 with the new record's address below the requested path; the request's query (such as {@code
   * submit=true}) is not part of the current request URI, so it never sticks to the address.
   */
  static <T> ResponseEntity<T> created(T body, long id, long version) {
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequestUri()
            .path("/{id}")
            .buildAndExpand(id)
            .toUri();
    return ResponseEntity.created(location).eTag(OptimisticLocking.etag(version)).body(body);
  }
}

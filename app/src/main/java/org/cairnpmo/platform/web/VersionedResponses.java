package org.cairnpmo.platform.web;

import java.net.URI;
import java.util.function.LongFunction;
import org.cairnpmo.platform.Versioned;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * API answers that carry the version of what they return as its ETag ({@link OptimisticLocking}),
 * so that the caller's next change can name it in If-Match.
 */
public final class VersionedResponses {

  private VersionedResponses() {}

  /** 200 with the record. */
  public static <T extends Versioned> ResponseEntity<T> ok(T body) {
    return ok(body, body.version());
  }

  /**
   * 200 with the record as {@code change} left it; the change gets the version the caller edited,
   * from If-Match or else the body ({@link OptimisticLocking#expectedVersion}).
   */
  public static <T extends Versioned> ResponseEntity<T> changed(
      String ifMatch, Long bodyVersion, LongFunction<T> change) {
    return ok(change.apply(OptimisticLocking.expectedVersion(ifMatch, bodyVersion)));
  }

  /** 201 with the new record, at its id below the requested path. */
  public static <T extends Versioned.Entry> ResponseEntity<T> created(T body) {
    return created(body, body.id(), body.version());
  }

  /**
   * 201 with the record a new part was added to (a file's new version), with its ETag; the part has
   * no address of its own, so there is no Location.
   */
  public static <T extends Versioned> ResponseEntity<T> addedTo(T body) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag(OptimisticLocking.etag(body.version()))
        .body(body);
  }

  /** 201 with the new record, at its id below {@code listPath}, a path of this application. */
  public static <T extends Versioned.Entry> ResponseEntity<T> createdBelow(
      String listPath, T body) {
    return createdAt(body, listPath + "/" + body.id(), body.version());
  }

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
    return created(body, below(id), version);
  }

  /**
   * The address of the entry {@code id} below the requested path, without the request's query:
   * where a new entry, or a run that was started, can be read.
   */
  public static URI below(long id) {
    return ServletUriComponentsBuilder.fromCurrentRequestUri()
        .path("/{id}")
        .buildAndExpand(id)
        .toUri();
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

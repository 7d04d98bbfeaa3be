package org.cairnpmo.platform;

/**
 * A record that changes under optimistic locking. The API hands its version out as the ETag and
 * takes it back in If-Match, the same for every resource.
 */
public interface Versioned {

  long version();

  /** A versioned record with an id of its own, which the API addresses below its list. */
  interface Entry extends Versioned {

    long id();
  }
}

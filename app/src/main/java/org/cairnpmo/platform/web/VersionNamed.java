package org.cairnpmo.platform.web;

/** A request body that may name the version of the record the caller edited. */
public interface VersionNamed {

  /** The version edited, or null when the caller names it in If-Match instead. */
  Long version();
}

package org.cairnpmo.control.web;

/** A body that only names the version an action is based on (when If-Match is not used). */
record VersionData(Long version) {

  static Long of(VersionData body) {
    return body == null ? null : body.version();
  }
}

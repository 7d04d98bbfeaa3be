package org.cairnpmo.control.web;

import org.cairnpmo.platform.web.VersionNamed;

/** A body that only names the version an action is based on (when If-Match is not used). */
record VersionData(Long version) implements VersionNamed {}

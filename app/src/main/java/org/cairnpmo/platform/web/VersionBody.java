package org.cairnpmo.platform.web;

/**
 * The body of an API action that changes nothing but the record's state (publish, submit,
 * accept...): only the version the caller edited, which If-Match may name instead ({@link
 * IfMatch#changed(VersionNamed, java.util.function.LongFunction)}).
 */
public record VersionBody(Long version) implements VersionNamed {}

package org.cairnpmo.platform.history;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record people edit, whose every change the change log keeps (see {@code docs/history.md}).
 * Technical tables (tokens, sessions, blobs, snapshots, search text) do not carry it, so they cost
 * nothing. The value names the kind of record in the log and in {@code /api/v1/history?kind=}: a
 * stable word in lower case ("risk", "status-report"), never renamed once entries exist.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KeepsHistory {

  String value();
}

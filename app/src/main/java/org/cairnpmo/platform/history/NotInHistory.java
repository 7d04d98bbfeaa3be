package org.cairnpmo.platform.history;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a {@link KeepsHistory} record that is no change people made: a cache, a derived text,
 * a counter the system keeps. Versions, audit stamps and binary content are left out without it.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotInHistory {}

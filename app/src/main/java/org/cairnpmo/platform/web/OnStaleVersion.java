package org.cairnpmo.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a page action answers when the record it changes was changed by someone else since the page
 * was shown: {@link #message} above the page {@link #redirect} leads to. On a page controller it
 * holds for every action that does not say otherwise; a form that shows the conflict next to the
 * person's input catches the failure itself ({@link StaleVersionPages#isStale}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OnStaleVersion {

  /** The message shown above the page, as it should read to the person who lost the race. */
  String message();

  /**
   * The page to show, with the action's path variables in braces: {@code /projects/{id}}. A
   * fragment ({@code #compare}) is kept.
   */
  String redirect();
}

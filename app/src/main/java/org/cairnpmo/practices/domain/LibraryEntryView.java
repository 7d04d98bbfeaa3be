package org.cairnpmo.practices.domain;

import org.cairnpmo.platform.Versioned;
import org.cairnpmo.practices.MethodStatus;

/**
 * One version of an entry of the library ({@link LibraryVersion}) as its pages read it, a method or
 * a project template: what the actions on every such version (publish, start the next version) say
 * about it.
 */
public interface LibraryEntryView extends Versioned.Entry {

  String name();

  int revision();

  MethodStatus status();

  default boolean draft() {
    return status() == MethodStatus.DRAFT;
  }
}

package org.cairnpmo.practices.templates;

import org.cairnpmo.platform.Labelled;

/** What a newer template version does to one item: adds it, changes it or removes it. */
public enum ChangeType implements Labelled {
  ADDED,
  CHANGED,
  REMOVED
}

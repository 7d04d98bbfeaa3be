package org.cairnpmo.governance;

import org.cairnpmo.platform.Labelled;

/** Where a project stands on its lifecycle as a whole. */
public enum LifecycleStatus implements Labelled {
  ACTIVE,
  COMPLETED,
  KILLED;
}

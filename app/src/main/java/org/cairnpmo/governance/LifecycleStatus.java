package org.cairnpmo.governance;

import org.cairnpmo.platform.Labels;

/** Where a project stands on its lifecycle as a whole. */
public enum LifecycleStatus {
  ACTIVE,
  COMPLETED,
  KILLED;

  public String label() {
    return Labels.of(this);
  }
}

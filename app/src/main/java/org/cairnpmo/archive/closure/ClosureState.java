package org.cairnpmo.archive.closure;

import org.cairnpmo.platform.Labelled;

/** Where a project's closure stands: being prepared (items to meet or waive), or signed off. */
public enum ClosureState implements Labelled {
  PREPARING,
  SIGNED_OFF
}

package org.cairnpmo.practices.compliance;

import org.cairnpmo.platform.Labelled;

/** What a project marks done of its method: a deliverable delivered, a checklist item done. */
public enum MarkKind implements Labelled {
  DELIVERABLE,
  CHECK
}

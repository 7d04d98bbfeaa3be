package org.cairnpmo.archive;

import java.util.List;

/**
 * The deliverables a project's method expects, for the archive to offer when a document is filed.
 * The archive declares this and another module (practices, which knows the methods) may implement
 * it; the archive cannot ask practices itself, because practices will depend on the archive to know
 * whether a deliverable is present. With no implementation, a document's deliverable is free text
 * and optional.
 */
public interface DeliverableCatalog {

  /** The deliverables expected of the project, in the order its method lists them. */
  List<DeliverableOption> deliverablesOf(long projectId);

  /** One deliverable: an id the implementation understands again, and its name. */
  record DeliverableOption(String id, String name, String phase) {}
}

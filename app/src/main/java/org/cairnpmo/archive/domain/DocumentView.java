package org.cairnpmo.archive.domain;

import java.time.Instant;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * A document as its owner's viewers see it, its versions newest first (empty in lists), and what
 * the viewer may do with it.
 */
public record DocumentView(
    long id,
    OwnerKind ownerKind,
    long ownerId,
    String title,
    String type,
    String phase,
    String deliverableId,
    String deliverableName,
    Long responsibleId,
    String responsibleName,
    DocumentStatus status,
    Long reviewerId,
    String reviewerName,
    int latestVersion,
    Long templateId,
    List<VersionView> versions,
    boolean mayChange,
    boolean mayApprove,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy)
    implements Versioned.Entry {

  /** The latest version, if the list carries it. */
  public VersionView latest() {
    return versions.isEmpty() ? null : versions.get(0);
  }
}

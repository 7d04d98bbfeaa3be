package org.cairnpmo.archive.domain;

import java.time.Instant;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/** A template of the library with its versions, newest first (the first is current). */
public record TemplateView(
    long id,
    String name,
    String description,
    TemplateFormat format,
    String deliverableId,
    String deliverableName,
    int latestVersion,
    List<VersionView> versions,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy)
    implements Versioned.Entry {

  public VersionView current() {
    return versions.isEmpty() ? null : versions.get(0);
  }
}

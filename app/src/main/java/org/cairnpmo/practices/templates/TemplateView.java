package org.cairnpmo.practices.templates;

import java.time.Instant;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.domain.LibraryEntryView;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;

/**
 * One version of a project template as everyone reads it, with the names of what it refers to.
 * {@code draftId} is the draft started from this version, if any; {@code projects} how many
 * projects follow this version.
 */
public record TemplateView(
    long id,
    long lineageId,
    String name,
    String description,
    int revision,
    Long previousId,
    Long draftId,
    MethodStatus status,
    Long lifecycleId,
    String lifecycleName,
    Long methodId,
    String methodName,
    Long tierId,
    String tierName,
    ProjectCategory category,
    Priority priority,
    String changeNote,
    TemplateContent content,
    int projects,
    Instant publishedAt,
    String publishedBy,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements LibraryEntryView {

  public String label() {
    return name + " (version " + revision + ")";
  }

  public boolean published() {
    return status == MethodStatus.PUBLISHED;
  }
}

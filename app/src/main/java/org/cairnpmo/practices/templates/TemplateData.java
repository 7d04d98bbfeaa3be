package org.cairnpmo.practices.templates;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;

/**
 * A project template as the PMO writes it: what it is, the lifecycle (governance) and the published
 * method (practices) its projects follow, the tier, category and priority they start in, the note
 * saying what this version changed, and the content a new project starts with. For a change, {@code
 * version} is the version that was read.
 */
public record TemplateData(
    @NotBlank(message = "Enter the template's name, e.g. Standard IT project")
        @Size(max = 120, message = "At most 120 characters")
        String name,
    @Size(max = 2000, message = "At most 2000 characters") String description,
    Long lifecycleId,
    Long methodId,
    Long tierId,
    ProjectCategory category,
    Priority priority,
    @Size(max = 2000, message = "At most 2000 characters") String changeNote,
    @Valid TemplateContent content,
    Long version) {

  public TemplateContent contentOrEmpty() {
    return content == null ? TemplateContent.empty() : content;
  }
}

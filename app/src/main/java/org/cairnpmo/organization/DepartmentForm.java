package org.cairnpmo.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or change a department. {@code version} is required for changes (optimistic lock). */
public record DepartmentForm(
    @NotBlank(message = "Enter a short code")
        @Pattern(regexp = "[A-Za-z0-9-]{2,20}", message = "Use 2 to 20 letters, digits or dashes")
        String code,
    @NotBlank(message = "Enter the department's name")
        @Size(max = 120, message = "At most 120 characters")
        String name,
    @Size(max = 1000, message = "At most 1000 characters") String description,
    Boolean active,
    Long version) {

  /** This change, over the version the caller edited. */
  public DepartmentForm editing(long editedVersion) {
    return new DepartmentForm(code, name, description, active, editedVersion);
  }
}

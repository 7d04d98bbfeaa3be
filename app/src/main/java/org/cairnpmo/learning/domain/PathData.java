package org.cairnpmo.learning.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cairnpmo.learning.CertificationKind;

/**
 * A learning path as the PMO writes it: its name, the role it prepares for, and its steps in order.
 * For a change, {@code version} is the version that was read.
 */
public record PathData(
    @NotBlank(message = "Name the path") @Size(max = 200, message = "At most 200 characters")
        String name,
    @NotBlank(message = "Name the role") @Size(max = 120, message = "At most 120 characters")
        String role,
    @Size(max = 2000, message = "At most 2000 characters") String description,
    @NotNull(message = "List the steps") @Size(max = 50, message = "At most 50 steps")
        List<@Valid @NotNull Step> steps,
    Long version) {

  /**
   * A step: COURSE (courseId), CERTIFICATION (certification), COMPETENCY (competencyId, level) or
   * MANAGED_PROJECT (gates passed, 1 when absent; tierLevel: a tier at least that demanding).
   */
  public record Step(
      @NotNull(message = "Choose the kind of step") PathStep.Kind kind,
      @NotBlank(message = "Label the step") @Size(max = 200, message = "At most 200 characters")
          String label,
      Long courseId,
      CertificationKind certification,
      Long competencyId,
      Integer level,
      Integer tierLevel,
      Integer gates) {}
}

package org.cairnpmo.portfolio.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * The PMO's approval of a proposal: why, and who manages the project it becomes. A proposal that
 * names no manager needs one here, or {@code appointLater} set, so that a project without a manager
 * is always a decision.
 */
public record ApprovalData(
    @Size(max = 2000, message = "At most 2000 characters") String reason,
    @Schema(description = "The project manager; overrides the one the proposal named")
        Long managerId,
    @Schema(description = "True to approve without a manager, who is appointed later")
        Boolean appointLater,
    Long version,
    @Schema(
            description =
                "The published project template the project starts from; none when left out")
        Long templateId) {

  @com.fasterxml.jackson.annotation.JsonCreator
  public ApprovalData {}

  /** An approval that names no project template. */
  public ApprovalData(String reason, Long managerId, Boolean appointLater, Long version) {
    this(reason, managerId, appointLater, version, null);
  }
}

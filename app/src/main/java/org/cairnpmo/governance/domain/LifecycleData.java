package org.cairnpmo.governance.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.cairnpmo.identity.Role;

/**
 * A lifecycle as the PMO writes it: ordered phases, each ending with a gate. For a change, {@code
 * version} is the version that was read. {@code approvalFirst}: the first gate is the investment
 * decision, which the approval of a proposal takes (see {@link GateService#placeApproved}).
 */
public record LifecycleData(
    @NotBlank(message = "Enter the lifecycle's name, e.g. Standard lifecycle")
        @Size(max = 120, message = "At most 120 characters")
        String name,
    @Size(max = 2000, message = "At most 2000 characters") String description,
    @NotEmpty(message = "Add at least one phase")
        @Size(max = 20, message = "At most 20 phases")
        @Valid
        List<PhaseData> phases,
    Long version,
    @Schema(
            description =
                "Whether the first gate is the investment decision, so that a project made from an"
                    + " approved proposal has passed it at the approval")
        Boolean approvalFirst) {

  public LifecycleData(String name, String description, List<PhaseData> phases, Long version) {
    this(name, description, phases, version, null);
  }

  public boolean isApprovalFirst() {
    return Boolean.TRUE.equals(approvalFirst);
  }

  /**
   * One phase and the gate at its end: the criteria the board checks, the deliverables it expects,
   * and who reviews it (people by id, and/or everyone holding one of the roles).
   */
  public record PhaseData(
      @NotBlank(message = "Enter the phase's name, e.g. Planning")
          @Size(max = 120, message = "At most 120 characters")
          String name,
      @Size(max = 2000, message = "At most 2000 characters") String description,
      @NotBlank(message = "Enter the name of the gate at the end of this phase")
          @Size(max = 120, message = "At most 120 characters")
          String gateName,
      @Size(max = 30, message = "At most 30 criteria")
          List<
                  @NotBlank(message = "A criterion cannot be empty")
                  @Size(max = 500, message = "At most 500 characters") String>
              criteria,
      @Size(max = 30, message = "At most 30 deliverables")
          List<
                  @NotBlank(message = "A deliverable cannot be empty")
                  @Size(max = 200, message = "At most 200 characters") String>
              deliverables,
      List<Long> reviewerUserIds,
      Set<Role> reviewerRoles) {

    public List<String> criteriaOrEmpty() {
      return criteria == null ? List.of() : criteria;
    }

    public List<String> deliverablesOrEmpty() {
      return deliverables == null ? List.of() : deliverables;
    }

    public List<Long> reviewerUserIdsOrEmpty() {
      return reviewerUserIds == null ? List.of() : reviewerUserIds;
    }

    public Set<Role> reviewerRolesOrEmpty() {
      return reviewerRoles == null ? Set.of() : reviewerRoles;
    }
  }
}

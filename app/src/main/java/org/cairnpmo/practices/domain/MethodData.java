package org.cairnpmo.practices.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A method as the PMO writes it: the lifecycle it is based on, the tiers whose projects follow it,
 * and what it says about each phase of the lifecycle (named as the lifecycle names it; a phase left
 * out says nothing yet). For a change, {@code version} is the version that was read.
 */
public record MethodData(
    @NotBlank(message = "Enter the method's name, e.g. Cairn Standard")
        @Size(max = 120, message = "At most 120 characters")
        String name,
    @Size(max = 2000, message = "At most 2000 characters") String description,
    @NotNull(message = "Choose the lifecycle the method is based on") Long lifecycleId,
    @Size(max = 20, message = "At most 20 tiers")
        List<@NotNull(message = "Choose a tier") Long> tierIds,
    @Size(max = 20, message = "At most 20 phases") @Valid List<PhaseData> phases,
    Long version) {

  public List<Long> tierIdsOrEmpty() {
    return tierIds == null ? List.of() : tierIds;
  }

  public List<PhaseData> phasesOrEmpty() {
    return phases == null ? List.of() : phases;
  }

  /** What the method says about one phase: its guidance page, its checklist, its deliverables. */
  public record PhaseData(
      @NotBlank(message = "Name the phase of the lifecycle")
          @Size(max = 120, message = "At most 120 characters")
          String phase,
      @Size(max = 20000, message = "At most 20000 characters") String guidance,
      @Size(max = 40, message = "At most 40 checklist items")
          List<
                  @NotBlank(message = "A checklist item cannot be empty")
                  @Size(max = 500, message = "At most 500 characters") String>
              checklist,
      @Size(max = 30, message = "At most 30 deliverables") @Valid
          List<DeliverableData> deliverables) {

    public List<String> checklistOrEmpty() {
      return checklist == null ? List.of() : checklist;
    }

    public List<DeliverableData> deliverablesOrEmpty() {
      return deliverables == null ? List.of() : deliverables;
    }

    static PhaseData empty(String phase) {
      return new PhaseData(phase, null, List.of(), List.of());
    }
  }

  /**
   * A deliverable a phase expects, who owns it, whether the gate requires it, and the archive's
   * document template it starts from, where one exists (the id of a template of the library).
   */
  public record DeliverableData(
      @NotBlank(message = "Enter the deliverable's name")
          @Size(max = 200, message = "At most 200 characters")
          String name,
      @Size(max = 2000, message = "At most 2000 characters") String description,
      @Size(max = 120, message = "At most 120 characters") String ownerRole,
      boolean required,
      Long templateId) {

    public DeliverableData(String name, String description, String ownerRole, boolean required) {
      this(name, description, ownerRole, required, null);
    }
  }
}

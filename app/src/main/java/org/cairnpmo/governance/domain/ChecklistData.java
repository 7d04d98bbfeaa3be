package org.cairnpmo.governance.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The manager's preparation of a gate: criteria ticked (with notes) and deliverables marked as
 * provided (with a link or a short text saying where they are). Items are named by their index in
 * the gate's lists, from 0; items left out keep their state.
 */
public record ChecklistData(
    @Valid List<Check> checklist, @Valid List<Deliverable> deliverables, Long version) {

  /** One criterion of the gate. */
  public record Check(
      @NotNull(message = "Name the criterion by its index, from 0") Integer index,
      boolean checked,
      @Size(max = 1000, message = "At most 1000 characters") String note) {}

  /** One required deliverable of the gate. */
  public record Deliverable(
      @NotNull(message = "Name the deliverable by its index, from 0") Integer index,
      boolean provided,
      @Size(max = 1000, message = "At most 1000 characters") String reference) {}

  public List<Check> checklistOrEmpty() {
    return checklist == null ? List.of() : checklist;
  }

  public List<Deliverable> deliverablesOrEmpty() {
    return deliverables == null ? List.of() : deliverables;
  }
}

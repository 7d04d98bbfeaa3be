package org.cairnpmo.practices.maturity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An improvement action that follows an assessment: what is to be done, in which area, by whom and
 * when, and how far it has come (planned when not said). For a change, {@code version} is the
 * version read.
 */
public record ActionData(
    @NotBlank(message = "Say what is to be done, e.g. Introduce a gate checklist for every tier")
        @Size(max = 500, message = "At most 500 characters")
        String title,
    @NotNull(message = "Choose the area it improves") MaturityArea area,
    @NotNull(message = "Choose who owns it") Long ownerId,
    @NotNull(message = "Enter the due date") LocalDate dueDate,
    ActionStatus status,
    Long version) {

  public ActionStatus statusOrPlanned() {
    return status == null ? ActionStatus.PLANNED : status;
  }
}

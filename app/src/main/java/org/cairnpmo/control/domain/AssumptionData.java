package org.cairnpmo.control.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An assumption the plan rests on, and whether it has been validated (who validated it and when is
 * recorded when it is marked validated).
 */
public record AssumptionData(
    @NotBlank(message = "Enter the assumption")
        @Size(max = 2000, message = "At most 2000 characters")
        String text,
    Long ownerId,
    Boolean validated,
    Long version) {

  public boolean isValidated() {
    return validated != null && validated;
  }
}

package org.cairnpmo.control.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A milestone as its manager writes it. Without a forecast, the forecast is the baseline; a
 * completion date marks it reached.
 */
public record MilestoneData(
    @NotBlank(message = "Name the milestone") @Size(max = 200, message = "At most 200 characters")
        String name,
    @NotNull(message = "Enter the baseline date (the date agreed)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate baselineDate,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate forecastDate,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedDate,
    Long version) {

  public LocalDate forecastOrBaseline() {
    return forecastDate != null ? forecastDate : baselineDate;
  }
}

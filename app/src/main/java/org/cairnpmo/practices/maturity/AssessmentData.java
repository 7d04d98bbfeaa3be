package org.cairnpmo.practices.maturity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An assessment the PMO opens: its name, the questionnaire, the scope (a department, or the whole
 * organization when none), the day it is held (today when not said) and the people invited to
 * answer.
 */
public record AssessmentData(
    @NotBlank(message = "Name the assessment, e.g. PMO maturity, autumn 2026")
        @Size(max = 200, message = "At most 200 characters")
        String name,
    @NotNull(message = "Choose the questionnaire") Long questionnaireId,
    Long departmentId,
    LocalDate heldOn,
    @NotEmpty(message = "Invite at least one respondent")
        @Size(max = 200, message = "At most 200 respondents")
        List<@NotNull(message = "A respondent cannot be empty") Long> respondentIds) {

  public List<Long> respondentIdsOrEmpty() {
    return respondentIds == null ? List.of() : respondentIds;
  }
}

package org.cairnpmo.learning.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.CourseFormat;
import org.cairnpmo.learning.CourseKind;

/**
 * A course as the PMO writes it. {@code credits}: what completing it earns toward a certification's
 * renewal, when that is not its hours. {@code prerequisiteIds}: courses to complete first; {@code
 * prerequisiteCertification}: a scheme of which one must hold a valid certification. {@code
 * competencies}: free names for now. {@code methodId} and {@code methodName}: the method of the
 * library it teaches, if any. For a change, {@code version} is the version that was read.
 */
public record CourseData(
    @NotBlank(message = "Enter the course's title")
        @Size(max = 200, message = "At most 200 characters")
        String title,
    @Size(max = 4000, message = "At most 4000 characters") String description,
    @NotNull(message = "Choose internal or external") CourseKind kind,
    @NotNull(message = "Choose a format") CourseFormat format,
    @NotNull(message = "Enter the duration in hours")
        @DecimalMin(value = "0.5", message = "At least half an hour")
        @DecimalMax(value = "9999", message = "At most 9999 hours")
        @Digits(integer = 4, fraction = 2, message = "At most two decimals")
        BigDecimal durationHours,
    @DecimalMin(value = "0", message = "Not negative")
        @DecimalMax(value = "9999", message = "At most 9999")
        @Digits(integer = 4, fraction = 2, message = "At most two decimals")
        BigDecimal credits,
    @Size(max = 200, message = "At most 200 characters") String provider,
    @DecimalMin(value = "0", message = "Not negative")
        @DecimalMax(value = "999999999999999.99", message = "Too large")
        @Digits(integer = 15, fraction = 2, message = "At most two decimals")
        BigDecimal cost,
    @Pattern(regexp = "[A-Z]{3}", message = "A three-letter currency code, e.g. EUR")
        String currency,
    @NotBlank(message = "Enter the language, e.g. en")
        @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "A language code, e.g. en or de-CH")
        String language,
    @Size(max = 20, message = "At most 20 prerequisites") List<@NotNull Long> prerequisiteIds,
    CertificationKind prerequisiteCertification,
    @Size(max = 20, message = "At most 20 competencies")
        List<
                @NotBlank(message = "A competency cannot be empty")
                @Size(max = 120, message = "At most 120 characters") String>
            competencies,
    Long methodId,
    @Size(max = 200, message = "At most 200 characters") String methodName,
    Boolean active,
    Long version) {

  public List<Long> prerequisitesOrEmpty() {
    return prerequisiteIds == null ? List.of() : prerequisiteIds;
  }

  public List<String> competenciesOrEmpty() {
    return competencies == null ? List.of() : competencies;
  }

  public boolean isActive() {
    return active == null || active;
  }
}

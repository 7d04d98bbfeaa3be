package org.cairnpmo.projects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.With;

/**
 * A project as people enter it, in a form or through the API. For a change, {@code version} is the
 * version that was read; a stale one is refused rather than silently overwriting.
 */
public record ProjectData(
    @NotBlank(message = "Enter a code, e.g. FIN-2027-01")
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,19}",
            message = "Use 2 to 20 letters, digits or dashes")
        String code,
    @NotBlank(message = "Enter the project's name")
        @Size(max = 200, message = "At most 200 characters")
        String name,
    @Size(max = 4000, message = "At most 4000 characters") String description,
    Long departmentId,
    Long sponsorId,
    @With Long managerId,
    ProjectCategory category,
    Priority priority,
    ProjectStatus status,
    @NotNull(message = "Enter the planned start date") LocalDate plannedStart,
    @NotNull(message = "Enter the planned finish date") LocalDate plannedFinish,
    @PositiveOrZero(message = "The budget cannot be negative")
        @Digits(integer = 15, fraction = 2, message = "At most 15 digits and 2 decimals")
        @DecimalMax(value = "999999999999999.99", message = "The budget is too large")
        BigDecimal budgetAmount,
    @Pattern(regexp = "[A-Za-z]{3}", message = "Use a three-letter ISO currency code, e.g. EUR")
        String budgetCurrency,
    Boolean confidential,
    @Valid List<Member> members,
    Long version) {

  /** A person on the project and how they belong to it. */
  public record Member(@NotNull(message = "Choose a person") Long userId, MembershipRole role) {}

  public List<Member> membersOrEmpty() {
    return members == null ? List.of() : members;
  }
}

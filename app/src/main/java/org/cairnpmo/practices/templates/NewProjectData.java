package org.cairnpmo.practices.templates;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cairnpmo.projects.ProjectStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a new project needs beyond its template: its code and name, who runs it, when and with what
 * budget. The category and priority are the template's. Without a status the project is Active when
 * it has a manager, else Proposed.
 */
public record NewProjectData(
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
    Long managerId,
    ProjectStatus status,
    @NotNull(message = "Enter the planned start date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate plannedStart,
    @NotNull(message = "Enter the planned finish date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate plannedFinish,
    @PositiveOrZero(message = "The budget cannot be negative")
        @Digits(integer = 15, fraction = 2, message = "At most 15 digits and 2 decimals")
        @DecimalMax(value = "999999999999999.99", message = "The budget is too large")
        BigDecimal budgetAmount,
    @Pattern(regexp = "[A-Za-z]{3}", message = "Use a three-letter ISO currency code, e.g. EUR")
        String budgetCurrency,
    Boolean confidential) {}

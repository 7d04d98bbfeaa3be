package org.cairnpmo.control.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An issue as people log it: a problem the project has now. Overdue when its due date has passed
 * while it is open. Without an owner the person logging it owns it; without a status it is OPEN.
 */
public record IssueData(
    @NotBlank(message = "Enter a short title") @Size(max = 200, message = "At most 200 characters")
        String title,
    @Size(max = 4000, message = "At most 4000 characters") String description,
    @NotNull(message = "Choose the severity") IssueSeverity severity,
    Long ownerId,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
    @Size(max = 4000, message = "At most 4000 characters") String resolution,
    IssueStatus status,
    Long version) {}

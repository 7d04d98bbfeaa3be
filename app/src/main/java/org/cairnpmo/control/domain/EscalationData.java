package org.cairnpmo.control.domain;

import jakarta.validation.constraints.Size;

/** Escalating a RAID item to the portfolio, with a note for the PMO and executives. */
public record EscalationData(
    @Size(max = 1000, message = "At most 1000 characters") String note, Long version) {}

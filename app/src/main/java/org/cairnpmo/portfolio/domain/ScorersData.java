package org.cairnpmo.portfolio.domain;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The people the PMO asks to score a proposal. */
public record ScorersData(
    @NotEmpty(message = "Choose at least one scorer")
        List<@NotNull(message = "Choose a person") Long> userIds) {}

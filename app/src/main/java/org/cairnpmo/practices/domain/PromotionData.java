package org.cairnpmo.practices.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.cairnpmo.practices.PromotionChange;
import org.cairnpmo.practices.PromotionTarget;

/**
 * What the PMO promotes a lesson into. For a METHOD: {@code targetId} is a version of the method
 * (the change goes into its draft, a new draft version if it is published), {@code change} what the
 * phase {@code phase} gains: a deliverable named {@code text} (described by {@code description}), a
 * checklist item {@code text}, or the paragraph {@code text} added to its guidance. For a TEMPLATE:
 * {@code targetId} is the template version that holds the change; {@code text} may say what it is.
 * {@code version}: the lesson's version that was read.
 */
public record PromotionData(
    @NotNull(message = "Choose what the lesson changes: a method or a project template")
        PromotionTarget targetKind,
    @NotNull(message = "Choose the method or template version") @Positive(message = "Not a version")
        Long targetId,
    PromotionChange change,
    @Size(max = 120, message = "At most 120 characters") String phase,
    @Size(max = 20000, message = "At most 20000 characters") String text,
    @Size(max = 2000, message = "At most 2000 characters") String description,
    @Size(max = 2000, message = "At most 2000 characters") String note,
    Long version) {}

package org.cairnpmo.archive.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A document's details as its people enter them; {@code version} is the one edited (or If-Match).
 * The deliverable is a value: an id from a {@link org.cairnpmo.archive.DeliverableCatalog} where
 * one exists, and its name; or a name alone.
 */
public record DocumentData(
    @NotBlank(message = "Give the document a title") @Size(max = 200) String title,
    @Size(max = 60) String type,
    @Size(max = 120) String phase,
    @Size(max = 80) String deliverableId,
    @Size(max = 200) String deliverableName,
    Long responsibleId,
    Long version) {}

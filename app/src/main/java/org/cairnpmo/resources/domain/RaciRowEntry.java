package org.cairnpmo.resources.domain;

import jakarta.persistence.Embeddable;

/**
 * A row of a RACI matrix: its letters hold one character per column, in column order (R, A, C, I,
 * or '-' for an empty cell).
 */
@Embeddable
record RaciRowEntry(String label, Long taskId, String letters) {}

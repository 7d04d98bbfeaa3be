package org.cairnpmo.organization;

import org.cairnpmo.platform.Versioned;

/** A department as other modules see it; {@code parentId} is the department it sits under. */
public record DepartmentSummary(
    long id,
    String code,
    String name,
    String description,
    boolean active,
    long version,
    Long parentId)
    implements Versioned.Entry {}

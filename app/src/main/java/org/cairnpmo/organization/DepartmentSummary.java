package org.cairnpmo.organization;

import org.cairnpmo.platform.Versioned;

/** A department as other modules see it. */
public record DepartmentSummary(
    long id, String code, String name, String description, boolean active, long version)
    implements Versioned.Entry {}

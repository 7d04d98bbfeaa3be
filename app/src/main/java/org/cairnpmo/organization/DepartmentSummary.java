package org.cairnpmo.organization;

/** A department as other modules see it. */
public record DepartmentSummary(
    long id, String code, String name, String description, boolean active, long version) {}

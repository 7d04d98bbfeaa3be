package org.cairnpmo.organization;

/** A department's name changed; modules that keep a copy of the name update it. */
public record DepartmentRenamed(long departmentId, String name) {}

package org.cairnpmo.organization;

/**
 * One department of a bulk import: the department with this code (in any case) is changed, or a new
 * one created. {@code parentCode} names the department it sits under, among those stored or those
 * of the same import; null places it at the top.
 */
public record DepartmentImport(
    String code, String name, String description, boolean active, String parentCode) {}

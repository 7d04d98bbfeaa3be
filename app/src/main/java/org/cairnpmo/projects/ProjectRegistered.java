package org.cairnpmo.projects;

/** A project entered the register. */
public record ProjectRegistered(long projectId, String code, ProjectStatus status) {}

package org.cairnpmo.projects;

/** A project moved in its lifecycle (e.g. to CLOSED, which later triggers archiving). */
public record ProjectStatusChanged(
    long projectId, String code, ProjectStatus from, ProjectStatus to) {}

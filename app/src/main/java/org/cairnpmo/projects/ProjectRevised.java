package org.cairnpmo.projects;

/**
 * A project's register entry was changed (name, department, manager, dates, budget, members...).
 * Carries no figures: listeners that keep a copy ask {@link ProjectsApi} again.
 */
public record ProjectRevised(long projectId) {}

package org.cairnpmo.planning;

import java.time.LocalDateTime;

/**
 * A project's plan was scheduled again (after any change to it): its new finish and version, for
 * read models that show a project's planned finish.
 */
public record PlanScheduled(long projectId, long planId, LocalDateTime finish, long version) {}

package org.cairnpmo.control;

/**
 * Something a project's status depends on changed in project control: a report was submitted or
 * reviewed, a RAID item was logged or changed, a milestone moved. Read models listen to stay
 * current; the event carries no figures, so listeners ask {@link ControlApi} for what they need.
 *
 * @param projectId the project concerned
 * @param what a short word for what changed ("report", "raid", "milestone"), for logs and tests
 */
public record ProjectControlChanged(long projectId, String what) {}

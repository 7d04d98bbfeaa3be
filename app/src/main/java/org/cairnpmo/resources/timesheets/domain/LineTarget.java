package org.cairnpmo.resources.timesheets.domain;

/**
 * Something a person may book hours on, as the week's page offers it: an approved request of
 * theirs, a task of a project they work on, or such a project with an activity to name.
 *
 * @param key {@code R<request>}, {@code T<project>-<task>} or {@code P<project>}
 */
public record LineTarget(String key, String label) {

  public static String requestKey(long requestId) {
    return "R" + requestId;
  }

  public static String taskKey(long projectId, long taskId) {
    return "T" + projectId + "-" + taskId;
  }

  public static String projectKey(long projectId) {
    return "P" + projectId;
  }
}

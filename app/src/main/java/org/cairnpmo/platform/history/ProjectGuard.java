package org.cairnpmo.platform.history;

/**
 * Whether the signed-in person may see a project: the projects module answers, so that the history
 * of a project's records (risks, reports, gates...) follows the project's own visibility.
 */
public interface ProjectGuard {

  /** Throws {@link org.cairnpmo.platform.NotFoundException} if they may not see it. */
  void requireVisible(long projectId);
}

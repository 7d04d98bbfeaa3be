package org.cairnpmo.reporting.dashboard;

import org.cairnpmo.control.Rag;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;

/**
 * What the dashboard shows: every part is optional (null: no restriction).
 *
 * @param phase the current lifecycle phase's name, exactly as the dashboard lists it
 * @param rag the latest report's overall rating
 * @param staleOnly true: only projects whose status report is stale (see {@link DashboardQuery})
 */
public record DashboardFilter(
    Long departmentId,
    ProjectCategory category,
    Long managerId,
    String phase,
    ProjectStatus status,
    Rag rag,
    boolean staleOnly) {

  public static DashboardFilter none() {
    return new DashboardFilter(null, null, null, null, null, null, false);
  }

  public boolean isEmpty() {
    return equals(none());
  }
}

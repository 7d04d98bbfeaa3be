package org.cairnpmo.reporting.dashboard;

import java.util.EnumSet;
import java.util.Set;
import org.cairnpmo.control.Rag;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;

/**
 * What the dashboard shows: every part is optional (null or empty: no restriction).
 *
 * @param phase the current lifecycle phase's name, exactly as the dashboard lists it
 * @param statuses the project statuses shown; empty for every status
 * @param rag the latest report's overall rating
 * @param staleOnly true: only projects whose status report is stale (see {@link DashboardQuery})
 */
public record DashboardFilter(
    Long departmentId,
    ProjectCategory category,
    Long managerId,
    String phase,
    Set<ProjectStatus> statuses,
    Rag rag,
    boolean staleOnly) {

  /**
   * The projects under way: active and on hold. What the dashboard page shows unless asked for
   * more, so that proposals, closed and cancelled projects (mostly never rated) do not crowd the
   * ratings of the work in progress.
   */
  public static final Set<ProjectStatus> ACTIVE_PORTFOLIO =
      Set.copyOf(EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD));

  public DashboardFilter {
    statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
  }

  public static DashboardFilter none() {
    return new DashboardFilter(null, null, null, null, Set.of(), null, false);
  }

  /** The dashboard page's view when nothing is chosen: the active portfolio. */
  public static DashboardFilter activePortfolio() {
    return none().withStatuses(ACTIVE_PORTFOLIO);
  }

  public boolean isEmpty() {
    return equals(none());
  }

  /** True when the filter shows the active portfolio only (whatever else it restricts). */
  public boolean isActivePortfolio() {
    return statuses.equals(ACTIVE_PORTFOLIO);
  }

  /** The statuses in their lifecycle order. */
  public Set<ProjectStatus> orderedStatuses() {
    return statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
  }

  public DashboardFilter withStatuses(Set<ProjectStatus> shown) {
    return new DashboardFilter(departmentId, category, managerId, phase, shown, rag, staleOnly);
  }

  public DashboardFilter withRag(Rag rating) {
    return new DashboardFilter(
        departmentId, category, managerId, phase, statuses, rating, staleOnly);
  }
}

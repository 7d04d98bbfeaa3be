package org.cairnpmo.practices.kpis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.budgets.BudgetsApi;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Reads what the KPIs are computed from through the owning modules' APIs, a few queries for any
 * number of projects, and the projects a person may see through the register.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class KpiFacts {

  private final ProjectsApi projects;
  private final BudgetsApi budgets;
  private final ControlApi control;
  private final GovernanceApi governance;

  /** The facts of each project, every one of {@code projectIds} present. */
  Map<Long, ProjectFacts> of(Collection<Long> projectIds) {
    Map<Long, EvmView> evm = budgets.earnedValueSeries(projectIds);
    var milestones = control.milestoneDates(projectIds);
    var reports = control.reportDeadlines(projectIds);
    var risks = control.riskFacts(projectIds);
    var reviews = governance.gateReviews(projectIds);
    Map<Long, ProjectFacts> facts = new HashMap<>();
    for (Long id : projectIds) {
      facts.put(
          id,
          new ProjectFacts(
              id,
              evm.get(id),
              milestones.getOrDefault(id, List.of()),
              reports.getOrDefault(id, List.of()),
              risks.getOrDefault(id, List.of()),
              reviews.getOrDefault(id, List.of())));
    }
    return facts;
  }

  /** The projects {@code viewer} may see that the filter keeps, by code. */
  List<ProjectView> visible(ProjectFilter filter, CurrentUser viewer) {
    List<ProjectView> all = new ArrayList<>();
    Page<ProjectView> page;
    int number = 0;
    do {
      page =
          projects.search(
              filter, PageRequest.of(number++, Paging.MAX_SIZE, Sort.by("code")), viewer);
      all.addAll(page.getContent());
    } while (page.hasNext());
    return all;
  }

  /** Every project of the register, by code, whoever may see it: for snapshots. */
  List<ProjectView> every() {
    List<ProjectView> all = new ArrayList<>();
    Page<ProjectView> page;
    int number = 0;
    do {
      page = projects.everyProject(number++, Paging.MAX_SIZE);
      all.addAll(page.getContent());
    } while (page.hasNext());
    return all;
  }

  Set<Long> hidden(CurrentUser viewer) {
    return projects.hiddenProjectIds(viewer);
  }

  ProjectView requireVisible(long projectId, CurrentUser viewer) {
    return projects.requireVisible(projectId, viewer);
  }
}

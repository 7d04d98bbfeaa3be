package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.portfolio.CommittedSpend;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the projects under way (active or on hold) have budgeted for the months between two days:
 * the money a portfolio selection cannot give to new proposals. A month counts when it falls
 * between the two days' months, both included. The register says which projects are under way and
 * in which currency each is budgeted; the budgets are summed by the database, one query per
 * thousand projects, whatever their number.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CommittedBudgets implements CommittedSpend {

  /** Reads every project; never used to change anything. */
  private static final CurrentUser READER =
      new CurrentUser(0, BudgetService.SYSTEM_AUTHOR, "System", Set.of(Role.ADMIN));

  private static final ProjectFilter UNDER_WAY =
      new ProjectFilter(
          null, Set.of(ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD), null, null, null, null);

  private final ProjectsApi projects;
  private final NamedParameterJdbcTemplate jdbc;

  @Override
  @Transactional(readOnly = true)
  public BigDecimal committedBetween(LocalDate from, LocalDate to, String currency) {
    if (from == null || to == null || currency == null || to.isBefore(from)) {
      return BigDecimal.ZERO;
    }
    Map<Long, BigDecimal> byProject = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(projects.searchIds(UNDER_WAY, READER))) {
      jdbc.query(
          "select p.project_id, sum(l.amount) as amount from bud_plan p"
              + " join bud_plan_line l on l.plan_id = p.id"
              + " where p.project_id in (:ids) and l.period between :first and :last"
              + " group by p.project_id",
          Map.of("ids", chunk, "first", Periods.of(from), "last", Periods.of(to)),
          rs -> {
            byProject.put(rs.getLong("project_id"), rs.getBigDecimal("amount"));
          });
    }
    return projects.visibleProjects(byProject.keySet(), READER).values().stream()
        .filter(p -> currency.equalsIgnoreCase(BudgetService.currency(p)))
        .map(p -> byProject.get(p.id()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

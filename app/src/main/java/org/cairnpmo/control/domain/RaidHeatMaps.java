package org.cairnpmo.control.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.DependencyStatus;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.RiskLevel;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InLists;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the RAID log adds up to: risk heat maps per project and for the portfolio, and a summary.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RaidHeatMaps {

  private final RaidStore store;
  private final ControlAccess access;
  private final RaidViews views;

  /** The project's open risks on the 5×5 grid. */
  @Transactional(readOnly = true)
  public HeatMap heatMap(long projectId, CurrentUser viewer) {
    access.project(projectId, viewer);
    int[][] counts = new int[5][5];
    for (Risk r :
        store.risks().findAll(RaidSpecifications.<Risk>of(projectId, "status", RiskStatus.OPEN))) {
      counts[r.getProbability() - 1][r.getImpact() - 1]++;
    }
    return HeatMap.of(counts, 1);
  }

  /** Open risks of every live project {@code viewer} may see, on one 5×5 grid. */
  @Transactional(readOnly = true)
  public HeatMap portfolioHeatMap(CurrentUser viewer) {
    Set<Long> visible = access.visibleProjectIds(viewer, RaidLog.LIVE);
    int[][] counts = new int[5][5];
    // The database sums the squares, a thousand projects at a time: 25 rows per query at most.
    for (List<Long> chunk : InLists.chunks(visible)) {
      for (Object[] row : store.risks().grid(RiskStatus.OPEN, chunk)) {
        int p = ((Number) row[0]).intValue();
        int i = ((Number) row[1]).intValue();
        counts[p - 1][i - 1] += ((Number) row[2]).intValue();
      }
    }
    return HeatMap.of(counts, visible.size());
  }

  @Transactional(readOnly = true)
  public RaidSummary summary(long projectId, CurrentUser viewer) {
    access.project(projectId, viewer);
    LocalDate today = views.today();
    List<Risk> r = store.risks().findAll(RaidSpecifications.<Risk>of(projectId));
    List<Issue> i = store.issues().findAll(RaidSpecifications.<Issue>of(projectId));
    List<Assumption> a = store.assumptions().findAll(RaidSpecifications.<Assumption>of(projectId));
    List<Dependency> d = store.dependencies().findAll(RaidSpecifications.<Dependency>of(projectId));
    long decided = store.decisions().countByProjectId(projectId);
    long escalated =
        r.stream().filter(RaidItem::isEscalated).count()
            + i.stream().filter(RaidItem::isEscalated).count()
            + a.stream().filter(RaidItem::isEscalated).count()
            + d.stream().filter(RaidItem::isEscalated).count()
            + store.decisions().countByProjectIdAndEscalatedTrue(projectId);
    return new RaidSummary(
        r.stream().filter(x -> x.getStatus() == RiskStatus.OPEN).count(),
        r.stream()
            .filter(x -> x.getStatus() == RiskStatus.OPEN && x.level() == RiskLevel.HIGH)
            .count(),
        i.stream().filter(x -> x.getStatus() == IssueStatus.OPEN).count(),
        i.stream().filter(x -> x.isOverdue(today)).count(),
        a.size(),
        a.stream().filter(x -> !x.isValidated()).count(),
        decided,
        d.stream().filter(x -> x.getStatus() == DependencyStatus.OPEN).count(),
        escalated);
  }
}

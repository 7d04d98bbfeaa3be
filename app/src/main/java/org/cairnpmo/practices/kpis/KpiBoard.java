package org.cairnpmo.practices.kpis;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPIs of the portfolio, of a department or of a project, now and month by month, always over
 * the projects the reader may see: a confidential project they may not see is in no figure they
 * get. The current month is computed now over the unfinished projects; earlier months come from the
 * snapshots, aggregated over the projects of the scope that the reader may see.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class KpiBoard {

  /** How many months a trend shows at most. */
  public static final int MAX_MONTHS = 36;

  private final KpiService definitions;
  private final KpiSnapshots snapshots;
  private final KpiFacts facts;
  private final OrganizationApi organization;
  private final Clock clock;

  /** One month of a trend. */
  public record TrendPoint(String period, BigDecimal value, Rating rating) {}

  /** A KPI over a scope: now, and month by month before. */
  public record KpiFigure(
      KpiView kpi, BigDecimal value, Rating rating, int projects, List<TrendPoint> trend) {

    /** The points of a sparkline 120 × 28 over the trend and the current figure. */
    public String sparkline() {
      List<BigDecimal> values = new ArrayList<>();
      trend.forEach(p -> values.add(p.value()));
      values.add(value);
      return Sparkline.points(values, 120, 28);
    }

    /** The x and y of the sparkline's last point, drawn as a dot; empty without one. */
    public List<String> sparkEnd() {
      String points = sparkline();
      if (points.isEmpty()) {
        return List.of();
      }
      return List.of(points.substring(points.lastIndexOf(' ') + 1).split(","));
    }
  }

  /** The KPIs of a scope. */
  public record Board(String scope, String period, List<KpiFigure> figures) {}

  /** A project's current figure of one KPI. */
  public record ProjectFigure(
      long projectId,
      String code,
      String name,
      String department,
      BigDecimal value,
      Rating rating) {}

  @Transactional(readOnly = true)
  public Board portfolio(int months, CurrentUser viewer) {
    List<ProjectView> all = facts.visible(ProjectFilter.none(), viewer);
    return board("Portfolio", all, false, months);
  }

  @Transactional(readOnly = true)
  public Board department(long departmentId, int months, CurrentUser viewer) {
    String name =
        organization
            .department(departmentId)
            .orElseThrow(() -> new NotFoundException("Department", departmentId))
            .name();
    List<ProjectView> all =
        facts.visible(new ProjectFilter(null, Set.of(), departmentId, null, null, null), viewer);
    return board(name, all, false, months);
  }

  @Transactional(readOnly = true)
  public Board project(long projectId, int months, CurrentUser viewer) {
    ProjectView p = facts.requireVisible(projectId, viewer);
    return board(p.code() + " " + p.name(), List.of(p), true, months);
  }

  /** Each visible unfinished project's current figure of the KPI, by code. */
  @Transactional(readOnly = true)
  public Page<ProjectFigure> projects(
      long kpiId, Long departmentId, Pageable pageable, CurrentUser viewer) {
    KpiView kpi = definitions.definition(kpiId);
    List<ProjectView> live =
        facts
            .visible(
                new ProjectFilter(null, ProjectStatus.unfinished(), departmentId, null, null, null),
                viewer)
            .stream()
            .sorted(Comparator.comparing(ProjectView::code))
            .toList();
    List<ProjectView> page = Paging.slice(live, pageable).getContent();
    Map<Long, ProjectFacts> known = facts.of(page.stream().map(ProjectView::id).toList());
    LocalDate today = LocalDate.now(clock);
    List<ProjectFigure> rows = new ArrayList<>();
    for (ProjectView p : page) {
      Figure f = KpiFormulas.compute(kpi.measure(), known.get(p.id()), today, clock.getZone());
      BigDecimal value = f == null ? null : f.value(kpi.measure());
      rows.add(
          new ProjectFigure(
              p.id(), p.code(), p.name(), p.departmentName(), value, kpi.rate(value)));
    }
    return new org.springframework.data.domain.PageImpl<>(rows, pageable, live.size());
  }

  /** Every project's current figures, for the workbook: by project id, then KPI id. */
  @Transactional(readOnly = true)
  public Map<ProjectView, Map<Long, BigDecimal>> everyProject(CurrentUser viewer) {
    List<ProjectView> live =
        facts.visible(
            new ProjectFilter(null, ProjectStatus.unfinished(), null, null, null, null), viewer);
    Map<Long, ProjectFacts> known = facts.of(live.stream().map(ProjectView::id).toList());
    LocalDate today = LocalDate.now(clock);
    Map<ProjectView, Map<Long, BigDecimal>> result = new java.util.LinkedHashMap<>();
    List<KpiView> kpis = definitions.definitions();
    for (ProjectView p : live) {
      Map<Long, BigDecimal> values = new HashMap<>();
      for (KpiView k : kpis) {
        Figure f = KpiFormulas.compute(k.measure(), known.get(p.id()), today, clock.getZone());
        if (f != null) {
          values.put(k.id(), f.value(k.measure()));
        }
      }
      result.put(p, values);
    }
    return result;
  }

  /**
   * The scope's figures: now over its unfinished projects (all of them for one project's own
   * figures), before from the snapshots of all its projects (the reader's only, as {@code all}
   * holds).
   */
  private Board board(String scope, List<ProjectView> all, boolean finishedToo, int months) {
    int span = Math.max(0, Math.min(months, MAX_MONTHS));
    YearMonth current = YearMonth.now(clock);
    LocalDate today = LocalDate.now(clock);
    List<ProjectView> live = finishedToo ? all : all.stream().filter(p -> !p.isFinished()).toList();
    Map<Long, ProjectFacts> known = facts.of(live.stream().map(ProjectView::id).toList());
    Set<Long> ids = new LinkedHashSet<>();
    all.forEach(p -> ids.add(p.id()));
    Map<Long, Map<String, Map<Long, Figure>>> stored =
        span == 0 ? Map.of() : snapshots.read(current.minusMonths(span), current.minusMonths(1));
    List<KpiFigure> figures = new ArrayList<>();
    for (KpiView kpi : definitions.definitions()) {
      List<Figure> now = new ArrayList<>();
      for (ProjectView p : live) {
        Figure f = KpiFormulas.compute(kpi.measure(), known.get(p.id()), today, clock.getZone());
        if (f != null) {
          now.add(f);
        }
      }
      BigDecimal value = now.isEmpty() ? null : Figure.aggregate(now).value(kpi.measure());
      List<TrendPoint> trend = new ArrayList<>();
      Map<String, Map<Long, Figure>> byPeriod = stored.getOrDefault(kpi.id(), Map.of());
      for (int i = span; i >= 1; i--) {
        String period = current.minusMonths(i).toString();
        List<Figure> month = new ArrayList<>();
        byPeriod
            .getOrDefault(period, Map.of())
            .forEach(
                (projectId, f) -> {
                  if (ids.contains(projectId)) {
                    month.add(f);
                  }
                });
        BigDecimal v = month.isEmpty() ? null : Figure.aggregate(month).value(kpi.measure());
        trend.add(new TrendPoint(period, v, kpi.rate(v)));
      }
      figures.add(new KpiFigure(kpi, value, kpi.rate(value), now.size(), trend));
    }
    return new Board(scope, current.toString(), figures);
  }
}

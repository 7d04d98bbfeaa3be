package org.cairnpmo.budgets.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.Getter;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.LastChange;
import org.cairnpmo.platform.LastChanged;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A project's time-phased budget with its monthly progress and the EAC formula its forecasts use:
 * one record, one version, because the earned value depends on all three together.
 */
@Entity
@KeepsHistory("budget")
@Table(name = "bud_plan")
public class BudgetPlan extends GeneratedId implements LastChanged {

  @Getter private long projectId;

  @Enumerated(EnumType.STRING)
  @Getter
  private EacMethod eacMethod;

  @ElementCollection
  @CollectionTable(name = "bud_plan_line", joinColumns = @JoinColumn(name = "plan_id"))
  private List<Line> lines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "bud_plan_progress", joinColumns = @JoinColumn(name = "plan_id"))
  private List<Progress> progress = new ArrayList<>();

  @Version private long version;

  @Embedded private LastChange lastChange;

  protected BudgetPlan() {}

  static BudgetPlan start(long projectId) {
    BudgetPlan plan = new BudgetPlan();
    plan.projectId = projectId;
    plan.eacMethod = EacMethod.BAC_OVER_CPI;
    return plan;
  }

  /** Replaces the lines (already checked), keeping only amounts above zero. */
  void replaceLines(List<BudgetLine> newLines, EacMethod method, String by, Instant now) {
    lines.clear();
    newLines.stream()
        .filter(l -> l.amount().signum() > 0)
        .sorted(
            Comparator.comparing(BudgetLine::period)
                .thenComparing(BudgetLine::category)
                .thenComparing(BudgetLine::costType))
        .forEach(l -> lines.add(new Line(l.period(), l.category(), l.costType(), l.amount())));
    if (method != null) {
      eacMethod = method;
    }
    touch(by, now);
  }

  /** Replaces the progress entries (already checked). */
  void replaceProgress(List<ProgressPoint> points, String by, Instant now) {
    progress.clear();
    points.stream()
        .sorted(Comparator.comparing(ProgressPoint::period))
        .forEach(p -> progress.add(new Progress(p.period(), p.percentComplete())));
    touch(by, now);
  }

  private void touch(String by, Instant now) {
    lastChange = LastChange.by(by, now);
  }

  public List<BudgetLine> lines() {
    return lines.stream()
        .map(l -> new BudgetLine(l.period, l.category, l.costType, l.amount))
        .sorted(
            Comparator.comparing(BudgetLine::period)
                .thenComparing(BudgetLine::category)
                .thenComparing(BudgetLine::costType))
        .toList();
  }

  public List<ProgressPoint> progress() {
    return progress.stream()
        .map(p -> new ProgressPoint(p.period, p.percentComplete))
        .sorted(Comparator.comparing(ProgressPoint::period))
        .toList();
  }

  /** The version as the API shows it: 0 means "no budget yet", so a stored plan counts from 1. */
  public long apiVersion() {
    return version + 1;
  }

  /** The planned cost of one month, category and cost type. */
  @Embeddable
  static class Line {
    private String period;

    @Enumerated(EnumType.STRING)
    private CostCategory category;

    @Enumerated(EnumType.STRING)
    private CostType costType;

    private BigDecimal amount;

    protected Line() {}

    Line(String period, CostCategory category, CostType costType, BigDecimal amount) {
      this.period = period;
      this.category = category;
      this.costType = costType;
      this.amount = amount;
    }
  }

  /** The cumulative percent complete at the end of a month. */
  @Embeddable
  static class Progress {
    private String period;

    @Column(name = "percent_complete")
    private BigDecimal percentComplete;

    protected Progress() {}

    Progress(String period, BigDecimal percentComplete) {
      this.period = period;
      this.percentComplete = percentComplete;
    }
  }

  @Override
  public LastChange lastChange() {
    return lastChange;
  }
}

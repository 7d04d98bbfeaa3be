package org.cairnpmo.budgets.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;

/** An actual cost booked against a project: entered once, corrected by another (negative) entry. */
@Entity
@KeepsHistory("actual-cost")
@Table(name = "bud_actual_cost")
public class ActualCost extends GeneratedId {

  private long projectId;
  @Getter private String period;
  private LocalDate bookedOn;

  @Enumerated(EnumType.STRING)
  private CostCategory category;

  @Enumerated(EnumType.STRING)
  private CostType costType;

  @Getter private BigDecimal amount;
  private String description;
  private String reference;
  private String source;
  private Instant createdAt;
  private String createdBy;

  protected ActualCost() {}

  /** A cost from checked data, whose period is set (from the date where only that was given). */
  static ActualCost book(long projectId, ActualData data, String source, String by, Instant now) {
    ActualCost cost = new ActualCost();
    cost.projectId = projectId;
    cost.period = data.period();
    cost.bookedOn = data.date();
    cost.category = data.category();
    cost.costType = data.costType();
    cost.amount = data.amount().setScale(2);
    cost.description = data.description();
    cost.reference = data.reference();
    cost.source = source;
    cost.createdAt = now;
    cost.createdBy = by;
    return cost;
  }

  public ActualView toView() {
    return new ActualView(
        getId(),
        period,
        bookedOn,
        category,
        costType,
        amount,
        description,
        reference,
        source,
        createdAt,
        createdBy);
  }
}

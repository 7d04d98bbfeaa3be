package org.cairnpmo.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.history.NotInHistory;

/** The training budget of one year, as the PMO sets it. */
@KeepsHistory("training-budget")
@Entity
@Table(name = "lrn_training_budget")
@Getter
public class TrainingBudget extends GeneratedId {

  @Column(name = "budget_year")
  private int year;

  private BigDecimal amount;
  private String currency;
  @Version private long version;
  @NotInHistory private Instant updatedAt;
  @NotInHistory private String updatedBy;

  protected TrainingBudget() {}

  static TrainingBudget of(int year) {
    TrainingBudget b = new TrainingBudget();
    b.year = year;
    return b;
  }

  void set(BigDecimal amount, String currency, String by, Instant now) {
    if (amount.signum() < 0 || amount.compareTo(InputRules.MAX_AMOUNT) > 0) {
      throw InvalidInputException.of("amount", "Use an amount from 0 up.");
    }
    this.amount = amount;
    this.currency = currency;
    this.updatedAt = now;
    this.updatedBy = by;
  }
}

package org.cairnpmo.portfolio.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cairnpmo.portfolio.CommittedSpend;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Committed spend as a test sets it: amounts on days, in a currency; nothing while a test has set
 * nothing. The budgets of the projects other tests leave in the shared database would otherwise
 * decide what a selection test's scenario may spend; budgets' own answer is tested in
 * CommittedBudgetsTest.
 */
@Primary
@Component
public class SetCommittedSpend implements CommittedSpend {

  private record Spend(LocalDate day, BigDecimal amount, String currency) {}

  private final List<Spend> spends = new CopyOnWriteArrayList<>();

  /** Commits {@code amount} on {@code day}; {@link #clear} when the test ends. */
  public void commit(LocalDate day, long amount, String currency) {
    spends.add(new Spend(day, BigDecimal.valueOf(amount), currency));
  }

  public void clear() {
    spends.clear();
  }

  @Override
  public BigDecimal committedBetween(LocalDate from, LocalDate to, String currency) {
    return spends.stream()
        .filter(s -> s.currency().equals(currency))
        .filter(s -> !s.day().isBefore(from) && !s.day().isAfter(to))
        .map(Spend::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

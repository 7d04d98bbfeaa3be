package org.cairnpmo.portfolio.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cairnpmo.portfolio.CommittedSpend;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Committed spend as a test sets it: amounts on days, in a currency. While a test has set nothing
 * it answers what the application's own implementation answers (none: nothing committed), so that
 * other tests in the shared context see the application as it is.
 */
@Primary
@Component
public class SetCommittedSpend implements CommittedSpend {

  private record Spend(LocalDate day, BigDecimal amount, String currency) {}

  private final List<Spend> spends = new CopyOnWriteArrayList<>();
  private final ApplicationContext context;

  SetCommittedSpend(ApplicationContext context) {
    this.context = context;
  }

  /** Commits {@code amount} on {@code day}; {@link #clear} when the test ends. */
  public void commit(LocalDate day, long amount, String currency) {
    spends.add(new Spend(day, BigDecimal.valueOf(amount), currency));
  }

  public void clear() {
    spends.clear();
  }

  @Override
  public BigDecimal committedBetween(LocalDate from, LocalDate to, String currency) {
    if (spends.isEmpty()) {
      return context.getBeansOfType(CommittedSpend.class).values().stream()
          .filter(s -> s != this)
          .map(s -> s.committedBetween(from, to, currency))
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
    return spends.stream()
        .filter(s -> s.currency().equals(currency))
        .filter(s -> !s.day().isBefore(from) && !s.day().isAfter(to))
        .map(Spend::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

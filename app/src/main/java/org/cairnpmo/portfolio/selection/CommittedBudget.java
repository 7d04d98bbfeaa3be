package org.cairnpmo.portfolio.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cairnpmo.portfolio.CommittedSpend;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A scenario's budget limits less what the projects under way have committed in each period. The
 * portfolio does not know project budgets; it asks {@link CommittedSpend} when a module provides
 * it, and counts nothing as committed when none does.
 */
@Component
record CommittedBudget(ObjectProvider<CommittedSpend> spend) {

  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(Q[1-4]|H[12]|\\d{2}))?");

  /** Each budget limit with what is committed in its period, in the candidates' currency. */
  List<BudgetLine> lines(ScenarioData data, List<ProposalCandidate> candidates) {
    CommittedSpend known = data.ignoresCommittedSpend() ? null : spend.getIfAvailable();
    String currency = currency(candidates);
    return data.budgetLimits().stream()
        .map(
            limit ->
                Optional.ofNullable(known)
                    .flatMap(s -> dates(limit.period().trim()))
                    .map(
                        range ->
                            BudgetLine.counted(
                                limit,
                                zeroIfNull(
                                    known.committedBetween(range.from(), range.to(), currency))))
                    .orElseGet(() -> BudgetLine.uncounted(limit)))
        .toList();
  }

  /** The currency most candidates are costed in; limits are read in it. EUR without candidates. */
  static String currency(List<ProposalCandidate> candidates) {
    return candidates.stream()
        .map(ProposalCandidate::currency)
        .filter(c -> c != null && !c.isBlank())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
        .entrySet()
        .stream()
        .max(
            Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse("EUR");
  }

  /** The first and last day of a period label: 2027, 2027-H1, 2027-Q3 or 2027-05. */
  static Optional<Range> dates(String label) {
    Matcher m = PERIOD.matcher(label);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    String part = m.group(2);
    if (part == null) {
      return Optional.of(months(year, 1, 12));
    }
    return switch (part.charAt(0)) {
      case 'Q' ->
          Optional.of(months(year, 3 * (part.charAt(1) - '1') + 1, 3 * (part.charAt(1) - '0')));
      case 'H' ->
          Optional.of(months(year, 6 * (part.charAt(1) - '1') + 1, 6 * (part.charAt(1) - '0')));
      default -> {
        int month = Integer.parseInt(part);
        yield month >= 1 && month <= 12
            ? Optional.of(months(year, month, month))
            : Optional.empty();
      }
    };
  }

  private static Range months(int year, int first, int last) {
    return new Range(YearMonth.of(year, first).atDay(1), YearMonth.of(year, last).atEndOfMonth());
  }

  /** Both days included. */
  record Range(LocalDate from, LocalDate to) {}

  private static BigDecimal zeroIfNull(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}

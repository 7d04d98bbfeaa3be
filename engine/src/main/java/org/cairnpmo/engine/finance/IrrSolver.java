package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every IRR by scanning NPV for sign changes over all rates that can hold a root, then
 * bisecting each bracket.
 *
 * <p>Why this shape: Newton's method (what spreadsheets use) needs a guess, can diverge, and
 * silently returns just one of several roots. Scanning first finds every root whose neighbours
 * differ in sign, and bisection on a bracket cannot fail. The search variable is u = ln(1 + r), so
 * rates from just above −100 % to very large are covered evenly, and the polynomial is evaluated in
 * whichever of x = 1/(1 + r) or 1 + r is at most 1, so it cannot overflow. Its sign equals NPV's.
 *
 * <p>Limits, stated plainly: two roots closer together than one grid step (about 10⁻⁴ in u for
 * ordinary flows), and a root where NPV only touches zero without crossing, are not seen. Doubles
 * are used because a root search on a polynomial is approximate anyway; results are rounded to 10
 * decimals.
 */
final class IrrSolver {

  private static final int GRID_STEPS = 20_000;
  private static final int MAX_BISECTIONS = 200;
  private static final int RATE_SCALE = 10;

  private final double[] flows;
  private final int first;
  private final int last;

  private IrrSolver(double[] flows, int first, int last) {
    this.flows = flows;
    this.first = first;
    this.last = last;
  }

  private static double[] asDoubles(List<BigDecimal> amounts) {
    return amounts.stream().mapToDouble(BigDecimal::doubleValue).toArray();
  }

  static IrrResult solve(List<BigDecimal> amounts) {
    double[] flows = asDoubles(amounts);
    int first = -1;
    int last = -1;
    int signChanges = 0;
    double previous = 0;
    for (int t = 0; t < flows.length; t++) {
      if (flows[t] == 0) {
        continue;
      }
      if (first < 0) {
        first = t;
      } else if (Math.signum(flows[t]) != Math.signum(previous)) {
        signChanges++;
      }
      previous = flows[t];
      last = t;
    }
    if (first < 0) {
      return new IrrResult.None(IrrResult.Reason.ALL_FLOWS_ZERO);
    }
    if (signChanges == 0) {
      return new IrrResult.None(IrrResult.Reason.NO_SIGN_CHANGE);
    }
    IrrSolver solver = new IrrSolver(flows, first, last);
    List<BigDecimal> rates = signChanges == 1 ? solver.onlyRoot() : solver.roots();
    if (rates.isEmpty()) {
      return new IrrResult.None(IrrResult.Reason.NPV_NEVER_ZERO);
    }
    return rates.size() == 1 ? new IrrResult.Unique(rates.get(0)) : new IrrResult.Multiple(rates);
  }

  /**
   * Every root by the scan alone, whatever the sign changes: the reference the shortcut matches.
   */
  static List<BigDecimal> scannedRoots(List<BigDecimal> amounts) {
    double[] flows = asDoubles(amounts);
    int first = 0;
    while (flows[first] == 0) {
      first++;
    }
    int last = flows.length - 1;
    while (flows[last] == 0) {
      last--;
    }
    return new IrrSolver(flows, first, last).roots();
  }

  /**
   * One sign change in the flows means exactly one positive root of the polynomial (Descartes' rule
   * of signs), so NPV has opposite signs at the two ends of the search range and one bisection over
   * all of it finds the root the scan would: the usual investment-then-returns case, 20,000 NPV
   * evaluations fewer. Falls back to the scan if the ends ever agree in sign.
   */
  private List<BigDecimal> onlyRoot() {
    double[] range = searchRange();
    double valueAtLower = signedNpv(range[0]);
    double valueAtUpper = signedNpv(range[1]);
    if (valueAtLower == 0
        || valueAtUpper == 0
        || Math.signum(valueAtLower) == Math.signum(valueAtUpper)) {
      return roots();
    }
    List<BigDecimal> rates = new ArrayList<>();
    addRate(rates, bisect(range[0], valueAtLower, range[1]));
    return rates;
  }

  private List<BigDecimal> roots() {
    double[] range = searchRange();
    double step = (range[1] - range[0]) / GRID_STEPS;
    List<BigDecimal> rates = new ArrayList<>();
    double lower = range[0];
    double valueAtLower = signedNpv(lower);
    for (int i = 1; i <= GRID_STEPS; i++) {
      double upper = i == GRID_STEPS ? range[1] : range[0] + i * step;
      double valueAtUpper = signedNpv(upper);
      if (valueAtUpper == 0) {
        addRate(rates, upper);
      } else if (valueAtLower != 0 && Math.signum(valueAtLower) != Math.signum(valueAtUpper)) {
        addRate(rates, bisect(lower, valueAtLower, upper));
      }
      lower = upper;
      valueAtLower = valueAtUpper;
    }
    return rates;
  }

  /**
   * The u-interval that must hold every root, from Cauchy's bounds on the positive roots of the
   * polynomial in x = 1/(1 + r): below 1 + max|lower coefficients| / |leading|, above |constant| /
   * (|constant| + max|higher coefficients|). Widened slightly so that no root sits on an end.
   */
  private double[] searchRange() {
    double maxBelowLast = 0;
    double maxAboveFirst = 0;
    for (int t = first; t <= last; t++) {
      if (t < last) {
        maxBelowLast = Math.max(maxBelowLast, Math.abs(flows[t]));
      }
      if (t > first) {
        maxAboveFirst = Math.max(maxAboveFirst, Math.abs(flows[t]));
      }
    }
    double largestX = 1 + maxBelowLast / Math.abs(flows[last]);
    double smallestX = Math.abs(flows[first]) / (Math.abs(flows[first]) + maxAboveFirst);
    double margin = 1e-3;
    return new double[] {-Math.log(largestX) - margin, -Math.log(smallestX) + margin};
  }

  private double bisect(double lower, double valueAtLower, double upper) {
    for (int i = 0; i < MAX_BISECTIONS; i++) {
      double middle = lower + (upper - lower) / 2;
      if (middle == lower || middle == upper) {
        break;
      }
      double value = signedNpv(middle);
      if (value == 0) {
        return middle;
      }
      if (Math.signum(value) == Math.signum(valueAtLower)) {
        lower = middle;
        valueAtLower = value;
      } else {
        upper = middle;
      }
    }
    return lower + (upper - lower) / 2;
  }

  /**
   * NPV at r = e^u − 1 times a positive factor, (1 + r)^first or (1 + r)^last,, chosen so every
   * power stays at most 1; same sign and same roots as NPV, no overflow.
   */
  private double signedNpv(double u) {
    double sum = 0;
    if (u >= 0) {
      double x = Math.exp(-u);
      for (int t = last; t >= first; t--) {
        sum = sum * x + flows[t];
      }
    } else {
      double growth = Math.exp(u);
      for (int t = first; t <= last; t++) {
        sum = sum * growth + flows[t];
      }
    }
    return sum;
  }

  private static void addRate(List<BigDecimal> rates, double u) {
    BigDecimal rate = new BigDecimal(Math.expm1(u)).setScale(RATE_SCALE, RoundingMode.HALF_EVEN);
    if (rates.isEmpty() || rates.get(rates.size() - 1).compareTo(rate) != 0) {
      rates.add(rate);
    }
  }
}

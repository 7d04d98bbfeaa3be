package org.cairnpmo.portfolio.selection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.engine.selection.Candidate;
import org.cairnpmo.engine.selection.Conflict;
import org.cairnpmo.engine.selection.Dimension;
import org.cairnpmo.engine.selection.DimensionUsage;
import org.cairnpmo.engine.selection.ExclusiveGroup;
import org.cairnpmo.engine.selection.PortfolioSelector;
import org.cairnpmo.engine.selection.Prerequisite;
import org.cairnpmo.engine.selection.SelectionProblem;
import org.cairnpmo.engine.selection.SelectionResult;
import org.cairnpmo.engine.selection.SolveOptions;
import org.cairnpmo.engine.selection.SolveStatus;
import org.cairnpmo.portfolio.domain.ProposalCandidate;

/**
 * Why a selection leaves each candidate out, and what it would take to get it in. The reasons are
 * read off the selection (what each limit has left, which rule binds); the price of getting in is
 * the optimizer's own answer with the candidate made must-include, within a bounded time, so every
 * number shown is one the solver found, not an estimate.
 */
final class LeftOutExplainer {

  /** Most time one forced re-solve may take. */
  static final Duration PER_CANDIDATE = Duration.ofSeconds(1);

  /**
   * Most time all forced re-solves of a run may take together; never more than half the run's own
   * time limit.
   */
  static final Duration ALL_CANDIDATES = Duration.ofSeconds(10);

  private LeftOutExplainer() {}

  /** The candidates {@code result} leaves out, most valuable first. */
  static List<RunResult.LeftOut> explain(
      SelectionModel model, SelectionResult result, SolveOptions options, Duration runLimit) {
    SelectionProblem problem = model.problem;
    Set<String> selected = new HashSet<>(result.selectedIds());
    Map<String, Double> left = new HashMap<>();
    for (DimensionUsage u : result.usage()) {
      left.put(u.dimension(), u.capacity() - u.used());
    }
    Map<String, String> dependencyReasons = new HashMap<>();
    model.dependencies.excluded().forEach(e -> dependencyReasons.put(e.code(), e.reason()));
    Duration half = runLimit.dividedBy(2);
    Duration total = half.compareTo(ALL_CANDIDATES) < 0 ? half : ALL_CANDIDATES;
    long deadline = System.nanoTime() + total.toNanos();
    List<RunResult.LeftOut> out = new ArrayList<>();
    for (Candidate c :
        problem.candidates().stream()
            .filter(c -> !selected.contains(c.id()))
            .sorted(Comparator.comparingDouble(Candidate::value).reversed())
            .toList()) {
      List<String> reasons = new ArrayList<>();
      boolean excluded = problem.mustExclude().contains(c.id());
      if (excluded) {
        reasons.add(
            dependencyReasons.getOrDefault(
                c.id(), "Excluded by a rule of the scenario (must exclude)."));
      }
      for (Prerequisite p : problem.prerequisites()) {
        if (p.dependentId().equals(c.id()) && !selected.contains(p.requiredId())) {
          reasons.add("Needs " + p.requiredId() + ", which is not selected.");
        }
      }
      for (ExclusiveGroup g : problem.exclusiveGroups()) {
        if (g.candidateIds().contains(c.id())) {
          g.candidateIds().stream()
              .filter(selected::contains)
              .findFirst()
              .ifPresent(
                  other ->
                      reasons.add(
                          "At most one of the group '"
                              + g.name()
                              + "' may be selected, and "
                              + other
                              + " is."));
        }
      }
      boolean ruled = !reasons.isEmpty();
      List<RunResult.Shortfall> shortfalls = new ArrayList<>();
      for (Dimension d : problem.dimensions()) {
        double needs = c.usageOf(d.name());
        double remaining = Math.max(0, left.getOrDefault(d.name(), d.capacity()));
        if (needs > remaining + 1e-6 * Math.max(1, d.capacity())) {
          shortfalls.add(new RunResult.Shortfall(d.name(), needs, remaining));
          reasons.add(d.name() + ": needs " + amount(needs) + ", " + amount(remaining) + " left.");
        }
      }
      if (reasons.isEmpty()) {
        reasons.add(
            c.value() <= 0
                ? "Adds nothing to the objective (its value is " + amount(c.value()) + ")."
                : "Fits beside the selection; the search ended before it found the better"
                    + " selection with it.");
      }
      long now = System.nanoTime();
      RunResult.Forced forced =
          excluded || now >= deadline || options.cancelled().getAsBoolean()
              ? null
              : forced(
                  problem,
                  c,
                  result,
                  selected,
                  options,
                  Math.min(deadline - now, PER_CANDIDATE.toNanos()));
      ProposalCandidate proposal = model.byId.get(c.id());
      out.add(
          new RunResult.LeftOut(
              proposal.id(),
              c.id(),
              proposal.title(),
              c.value(),
              reasons,
              ruled ? List.of() : shortfalls,
              forced,
              howToEnter(c, ruled ? List.of() : shortfalls, forced, excluded)));
    }
    return out;
  }

  private static RunResult.Forced forced(
      SelectionProblem problem,
      Candidate c,
      SelectionResult result,
      Set<String> selected,
      SolveOptions options,
      long nanos) {
    Set<String> include = new LinkedHashSet<>(problem.mustInclude());
    include.add(c.id());
    SelectionResult with =
        PortfolioSelector.solve(
            new SelectionProblem(
                problem.candidates(),
                problem.dimensions(),
                include,
                problem.mustExclude(),
                problem.exclusiveGroups(),
                problem.prerequisites()),
            options.withTimeLimit(Duration.ofNanos(nanos)).withListener(p -> {}));
    if (with.status() == SolveStatus.INFEASIBLE) {
      return new RunResult.Forced(
          false,
          with.status().name(),
          null,
          null,
          List.of(),
          List.of(),
          with.conflicts().stream().map(Conflict::message).toList());
    }
    Set<String> now = new HashSet<>(with.selectedIds());
    return new RunResult.Forced(
        true,
        with.status().name(),
        with.objectiveValue(),
        result.objectiveValue() - with.objectiveValue(),
        result.selectedIds().stream().filter(id -> !now.contains(id)).toList(),
        with.selectedIds().stream()
            .filter(id -> !selected.contains(id) && !id.equals(c.id()))
            .toList(),
        List.of());
  }

  /** What would bring the candidate in, in the words of the numbers found. */
  private static List<String> howToEnter(
      Candidate c,
      List<RunResult.Shortfall> shortfalls,
      RunResult.Forced forced,
      boolean excluded) {
    List<String> ways = new ArrayList<>();
    if (excluded) {
      ways.add("Only if the rule that excludes it is lifted.");
      return ways;
    }
    if (!shortfalls.isEmpty()) {
      ways.add(
          "Fits beside the selection, adding "
              + amount(c.value())
              + " to its value, if "
              + String.join(
                  " and ",
                  shortfalls.stream()
                      .map(
                          s ->
                              "the "
                                  + s.constraint()
                                  + " limit were "
                                  + amount(s.missing())
                                  + " higher")
                      .toList())
              + ".");
    }
    if (forced == null) {
      ways.add(
          "Not re-solved with it: the time for explanations ran out. Make it must-include and run"
              + " again to see what it would cost.");
      return ways;
    }
    if (!forced.feasible()) {
      ways.add(
          "Cannot be selected with the scenario's limits and rules: "
              + String.join(" ", forced.conflicts()));
      return ways;
    }
    StringBuilder s =
        new StringBuilder("Made must-include, the best selection found is worth ")
            .append(amount(forced.objectiveValue()))
            .append(" (")
            .append(
                forced.valueLost() >= 0
                    ? amount(forced.valueLost()) + " less"
                    : amount(-forced.valueLost()) + " more")
            .append(")");
    if (!forced.leaving().isEmpty()) {
      s.append("; ")
          .append(String.join(", ", forced.leaving()))
          .append(forced.leaving().size() == 1 ? " drops out" : " drop out");
    }
    if (!forced.joining().isEmpty()) {
      s.append("; ")
          .append(String.join(", ", forced.joining()))
          .append(forced.joining().size() == 1 ? " comes in with it" : " come in with it");
    }
    s.append(".");
    if (!SolveStatus.OPTIMAL.name().equals(forced.status())) {
      s.append(" Not proven best in the time given.");
    }
    ways.add(s.toString());
    return ways;
  }

  /** Whole numbers with thousands separators; two decimals where the amount has a fraction. */
  static String amount(double value) {
    boolean whole = Math.abs(value - Math.rint(value)) < 0.005;
    return String.format(Locale.ROOT, whole ? "%,.0f" : "%,.2f", value);
  }
}

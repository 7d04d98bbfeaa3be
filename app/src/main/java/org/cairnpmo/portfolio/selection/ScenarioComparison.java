package org.cairnpmo.portfolio.selection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cairnpmo.platform.Labelled;

/**
 * Scenarios side by side, with the latest finished result of each. A proposal that a scenario could
 * not choose is "not a candidate" there, which says something else than "not selected". Values are
 * in the units of each scenario's objective, so they are comparable only between scenarios that
 * maximize the same thing (and, for the mix, with the same weight).
 *
 * @param results the latest finished result of each scenario, null where there is none
 * @param comparable whether all scenarios maximize the same objective
 * @param rows every candidate of any of the scenarios, by code
 */
public record ScenarioComparison(
    List<ScenarioView> scenarios, List<RunResult> results, boolean comparable, List<Row> rows) {

  /** Where a proposal stands in one scenario. */
  public enum Standing implements Labelled {
    SELECTED,
    NOT_SELECTED,
    NOT_CANDIDATE,
    NO_RESULT;

    @Override
    public String label() {
      return this == NOT_CANDIDATE ? "Not a candidate" : Labelled.super.label();
    }
  }

  /** One proposal across the scenarios; {@code differs} when it does not stand the same in all. */
  public record Row(String code, String title, List<Standing> standings, boolean differs) {}

  static ScenarioComparison of(List<ScenarioView> scenarios, List<RunResult> results) {
    Map<String, String> titles = new TreeMap<>();
    List<Set<String>> candidates = new ArrayList<>();
    List<Set<String>> selected = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Set<String> codes = new HashSet<>();
      for (ScenarioView.CandidateRow c : scenarios.get(i).candidates()) {
        codes.add(c.code());
        titles.putIfAbsent(c.code(), c.title());
      }
      Set<String> picked = new HashSet<>();
      if (results.get(i) != null) {
        for (RunResult.Pick p : results.get(i).selected()) {
          picked.add(p.code());
          // A proposal selected once may no longer be a candidate now.
          titles.putIfAbsent(p.code(), p.title());
        }
      }
      candidates.add(codes);
      selected.add(picked);
    }
    List<Row> rows = new ArrayList<>();
    titles.forEach(
        (code, title) -> {
          List<Standing> standings = new ArrayList<>();
          for (int i = 0; i < scenarios.size(); i++) {
            standings.add(
                selected.get(i).contains(code)
                    ? Standing.SELECTED
                    : !candidates.get(i).contains(code)
                        ? Standing.NOT_CANDIDATE
                        : results.get(i) == null ? Standing.NO_RESULT : Standing.NOT_SELECTED);
          }
          rows.add(new Row(code, title, standings, new HashSet<>(standings).size() > 1));
        });
    return new ScenarioComparison(
        scenarios,
        results,
        scenarios.stream().map(ScenarioComparison::objective).distinct().count() <= 1,
        rows);
  }

  /** What a scenario's values measure: its objective, and for the mix its weight. */
  static String objective(ScenarioView s) {
    ScenarioData d = s.definition();
    return d.objective() == Objective.MIX
        ? d.objective().label() + " (α = " + d.effectiveAlpha() + ")"
        : d.objective().label();
  }

  /** The objective of each scenario, in order, for the page. */
  public List<String> objectives() {
    return scenarios.stream().map(ScenarioComparison::objective).toList();
  }
}

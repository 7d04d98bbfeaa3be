package org.cairnpmo.portfolio.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.portfolio.domain.ProposalCandidate;

/** A scenario with its latest finished result and the candidates ranked by value, for exports. */
public record ScenarioReport(
    ScenarioView scenario, RunView run, RunResult result, List<ScenarioReport.Row> ranked) {

  /** One candidate in the ranked list. */
  public record Row(
      int rank,
      String code,
      String title,
      String status,
      Double weightedScore,
      Double npv,
      double totalCost,
      double value,
      boolean selected) {}

  /** The candidates by value (best first, then by code), flagged where the result selects. */
  static List<Row> ranked(
      List<ProposalCandidate> chosen, Map<String, Double> values, Set<Long> picked) {
    List<ProposalCandidate> sorted =
        chosen.stream()
            .sorted(
                Comparator.comparing((ProposalCandidate c) -> -values.get(c.code()))
                    .thenComparing(ProposalCandidate::code))
            .toList();
    List<Row> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      ProposalCandidate c = sorted.get(i);
      ranked.add(
          new Row(
              i + 1,
              c.code(),
              c.title(),
              c.status().label(),
              c.weightedScore(),
              c.npv() == null ? null : c.npv().doubleValue(),
              SelectionModel.totalCost(c),
              values.get(c.code()),
              picked.contains(c.id())));
    }
    return ranked;
  }
}

package org.cairnpmo.portfolio.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.portfolio.ScenarioDemand;
import org.cairnpmo.portfolio.domain.PeriodLabel;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.cairnpmo.portfolio.domain.ProposalData;

/**
 * The demand of a run's selection with every period turned into dates, as {@link ProposalApproved}
 * carries it, so that the resources module never reads period labels.
 */
final class SelectedDemand {

  private SelectedDemand() {}

  /**
   * The selected proposals found among {@code visible} (the candidates the viewer may see, by id);
   * the others are left out.
   */
  static List<ScenarioDemand.Selected> of(RunResult result, Map<Long, ProposalCandidate> visible) {
    List<ScenarioDemand.Selected> out = new ArrayList<>();
    if (result == null || !result.feasible()) {
      return out;
    }
    for (RunResult.Pick pick : result.selected()) {
      ProposalCandidate c = visible.get(pick.proposalId());
      if (c == null) {
        continue;
      }
      List<ProposalApproved.Demand> demand = new ArrayList<>();
      List<String> unreadable = new ArrayList<>();
      for (ProposalData.ResourceDemand d : c.resourceDemand()) {
        PeriodLabel.parse(d.period())
            .ifPresentOrElse(
                p ->
                    demand.add(
                        new ProposalApproved.Demand(
                            d.role().trim(),
                            p.label(),
                            p.firstDay(),
                            p.lastDay(),
                            d.amount(),
                            d.unit().name())),
                () -> unreadable.add(d.role().trim() + " " + d.period().trim()));
      }
      out.add(new ScenarioDemand.Selected(c.id(), c.code(), c.title(), demand, unreadable));
    }
    return out;
  }
}

package org.cairnpmo.portfolio.selection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.cairnpmo.portfolio.domain.ProposalReference;
import org.cairnpmo.portfolio.domain.ProposalStatus;

/**
 * What the candidates' recorded dependencies mean for a scenario, on top of its own rules.
 *
 * <ul>
 *   <li>A candidate that needs another candidate gets the prerequisite "dependent only if
 *       required", unless the scenario states that prerequisite already.
 *   <li>A need for an approved proposal outside the candidates is met: it is a project already. So
 *       is every need for a project in the register.
 *   <li>A need for any other proposal (rejected, withdrawn, a draft, or simply left out of the
 *       candidates) cannot be met by this scenario: the dependent is excluded, with the reason
 *       shown, rather than the whole scenario being refused, because the rest can still be
 *       optimized and the reason tells the PMO what to add.
 * </ul>
 *
 * @param prerequisites the prerequisites that come from dependencies, in candidate order
 * @param excluded the candidates that cannot be selected, with why
 */
public record DependencyRules(List<Derived> prerequisites, List<Excluded> excluded) {

  public DependencyRules {
    prerequisites = List.copyOf(prerequisites);
    excluded = List.copyOf(excluded);
  }

  /**
   * A prerequisite that comes from a dependency recorded on the dependent proposal.
   *
   * @param alsoInScenario the scenario states the same prerequisite itself (it is used once)
   */
  public record Derived(
      long dependentId,
      String dependentCode,
      String dependentTitle,
      long requiredId,
      String requiredCode,
      String requiredTitle,
      boolean alsoInScenario) {}

  /** A candidate that needs proposals this scenario cannot deliver. */
  public record Excluded(long proposalId, String code, String title, String reason) {}

  /** The ids of proposals the candidates need that are not candidates themselves. */
  static Set<Long> outside(List<ProposalCandidate> candidates) {
    Set<Long> ids = new HashSet<>();
    for (ProposalCandidate c : candidates) {
      ids.add(c.id());
    }
    Set<Long> out = new HashSet<>();
    for (ProposalCandidate c : candidates) {
      for (Long id : c.dependsOnProposals()) {
        if (id != null && !ids.contains(id)) {
          out.add(id);
        }
      }
    }
    return out;
  }

  /**
   * @param others the proposals outside the candidates that the candidates need, as far as they
   *     exist
   */
  static DependencyRules derive(
      ScenarioData data, List<ProposalCandidate> candidates, Map<Long, ProposalReference> others) {
    Map<Long, ProposalCandidate> byId = new LinkedHashMap<>();
    for (ProposalCandidate c : candidates) {
      byId.put(c.id(), c);
    }
    Set<List<Long>> stated = new HashSet<>();
    for (ScenarioData.Requirement r : data.prerequisites()) {
      stated.add(List.of(r.dependentId(), r.requiredId()));
    }
    List<Derived> derived = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (ProposalCandidate c : candidates) {
      List<String> unmet = new ArrayList<>();
      for (Long id : new java.util.LinkedHashSet<>(c.dependsOnProposals())) {
        if (id == null || id == c.id()) {
          continue;
        }
        ProposalCandidate required = byId.get(id);
        if (required != null) {
          derived.add(
              new Derived(
                  c.id(),
                  c.code(),
                  c.title(),
                  required.id(),
                  required.code(),
                  required.title(),
                  stated.contains(List.of(c.id(), required.id()))));
          continue;
        }
        ProposalReference other = others.get(id);
        if (other != null && other.status() == ProposalStatus.APPROVED) {
          continue;
        }
        unmet.add(other == null ? "proposal #" + id + ", which no longer exists" : other.label());
      }
      if (!unmet.isEmpty()) {
        excluded.add(
            new Excluded(
                c.id(),
                c.code(),
                c.title(),
                "Needs "
                    + String.join("; ", unmet)
                    + ", which "
                    + (unmet.size() == 1 ? "is" : "are")
                    + " neither among the candidates nor approved, so "
                    + c.code()
                    + " cannot be selected in this scenario."));
      }
    }
    return new DependencyRules(derived, excluded);
  }

  static DependencyRules none() {
    return new DependencyRules(List.of(), List.of());
  }
}

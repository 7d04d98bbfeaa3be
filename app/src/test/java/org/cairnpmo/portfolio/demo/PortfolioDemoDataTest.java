package org.cairnpmo.portfolio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.PortfolioApi;
import org.cairnpmo.portfolio.domain.CriteriaSetStatus;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.RankingEntry;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's portfolio: objectives, last year's set retired and frozen, this year's set weighted by
 * consistent pairwise judgements, thirty proposals in every status, a ranking with scores and
 * disagreement, approved proposals in the project register; loaded once. It runs on a database of
 * its own (like the other demo tests), so the demo's people stay out of other tests.
 */
class PortfolioDemoDataTest extends DemoDataTest {

  @Autowired PortfolioDemoData demo;
  @Autowired StrategyService strategy;
  @Autowired EvaluationService evaluation;
  @Autowired PortfolioApi portfolio;
  @Autowired ProjectsApi projects;
  @Autowired IdentityApi identity;

  private CurrentUser as(String username) {
    UserSummary u = identity.userByUsername(username).orElseThrow();
    return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles());
  }

  /** Projects made from the proposal: found by its title, told apart by their origin. */
  private long projectsFrom(ProposalCandidate proposal) {
    return projects
        .search(
            new ProjectFilter(proposal.title(), null, null, null, null, null),
            PageRequest.of(0, 20),
            as("pmo"))
        .getContent()
        .stream()
        .filter(p -> p.origin() != null && proposal.code().equals(p.origin().proposalCode()))
        .count();
  }

  @Test
  void a_demo_proposal_needs_another_so_scenarios_show_a_prerequisite_from_it() {
    Map<String, ProposalCandidate> byTitle =
        portfolio.candidates(EnumSet.allOf(ProposalStatus.class), as("exec")).stream()
            .collect(Collectors.toMap(ProposalCandidate::title, Function.identity()));
    assertThat(byTitle.get("Digital twin of line 3").dependsOnProposals())
        .containsExactly(byTitle.get("Predictive maintenance for presses").id());
  }

  @Test
  void thirty_proposals_in_every_status_with_business_cases_and_demand() {
    List<ProposalCandidate> all =
        portfolio.candidates(EnumSet.allOf(ProposalStatus.class), as("exec"));
    assertThat(all).hasSize(30);
    Map<ProposalStatus, Long> byStatus =
        all.stream()
            .collect(Collectors.groupingBy(ProposalCandidate::status, Collectors.counting()));
    assertThat(byStatus.keySet()).containsExactlyInAnyOrder(ProposalStatus.values());
    assertThat(byStatus.get(ProposalStatus.UNDER_EVALUATION)).isEqualTo(10);
    assertThat(all).allSatisfy(p -> assertThat(p.npv()).isNotNull());
    assertThat(all).allSatisfy(p -> assertThat(p.resourceDemand()).isNotEmpty());
    assertThat(all).allSatisfy(p -> assertThat(p.costsByPeriod()).hasSize(3));
  }

  @Test
  void this_years_criteria_are_weighted_by_consistent_pairwise_judgements() {
    List<CriteriaSetView> sets = strategy.allCriteriaSets(as("pmo"));
    assertThat(sets)
        .extracting(CriteriaSetView::status)
        .containsExactly(CriteriaSetStatus.ACTIVE, CriteriaSetStatus.RETIRED);
    CriteriaSetView active = sets.get(0);
    assertThat(active.weighting()).isEqualTo(WeightingMethod.PAIRWISE);
    assertThat(active.ahp().consistent()).isTrue();
    assertThat(active.ahp().consistencyRatio()).isLessThan(0.02);
    assertThat(sets).allSatisfy(s -> assertThat(s.frozen()).isTrue());
    assertThat(strategy.allObjectives()).hasSize(5);
  }

  @Test
  void the_ranking_has_scores_from_several_scorers_and_shows_disagreement() {
    List<RankingEntry> ranking = evaluation.ranking(as("exec"));
    assertThat(ranking).hasSize(10);
    assertThat(ranking).allSatisfy(e -> assertThat(e.weightedScore()).isNotNull());
    assertThat(ranking).allSatisfy(e -> assertThat(e.assignedSheets()).isBetween(2, 3));
    assertThat(ranking).anySatisfy(e -> assertThat(e.disagreements()).isPositive());
    assertThat(ranking.get(0).rank()).isEqualTo(1);
    assertThat(evaluation.myOpenSheets(as("member"))).isNotNull();
  }

  @Test
  void approved_proposals_are_in_the_project_register_and_a_second_run_adds_nothing()
      throws Exception {
    List<ProposalCandidate> approved =
        portfolio.candidates(EnumSet.of(ProposalStatus.APPROVED), as("pmo"));
    assertThat(approved).hasSize(4);
    Map<String, ProposalCandidate> byCode =
        approved.stream().collect(Collectors.toMap(ProposalCandidate::code, Function.identity()));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    for (ProposalCandidate proposal : byCode.values()) {
      while (projectsFrom(proposal) == 0 && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      assertThat(projectsFrom(proposal)).as(proposal.code()).isEqualTo(1);
    }

    demo.loadIfMissing();
    assertThat(portfolio.candidates(EnumSet.allOf(ProposalStatus.class), as("exec"))).hasSize(30);
    assertThat(strategy.allObjectives()).hasSize(5);
  }

  @Autowired ScenarioDemoData scenarioDemo;
  @Autowired org.cairnpmo.portfolio.selection.ScenarioService scenarioService;

  @Test
  void two_demo_scenarios_are_defined_and_run_once() {
    List<String> names =
        scenarioService.list(as("exec")).stream()
            .map(org.cairnpmo.portfolio.selection.ScenarioView::name)
            .toList();
    assertThat(names).containsExactlyInAnyOrder(ScenarioDemoData.BALANCED, ScenarioDemoData.VALUE);
    assertThat(scenarioService.list(as("exec")))
        .allSatisfy(s -> assertThat(s.latestRun()).isNotNull());
    scenarioDemo.loadIfMissing();
    assertThat(scenarioService.list(as("exec"))).hasSize(2);
  }
}

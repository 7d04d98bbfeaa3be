package org.cairnpmo.portfolio.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.DependencyKind;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.JudgementsData;
import org.cairnpmo.portfolio.domain.ObjectiveData;
import org.cairnpmo.portfolio.domain.ObjectiveView;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.ScoreSheetData;
import org.cairnpmo.portfolio.domain.ScoreSheetView;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.TriageData;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portfolio of the Northwind Industries demo: five strategic objectives, last year's criteria
 * set (retired, frozen by the proposals scored on it) and this year's, weighted by pairwise
 * comparison, and thirty proposals in every status with business cases, resource demand and the
 * scores of two or three scorers each. Approved proposals reach the project register through the
 * same event as in real use.
 *
 * <p>Runs after the base demo loader (which creates the people), once: when an objective exists,
 * the portfolio is already there. All or nothing, in one transaction, through the module's own
 * services, so the demo obeys the same rules as people do.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class PortfolioDemoData {

  private static final Logger log = LoggerFactory.getLogger(PortfolioDemoData.class);
  private static final long SEED = 20_261_126L;
  private static final String MARKER_OBJECTIVE = "Grow recurring revenue";

  private final StrategyService strategy;
  private final ProposalService proposals;
  private final EvaluationService evaluation;
  private final IdentityApi identity;
  private final OrganizationApi organization;
  private final TransactionTemplate transaction;

  PortfolioDemoData(
      StrategyService strategy,
      ProposalService proposals,
      EvaluationService evaluation,
      IdentityApi identity,
      OrganizationApi organization,
      PlatformTransactionManager transactionManager) {
    this.strategy = strategy;
    this.proposals = proposals;
    this.evaluation = evaluation;
    this.identity = identity;
    this.organization = organization;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** Loads after the demo organization and its projects. */
  @EventListener
  DemoLoaded.Portfolio on(DemoLoaded.Organization loaded) {
    loadIfMissing();
    return new DemoLoaded.Portfolio();
  }

  void loadIfMissing() {
    if (strategy.allObjectives().stream().anyMatch(o -> o.name().equals(MARKER_OBJECTIVE))) {
      log.info("Portfolio demo data: already loaded; nothing to do.");
      return;
    }
    Optional<UserSummary> pmo = identity.userByUsername("pmo");
    if (pmo.isEmpty()) {
      log.warn("Portfolio demo data: the demo organization is missing (no user 'pmo'); skipped.");
      return;
    }
    long started = System.nanoTime();
    Map<ProposalStatus, Integer> counts = transaction.execute(status -> load());
    log.info(
        "Portfolio demo data: loaded in {} ms: 5 objectives, 2 criteria sets, proposals {}.",
        (System.nanoTime() - started) / 1_000_000,
        counts);
  }

  /** People by display name (the demo's usernames are derived from names). */
  private final Map<String, UserSummary> people = new HashMap<>();

  /**
   * Needs between demo proposals (dependent title to required title, the required one enacted
   * first), so that scenarios show prerequisites coming from proposals.
   */
  private static final Map<String, String> NEEDS =
      Map.of("Digital twin of line 3", "Predictive maintenance for presses");

  private final Map<String, Long> enacted = new HashMap<>();

  private CurrentUser as(String displayNameOrUsername) {
    return person(displayNameOrUsername).asCurrentUser();
  }

  private UserSummary person(String displayNameOrUsername) {
    UserSummary u = people.get(displayNameOrUsername);
    if (u == null) {
      u =
          identity
              .userByUsername(displayNameOrUsername)
              .orElseThrow(
                  () -> new IllegalStateException("No demo person " + displayNameOrUsername));
    }
    return u;
  }

  private Map<ProposalStatus, Integer> load() {
    identity.activeUsers().forEach(u -> people.put(u.displayName(), u));
    Map<String, Long> departments = new HashMap<>();
    for (DepartmentSummary d : organization.departments()) {
      departments.put(d.code(), d.id());
    }
    CurrentUser pmo = as("pmo");

    List<ObjectiveView> objectives = new ArrayList<>();
    objectives.add(
        objective(
            pmo,
            "Grow recurring revenue",
            "Move from one-off equipment sales to service contracts and subscriptions.",
            "exec",
            "Recurring revenue from 18 % to 30 % of sales by the end of 2028",
            2027,
            2028));
    objectives.add(
        objective(
            pmo,
            "Operational excellence",
            "Faster, leaner order fulfilment across plants and warehouses.",
            "Robert Keller",
            "Order-to-cash from 9 to 5 days; on-time delivery above 97 %",
            2027,
            2028));
    objectives.add(
        objective(
            pmo,
            "Digital customer experience",
            "Customers find, order and get support online, whenever they want.",
            "Charlotte Davies",
            "Net Promoter Score from 21 to 40 by 2028",
            2027,
            2028));
    objectives.add(
        objective(
            pmo,
            "Secure and compliant operations",
            "Protect customer and company data; pass every audit.",
            "Amelia Clarke",
            "ISO 27001 certified by 2028; zero major audit findings",
            2027,
            2029));
    objectives.add(
        objective(
            pmo,
            "Sustainable manufacturing",
            "Use less energy and material per unit produced.",
            "Katarina Horvat",
            "Energy per unit down 25 % against 2025 by 2029",
            2027,
            2029));

    // Last year's set, weighted directly; proposals scored on it freeze it.
    CriteriaSetView old =
        strategy.defineCriteriaSet(
            new CriteriaSetData(
                "Business drivers 2026",
                "The drivers used for the 2026 budget round.",
                WeightingMethod.DIRECT,
                List.of(
                    criterion("Strategic alignment", "Serves the strategic objectives", 1, 5, "40"),
                    criterion("Financial return", "NPV and payback", 1, 5, "35"),
                    criterion("Delivery risk", "10 = very low risk of failing", 0, 10, "25")),
                null),
            pmo);
    strategy.activate(old.id(), old.version(), pmo);

    Random random = new Random(SEED);
    List<Idea> ideas = Ideas.all();
    Map<ProposalStatus, Integer> counts = new java.util.EnumMap<>(ProposalStatus.class);
    List<String> scorers = List.of("pmo", "Lukas Hoffmann", "Aisha Rahman", "pm", "member");

    // The 2026 round: decided proposals, scored against last year's set.
    for (Idea idea : ideas.stream().filter(i -> i.round() == 2026).toList()) {
      enact(idea, objectives, departments, scorers, random, counts);
    }

    // This year's set, weighted by pairwise comparison (CR well below 0.10).
    CriteriaSetView set =
        strategy.defineCriteriaSet(
            new CriteriaSetData(
                "Business drivers 2027",
                "Agreed by the executive board for the 2027 portfolio. Weighted by pairwise"
                    + " comparison.",
                WeightingMethod.PAIRWISE,
                List.of(
                    criterion(
                        "Strategic alignment", "How directly it serves the objectives", 1, 5, null),
                    criterion(
                        "Financial return",
                        "NPV, payback and ROI of the business case",
                        1,
                        5,
                        null),
                    criterion(
                        "Customer impact", "Noticeable improvement for customers", 1, 5, null),
                    criterion(
                        "Delivery confidence",
                        "10 = proven technology, experienced team",
                        0,
                        10,
                        null),
                    criterion(
                        "Regulatory necessity", "Required by law, contract or audit", 1, 5, null)),
                null),
            pmo);
    List<Long> c = set.criteria().stream().map(CriteriaSetView.CriterionView::id).toList();
    double[][] judged = {
      {0, 1, 2}, {0, 2, 2}, {0, 3, 3}, {0, 4, 4}, {1, 2, 1}, {1, 3, 2}, {1, 4, 3}, {2, 3, 2},
      {2, 4, 2}, {3, 4, 1}
    };
    List<JudgementsData.Judgement> judgements = new ArrayList<>();
    for (double[] j : judged) {
      judgements.add(new JudgementsData.Judgement(c.get((int) j[0]), c.get((int) j[1]), j[2]));
    }
    set = strategy.judge(set.id(), new JudgementsData(judgements, null), set.version(), pmo);
    strategy.activate(set.id(), set.version(), pmo);

    for (Idea idea : ideas.stream().filter(i -> i.round() == 2027).toList()) {
      enact(idea, objectives, departments, scorers, random, counts);
    }
    return counts;
  }

  private ObjectiveView objective(
      CurrentUser pmo,
      String name,
      String description,
      String owner,
      String target,
      int from,
      int to) {
    return strategy.defineObjective(
        new ObjectiveData(
            name,
            description,
            person(owner).id(),
            target,
            java.time.LocalDate.of(from, 1, 1),
            java.time.LocalDate.of(to, 12, 31),
            null),
        pmo);
  }

  private static CriteriaSetData.Criterion criterion(
      String name, String description, int min, int max, String weight) {
    return new CriteriaSetData.Criterion(
        null, name, description, min, max, weight == null ? null : new BigDecimal(weight));
  }

  /** Creates the proposal and takes it through its life up to the idea's final status. */
  private void enact(
      Idea idea,
      List<ObjectiveView> objectives,
      Map<String, Long> departments,
      List<String> scorers,
      Random random,
      Map<ProposalStatus, Integer> counts) {
    CurrentUser author = as(idea.author());
    CurrentUser pmo = as("pmo");
    ProposalView p = proposals.create(data(idea, objectives, departments, random), author);
    enacted.put(idea.title(), p.id());
    counts.merge(idea.status(), 1, Integer::sum);
    if (idea.status() == ProposalStatus.DRAFT) {
      return;
    }
    if (idea.status() == ProposalStatus.WITHDRAWN
        && idea.reason() != null
        && idea.reason().startsWith("Draft")) {
      proposals.withdraw(p.id(), idea.reason().substring(6), p.version(), author);
      return;
    }
    p = proposals.submit(p.id(), p.version(), author);
    switch (idea.status()) {
      case SUBMITTED -> {
        return;
      }
      case WITHDRAWN -> {
        proposals.withdraw(p.id(), idea.reason(), p.version(), author);
        return;
      }
      case REJECTED, DEFERRED -> {
        if (idea.scored()) {
          p = evaluate(p, idea, scorers, random, pmo);
        }
        proposals.triage(
            p.id(), new TriageData(idea.status(), idea.reason(), null), p.version(), pmo);
        return;
      }
      default -> {}
    }
    p = evaluate(p, idea, scorers, random, pmo);
    if (idea.status() == ProposalStatus.APPROVED) {
      proposals.approve(p.id(), idea.reason(), p.version(), pmo);
    }
  }

  /** Takes the proposal into evaluation and has two or three people score it. */
  private ProposalView evaluate(
      ProposalView p, Idea idea, List<String> scorers, Random random, CurrentUser pmo) {
    p =
        proposals.triage(
            p.id(), new TriageData(ProposalStatus.UNDER_EVALUATION, null, null), p.version(), pmo);
    int count = 2 + random.nextInt(2);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; chosen.size() < count; i++) {
      String s = scorers.get((idea.title().length() + i) % scorers.size());
      if (!s.equals(idea.author())
          && !person(s).displayName().equals(idea.author())
          && !chosen.contains(s)) {
        chosen.add(s);
      }
    }
    evaluation.assignScorers(p.id(), chosen.stream().map(s -> person(s).id()).toList(), pmo);
    for (int n = 0; n < chosen.size(); n++) {
      CurrentUser scorer = as(chosen.get(n));
      // In open evaluations the last scorer has not finished yet, now and then.
      boolean finish =
          idea.status() != ProposalStatus.UNDER_EVALUATION
              || n < chosen.size() - 1
              || random.nextInt(3) > 0;
      ScoreSheetView sheet = evaluation.mySheet(p.id(), scorer);
      List<ScoreSheetData.Entry> entries = new ArrayList<>();
      for (int k = 0; k < sheet.rows().size(); k++) {
        ScoreSheetView.Row row = sheet.rows().get(k);
        if (!finish && k >= sheet.rows().size() - 1) {
          break;
        }
        double quality = idea.quality() + (random.nextGaussian() * 0.12);
        if (idea.contested() && k == 1) {
          quality = n % 2 == 0 ? 0.95 : 0.1; // the scorers see the returns very differently
        }
        int span = row.scaleMax() - row.scaleMin();
        int value = row.scaleMin() + (int) Math.round(Math.max(0, Math.min(1, quality)) * span);
        entries.add(
            new ScoreSheetData.Entry(
                row.criterionId(), value, comment(row.criterion(), value, span, row.scaleMin())));
      }
      sheet =
          evaluation.saveMySheet(
              p.id(), new ScoreSheetData(entries, null), sheet.version(), scorer);
      if (finish) {
        evaluation.submitMySheet(p.id(), sheet.version(), scorer);
      }
    }
    return proposals.get(p.id(), pmo);
  }

  private static String comment(String criterion, int value, int span, int min) {
    double share = (double) (value - min) / span;
    if (share >= 0.75) return "Strong on " + criterion.toLowerCase() + ".";
    if (share <= 0.25) return "Weak on " + criterion.toLowerCase() + "; needs a better case.";
    return null;
  }

  private ProposalData data(
      Idea idea, List<ObjectiveView> objectives, Map<String, Long> departments, Random random) {
    int start = idea.round() + 1;
    List<ProposalData.CostLine> costs = new ArrayList<>();
    long invest = idea.investment() * 1000L;
    costs.add(
        new ProposalData.CostLine(
            String.valueOf(start), money(invest * 0.7), money(invest * 0.05)));
    costs.add(
        new ProposalData.CostLine(
            String.valueOf(start + 1), money(invest * 0.3), money(invest * 0.08)));
    costs.add(new ProposalData.CostLine(String.valueOf(start + 2), null, money(invest * 0.08)));
    List<ProposalData.BenefitLine> benefits = new ArrayList<>();
    long yearly = idea.benefit() * 1000L;
    for (int y = 1; y <= 4; y++) {
      double ramp = y == 1 ? 0.4 : 1.0;
      benefits.add(new ProposalData.BenefitLine(String.valueOf(start + y), money(yearly * ramp)));
    }
    List<ProposalData.ObjectiveContribution> served = new ArrayList<>();
    for (int k = 0; k < idea.objectives().length; k++) {
      served.add(
          new ProposalData.ObjectiveContribution(
              objectives.get(idea.objectives()[k]).id(),
              k == 0 ? 4 + random.nextInt(2) : 2 + random.nextInt(2)));
    }
    List<ProposalData.ResourceDemand> demand = new ArrayList<>();
    for (String role : idea.roles()) {
      demand.add(
          new ProposalData.ResourceDemand(
              role,
              String.valueOf(start),
              BigDecimal.valueOf(1 + random.nextInt(4)).divide(BigDecimal.valueOf(2)),
              DemandUnit.FTE));
      demand.add(
          new ProposalData.ResourceDemand(
              role,
              String.valueOf(start + 1),
              BigDecimal.valueOf(1 + random.nextInt(2)).divide(BigDecimal.valueOf(2)),
              DemandUnit.FTE));
    }
    List<ProposalData.Risk> risks = new ArrayList<>();
    for (String risk : idea.risks()) {
      risks.add(new ProposalData.Risk(risk, 1 + random.nextInt(5), 2 + random.nextInt(4)));
    }
    return new ProposalData(
        idea.title(),
        idea.problem(),
        idea.scope(),
        person(Ideas.sponsorOf(idea.dept())).id(),
        departments.get(idea.dept()),
        new BigDecimal("8"),
        "EUR",
        null,
        null,
        served,
        List.of("Do nothing: " + idea.doNothing(), idea.alternative()),
        costs,
        benefits,
        risks,
        demand,
        Optional.ofNullable(NEEDS.get(idea.title()))
            .map(enacted::get)
            .map(
                id ->
                    List.of(
                        new ProposalData.Dependency(
                            DependencyKind.PROPOSAL, id, "Reuses its sensor network and data")))
            .orElse(List.of()),
        null);
  }

  private static BigDecimal money(double amount) {
    return BigDecimal.valueOf(Math.round(amount / 100.0) * 100L);
  }
}

package org.cairnpmo.control.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.DependencyDirection;
import org.cairnpmo.control.DependencyStatus;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.Proximity;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.ResponseStrategy;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.domain.Assumption;
import org.cairnpmo.control.domain.AssumptionData;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.ControlDemoStore;
import org.cairnpmo.control.domain.Decision;
import org.cairnpmo.control.domain.DecisionData;
import org.cairnpmo.control.domain.Dependency;
import org.cairnpmo.control.domain.DependencyData;
import org.cairnpmo.control.domain.Issue;
import org.cairnpmo.control.domain.IssueData;
import org.cairnpmo.control.domain.Milestone;
import org.cairnpmo.control.domain.MilestoneData;
import org.cairnpmo.control.domain.MilestoneDemoStore;
import org.cairnpmo.control.domain.OccurrenceData;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.ReportPeriod;
import org.cairnpmo.control.domain.ReportSchedule;
import org.cairnpmo.control.domain.ReportingCadence;
import org.cairnpmo.control.domain.Risk;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.control.domain.StatusReport;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.control.domain.SuggestedRatings;
import org.cairnpmo.control.domain.SuggestedRatings.DimensionSuggestion;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.projects.SyntheticProjectLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Project control for the demo organization, loaded after the base demo: a reporting cadence for
 * every active project with up to a year of status reports whose ratings drift and recover like
 * real ones (a few projects are behind on their reports, so the overdue list and the reminders have
 * something to show), and a RAID log per live project: risks all over the heat map, issues (some
 * overdue), assumptions, decisions, dependencies between projects and a few escalations.
 *
 * <p>Deterministic (fixed seed, dates relative to today), all or nothing in one transaction, and
 * loaded once: when project control holds any data, nothing is added.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ControlDemoData {

  /** The words of the demo, from {@code demo/control-texts.yml}. */
  private static final DemoResource.Texts TEXTS = DemoResource.texts("control-texts.yml");

  private static final Logger log = LoggerFactory.getLogger(ControlDemoData.class);
  private static final long SEED = 20_261_126L;
  private static final ZoneId ZONE = ZoneId.systemDefault();

  private final ControlDemoStore store;
  private final MilestoneDemoStore milestoneStore;
  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final TransactionTemplate transaction;
  private final Clock clock;

  /** Loads after every project of the register, governed. */
  @EventListener
  DemoLoaded.Control on(DemoLoaded.Governance loaded) {
    loadIfMissing();
    return new DemoLoaded.Control();
  }

  void loadIfMissing() {
    Optional<UserSummary> pmo = identity.userByUsername("pmo");
    if (pmo.isEmpty()) {
      log.warn("Demo project control: the demo people are missing; nothing loaded.");
      return;
    }
    boolean needsMilestones = milestoneStore.isEmpty();
    boolean needsLog = store.isEmpty();
    if (!needsMilestones && !needsLog) {
      log.info("Demo project control: status reports and RAID logs are already loaded.");
      return;
    }
    // Read once: with thousands of synthetic projects, paging through the register is the slow
    // part.
    List<ProjectView> all = allProjects(pmo.get().asCurrentUser());
    if (needsMilestones) {
      loadMilestones(all);
    }
    if (!needsLog) {
      log.info("Demo project control: status reports and RAID logs are already loaded.");
      return;
    }
    long started = System.nanoTime();
    try {
      Summary summary = transaction.execute(status -> load(all));
      log.info(
          "Demo project control: loaded in {} ms: {} cadences, {} status reports ({} overdue"
              + " periods left open), {} risks, {} issues, {} assumptions, {} decisions, {}"
              + " dependencies, {} escalations.",
          (System.nanoTime() - started) / 1_000_000,
          summary.cadences,
          summary.reports,
          summary.skipped,
          summary.risks,
          summary.issues,
          summary.assumptions,
          summary.decisions,
          summary.dependencies,
          summary.escalations);
    } catch (RuntimeException e) {
      log.error(
          "Demo project control was not loaded; nothing of it was kept: {}", e.getMessage(), e);
    }
  }

  /** What was loaded, for the log. */
  private static final class Summary {
    int cadences;
    int reports;
    int skipped;
    int risks;
    int issues;
    int assumptions;
    int decisions;
    int dependencies;
    int escalations;
  }

  private Summary load(List<ProjectView> all) {
    Map<Long, UserSummary> people = new java.util.HashMap<>();
    identity.activeUsers().forEach(u -> people.put(u.id(), u));
    Random random = new Random(SEED);
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    Summary summary = new Summary();
    long pmId = identity.userByUsername("pm").map(UserSummary::id).orElse(-1L);

    List<ProjectView> active =
        all.stream().filter(p -> p.status() == ProjectStatus.ACTIVE).toList();
    int pmLate = 0;
    int othersLate = 0;
    for (int n = 0; n < active.size(); n++) {
      ProjectView project = active.get(n);
      boolean isPm = project.managerId() != null && project.managerId() == pmId;
      // A few projects are behind on their reports: one of pm's, four of the others'.
      int late = 0;
      if (isPm && pmLate == 0) {
        late = 2;
        pmLate++;
      } else if (!isPm && othersLate < 4 && n % 3 == 1) {
        late = 1 + othersLate % 2;
        othersLate++;
      }
      reportHistory(project, people, random, today, late, summary);
    }

    List<ProjectView> live = all.stream().filter(p -> RaidLog.LIVE.contains(p.status())).toList();
    for (ProjectView project : live) {
      raidLog(project, people, random, today, summary);
    }
    dependencies(live, random, today, summary);
    return summary;
  }

  private List<ProjectView> allProjects(CurrentUser pmo) {
    List<ProjectView> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      Page<ProjectView> found =
          projects.search(ProjectFilter.none(), PageRequest.of(page, 200), pmo);
      // Synthetic projects get their control data in bulk from SyntheticControlData.
      found.getContent().stream()
          .filter(p -> !p.code().startsWith(SyntheticProjectLoad.PREFIX))
          .forEach(all::add);
      if (!found.hasNext()) {
        return all;
      }
    }
  }

  // ================================================================ milestones

  private static final String[] MILESTONES = TEXTS.list("milestones");

  /**
   * 3–6 milestones per project spread over its planned span: those already behind it completed
   * (some late), the open ones of a few projects slipping and of one or two ahead of plan.
   */
  private void loadMilestones(List<ProjectView> projects) {
    long started = System.nanoTime();
    try {
      int count =
          transaction.execute(
              status -> {
                Random random = new Random(SEED + 1);
                LocalDate today = LocalDate.now(clock.withZone(ZONE));
                Instant now = clock.instant();
                List<Milestone> all = new ArrayList<>();
                for (ProjectView project : projects) {
                  all.addAll(milestones(project, random, today, now));
                }
                milestoneStore.save(all);
                return all.size();
              });
      log.info(
          "Demo project control: {} milestones loaded in {} ms.",
          count,
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      log.error("Demo milestones were not loaded; none of them was kept: {}", e.getMessage(), e);
    }
  }

  static List<Milestone> milestones(
      ProjectView project, Random random, LocalDate today, Instant now) {
    LocalDate start = project.plannedStart() != null ? project.plannedStart() : today;
    LocalDate finish =
        project.plannedFinish() != null && project.plannedFinish().isAfter(start)
            ? project.plannedFinish()
            : start.plusMonths(9);
    long span = java.time.temporal.ChronoUnit.DAYS.between(start, finish);
    int count = 3 + random.nextInt(4);
    boolean proposed = project.status() == ProjectStatus.PROPOSED;
    boolean closed = project.status() == ProjectStatus.CLOSED;
    // Most projects drift a little; about a third slip badly, a few run ahead.
    int drift =
        switch (random.nextInt(6)) {
          case 0, 1 -> 12 + random.nextInt(30);
          case 2 -> -(3 + random.nextInt(8));
          default -> random.nextInt(5);
        };
    List<Milestone> list = new ArrayList<>();
    int first = count >= 5 ? 0 : 1;
    for (int i = 0; i < count; i++) {
      String name = MILESTONES[Math.min(first + i * (MILESTONES.length - first) / count, 7)];
      if (i == count - 1) {
        name = "Go-live";
      }
      LocalDate baseline = start.plusDays(span * (i + 1) / count);
      int slip = proposed ? 0 : drift * (i + 1) / count + random.nextInt(3) - 1;
      LocalDate expected = baseline.plusDays(slip);
      LocalDate completed = null;
      LocalDate forecast = expected;
      if (!proposed && (closed || expected.isBefore(today))) {
        completed = expected.isBefore(today) ? expected : today.minusDays(1);
        forecast = baseline;
      } else if (expected.isBefore(today)) {
        forecast = today.plusDays(7 + random.nextInt(21));
      }
      list.add(
          Milestone.plan(
              project.id(),
              new MilestoneData(name, baseline, forecast, completed, null),
              "demo",
              now));
    }
    return list;
  }

  // ================================================================ status reports

  private static final Cadence[] CADENCES = {
    Cadence.BIWEEKLY, Cadence.WEEKLY, Cadence.MONTHLY, Cadence.BIWEEKLY, Cadence.MONTHLY
  };

  private void reportHistory(
      ProjectView project,
      Map<Long, UserSummary> people,
      Random random,
      LocalDate today,
      int late,
      Summary summary) {
    Cadence cadence = CADENCES[(int) (project.id() % CADENCES.length)];
    LocalDate yearAgo = today.minusYears(1);
    LocalDate from =
        project.plannedStart() != null && project.plannedStart().isAfter(yearAgo)
            ? project.plannedStart()
            : yearAgo;
    if (cadence != Cadence.MONTHLY) {
      from = from.with(DayOfWeek.MONDAY);
    }
    String manager = username(people, project.managerId(), "pmo");
    Instant setAt = at(from.minusDays(3), 10);
    ReportingCadence saved =
        store.save(
            ReportingCadence.set(
                project.id(),
                new CadenceData(cadence, from, CadenceData.DEFAULT_DUE_DAYS, null),
                from,
                manager,
                setAt));
    summary.cadences++;
    ReportSchedule schedule = saved.schedule();

    // The project's health drifts: a "trouble" spell comes once for most projects.
    Map<RatingDimension, Rag> state = new EnumMap<>(RatingDimension.class);
    for (RatingDimension d : RatingDimension.values()) {
      state.put(d, Rag.GREEN);
    }
    List<ReportPeriod> ended = schedule.endedBy(today);
    int troubleStart = ended.isEmpty() ? 0 : random.nextInt(Math.max(1, ended.size()));
    int troubleLength = 2 + random.nextInt(5);
    RatingDimension troubled = pick(random, RatingDimension.values(), 1);

    List<StatusReport> reports = new ArrayList<>();
    for (int i = 0; i < ended.size(); i++) {
      ReportPeriod period = ended.get(i);
      boolean overdueNow = period.isOverdueOn(today);
      int fromEnd = ended.size() - 1 - i;
      if (overdueNow && fromEnd < late) {
        summary.skipped++;
        continue; // left for the overdue list
      }
      boolean inTrouble = i >= troubleStart && i < troubleStart + troubleLength;
      drift(state, random, inTrouble, troubled);
      Rag overall = worstOf(state);
      // The rules "suggest" what the measures said; now and then the manager judges otherwise.
      Map<RatingDimension, Rag> suggested = new EnumMap<>(state);
      suggested.put(RatingDimension.OVERALL, overall);
      Map<RatingDimension, Rag> chosen = new EnumMap<>(suggested);
      Map<RatingDimension, String> reasons = new EnumMap<>(RatingDimension.class);
      if (overall != Rag.GREEN && random.nextInt(100) < 25) {
        chosen.put(RatingDimension.OVERALL, Rag.values()[overall.ordinal() - 1]);
        reasons.put(RatingDimension.OVERALL, pickText(random, OVERALL_OVERRIDE_REASONS));
      }
      boolean draftNow = !overdueNow && random.nextInt(100) < 50;
      StatusReportData data =
          data(
              period,
              chosen,
              reasons,
              random,
              inTrouble,
              troubled,
              chosen.get(RatingDimension.OVERALL));
      SuggestedRatings suggestion = suggestions(period.end(), suggested);
      Instant created = at(period.end(), 15 + random.nextInt(3));
      StatusReport report =
          StatusReport.draft(project.id(), period, data, suggestion, manager, created);
      if (!draftNow) {
        int delay = random.nextInt(100) < 12 ? 3 + random.nextInt(4) : random.nextInt(3);
        LocalDate submittedOn = period.end().plusDays(delay);
        if (submittedOn.isAfter(today)) {
          submittedOn = today;
        }
        report.submit(manager, at(submittedOn, 9 + random.nextInt(8)));
        LocalDate reviewOn = submittedOn.plusDays(1 + random.nextInt(3));
        if (reviewOn.isBefore(today) && (fromEnd > 0 || random.nextInt(100) < 40)) {
          if (random.nextInt(100) < 6) {
            Instant returned = at(reviewOn, 11);
            report.returnToDraft(pickText(random, RETURN_COMMENTS), "pmo", returned);
            report.submit(manager, at(reviewOn.plusDays(1), 10));
            reviewOn = reviewOn.plusDays(2);
          }
          if (reviewOn.isBefore(today)) {
            report.review(pickText(random, REVIEW_COMMENTS), "pmo", at(reviewOn, 14));
          }
        }
      }
      reports.add(report);
    }
    store.saveReports(reports);
    summary.reports += reports.size();
  }

  private static void drift(
      Map<RatingDimension, Rag> state, Random random, boolean inTrouble, RatingDimension troubled) {
    for (RatingDimension d : RatingDimension.values()) {
      if (d == RatingDimension.OVERALL) {
        continue;
      }
      Rag now = state.get(d);
      int roll = random.nextInt(100);
      Rag next = now;
      if (inTrouble && d == troubled) {
        next = roll < 55 ? up(now) : now;
      } else if (now != Rag.GREEN) {
        next = roll < 45 ? down(now) : roll < 55 ? up(now) : now;
      } else if (roll < 6) {
        next = Rag.AMBER;
      }
      state.put(d, next);
    }
  }

  private static Rag up(Rag r) {
    return r == Rag.RED ? Rag.RED : Rag.values()[r.ordinal() + 1];
  }

  private static Rag down(Rag r) {
    return r == Rag.GREEN ? Rag.GREEN : Rag.values()[r.ordinal() - 1];
  }

  private static Rag worstOf(Map<RatingDimension, Rag> state) {
    Rag worst = Rag.GREEN;
    for (Map.Entry<RatingDimension, Rag> e : state.entrySet()) {
      if (e.getKey() != RatingDimension.OVERALL) {
        worst = Rag.worst(worst, e.getValue());
      }
    }
    return worst;
  }

  private static SuggestedRatings suggestions(LocalDate asOf, Map<RatingDimension, Rag> rated) {
    List<DimensionSuggestion> dimensions = new ArrayList<>();
    for (RatingDimension d : RatingDimension.values()) {
      // As in a Cairn without earned value yet: cost, scope and resources have no rule.
      boolean ruled =
          d == RatingDimension.OVERALL
              || d == RatingDimension.SCHEDULE
              || d == RatingDimension.RISK;
      dimensions.add(new DimensionSuggestion(d, ruled ? rated.get(d) : null, List.of()));
    }
    return new SuggestedRatings(asOf, List.of(), dimensions);
  }

  private static StatusReportData data(
      ReportPeriod period,
      Map<RatingDimension, Rag> r,
      Map<RatingDimension, String> reasons,
      Random random,
      boolean inTrouble,
      RatingDimension troubled,
      Rag overall) {
    String summary =
        switch (overall) {
          case GREEN -> pickText(random, GREEN_SUMMARIES);
          case AMBER ->
              pickText(random, AMBER_SUMMARIES).replace("{dim}", lower(troubledLabel(r, troubled)));
          case RED ->
              pickText(random, RED_SUMMARIES).replace("{dim}", lower(troubledLabel(r, troubled)));
        };
    String decisions =
        overall == Rag.RED || (inTrouble && random.nextInt(100) < 40)
            ? pickText(random, DECISIONS_NEEDED)
            : null;
    return StatusReportData.of(
        period.start(),
        period.end(),
        r::get,
        reasons::get,
        new StatusReportData.Texts(
            summary, pickText(random, ACCOMPLISHMENTS), pickText(random, NEXT_STEPS), decisions),
        null);
  }

  private static String troubledLabel(Map<RatingDimension, Rag> r, RatingDimension troubled) {
    RatingDimension worst = troubled;
    for (RatingDimension d : RatingDimension.values()) {
      if (d != RatingDimension.OVERALL && r.get(d).severity() > r.get(worst).severity()) {
        worst = d;
      }
    }
    return worst.label();
  }

  // ================================================================ RAID logs

  private void raidLog(
      ProjectView project,
      Map<Long, UserSummary> people,
      Random random,
      LocalDate today,
      Summary summary) {
    List<Long> team =
        project.members().stream()
            .filter(m -> m.role() != MembershipRole.STAKEHOLDER)
            .map(ProjectView.MemberView::userId)
            .toList();
    if (team.isEmpty()) {
      return;
    }
    String manager = username(people, project.managerId(), "pmo");
    Long managerId = project.managerId() != null ? project.managerId() : team.get(0);
    LocalDate started =
        project.plannedStart() == null ? today.minusMonths(6) : project.plannedStart();
    if (started.isAfter(today)) {
      started = today.minusDays(20);
    }

    // Risks: across the heat map, most of them medium.
    int riskCount = 3 + random.nextInt(6);
    List<Risk> risks = new ArrayList<>();
    for (int i = 0; i < riskCount; i++) {
      String[] t = RISKS[random.nextInt(RISKS.length)];
      int probability = 1 + weighted(random);
      int impact = 1 + weighted(random);
      Long owner = team.get(random.nextInt(team.size()));
      LocalDate loggedOn = between(random, started, today);
      List<RiskData.ActionData> actions = new ArrayList<>();
      if (probability * impact > 6) {
        actions.add(
            new RiskData.ActionData(
                t[4], owner, loggedOn.plusDays(14 + random.nextInt(60)), random.nextBoolean()));
      }
      boolean closed = random.nextInt(100) < 15;
      RiskData data =
          new RiskData(
              t[0],
              t[1],
              t[2],
              t[3],
              probability,
              impact,
              random.nextBoolean() ? today.plusDays(10 + random.nextInt(150)) : null,
              null,
              owner,
              probability * impact > 12
                  ? ResponseStrategy.MITIGATE
                  : STRATEGIES[random.nextInt(STRATEGIES.length)],
              actions,
              probability * impact > 8 ? Math.max(1, probability - 2) : null,
              probability * impact > 8 ? Math.max(1, impact - 1) : null,
              null,
              null);
      if (data.proximityDate() == null) {
        data = withProximity(data, Proximity.values()[random.nextInt(3)]);
      }
      Risk risk =
          Risk.log(project.id(), data, owner, username(people, owner, manager), at(loggedOn, 11));
      if (closed) {
        risk.revise(
            withStatus(data, RiskStatus.CLOSED),
            owner,
            manager,
            at(today.minusDays(random.nextInt(30) + 1), 16));
      }
      risks.add(risk);
    }
    risks = store.saveRisks(risks);
    summary.risks += risks.size();

    List<Issue> issues = new ArrayList<>();
    // One open risk occasionally "occurred" and became an issue.
    Risk occurred =
        risks.stream()
            .filter(r -> r.getStatus() == RiskStatus.OPEN && r.getScore() >= 9)
            .findFirst()
            .orElse(null);
    if (occurred != null && random.nextInt(100) < 35) {
      Issue fromRisk =
          occurred.occur(
              new OccurrenceData(
                  null, null, null, null, today.plusDays(5 + random.nextInt(20)), false, null),
              occurred.getOwnerId(),
              manager,
              at(today.minusDays(2 + random.nextInt(20)), 9));
      issues.add(fromRisk);
    }
    int issueCount = 1 + random.nextInt(4);
    for (int i = 0; i < issueCount; i++) {
      String[] t = ISSUES[random.nextInt(ISSUES.length)];
      IssueSeverity severity = IssueSeverity.values()[weighted(random) % 4];
      LocalDate loggedOn = between(random, started, today);
      LocalDate due = loggedOn.plusDays(7 + random.nextInt(40));
      Long owner = team.get(random.nextInt(team.size()));
      Issue issue =
          Issue.log(
              project.id(),
              new IssueData(t[0], t[1], severity, owner, due, null, null, null),
              owner,
              username(people, owner, manager),
              at(loggedOn, 10));
      if (due.isBefore(today)
          && random.nextInt(100) < (due.isBefore(today.minusDays(30)) ? 92 : 50)) {
        issue.revise(
            new IssueData(t[0], t[1], severity, owner, due, t[2], IssueStatus.RESOLVED, null),
            owner,
            username(people, owner, manager),
            at(due.minusDays(random.nextInt(3)), 15));
      }
      issues.add(issue);
    }

    // A few escalations: the worst open risk of some projects, a critical issue here and there.
    Risk worst =
        risks.stream()
            .filter(r -> r.getStatus() == RiskStatus.OPEN)
            .max(java.util.Comparator.comparingInt(Risk::getScore))
            .orElse(null);
    if (worst != null && worst.getScore() >= 16 && random.nextInt(100) < 30) {
      worst.escalate(
          managerId,
          pickText(random, ESCALATION_NOTES),
          manager,
          at(today.minusDays(1 + random.nextInt(25)), 12));
      summary.escalations++;
    }
    store.saveRisks(risks);
    for (Issue issue : issues) {
      if (issue.getSeverity() == IssueSeverity.CRITICAL
          && issue.getStatus() == IssueStatus.OPEN
          && random.nextInt(100) < 20) {
        issue.escalate(
            managerId,
            pickText(random, ISSUE_ESCALATION_NOTES),
            manager,
            at(today.minusDays(1 + random.nextInt(10)), 13));
        summary.escalations++;
      }
    }
    List<Issue> savedIssues = store.saveIssues(issues);
    for (Issue issue : savedIssues) {
      if (issue.getRiskId() != null) {
        risks.stream()
            .filter(r -> r.getId().equals(issue.getRiskId()))
            .findFirst()
            .ifPresent(r -> r.linkIssue(issue.getId()));
      }
    }
    store.saveRisks(risks);
    summary.issues += savedIssues.size();

    List<Assumption> assumptions = new ArrayList<>();
    int assumptionCount = 1 + random.nextInt(3);
    for (int i = 0; i < assumptionCount; i++) {
      Long owner = team.get(random.nextInt(team.size()));
      LocalDate loggedOn = between(random, started, today);
      boolean validated = random.nextInt(100) < 45;
      assumptions.add(
          Assumption.log(
              project.id(),
              new AssumptionData(
                  ASSUMPTIONS[random.nextInt(ASSUMPTIONS.length)], owner, validated, null),
              owner,
              managerId,
              username(people, owner, manager),
              validated ? between(random, loggedOn, today) : loggedOn,
              at(loggedOn, 10)));
    }
    store.saveAssumptions(assumptions);
    summary.assumptions += assumptions.size();

    List<Decision> decisions = new ArrayList<>();
    int decisionCount = 1 + random.nextInt(3);
    for (int i = 0; i < decisionCount; i++) {
      String[] t = DECISIONS[random.nextInt(DECISIONS.length)];
      LocalDate on = between(random, started, today);
      decisions.add(
          Decision.log(
              project.id(),
              new DecisionData(
                  t[0], t[1], DECIDERS[random.nextInt(DECIDERS.length)], on, t[2], managerId, null),
              managerId,
              manager,
              today,
              at(on, 17)));
    }
    store.saveDecisions(decisions);
    summary.decisions += decisions.size();
  }

  private void dependencies(
      List<ProjectView> live, Random random, LocalDate today, Summary summary) {
    if (live.size() < 4) {
      return;
    }
    List<Dependency> dependencies = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < 9; i++) {
      ProjectView a = live.get(random.nextInt(live.size()));
      ProjectView b = live.get(random.nextInt(live.size()));
      if (a.id() == b.id() || !seen.add(a.id() + "/" + b.id())) {
        continue;
      }
      String[] t = DEPENDENCIES[random.nextInt(DEPENDENCIES.length)];
      LocalDate needBy = today.plusDays(-20 + random.nextInt(120));
      Long owner = a.managerId();
      Dependency d =
          Dependency.log(
              a.id(),
              new DependencyData(
                  i % 3 == 2 ? DependencyDirection.DEPENDED_ON_BY : DependencyDirection.DEPENDS_ON,
                  b.id(),
                  t[0] + " from " + b.code() + " (" + t[1] + ")",
                  needBy,
                  needBy.isBefore(today.minusDays(10)) ? DependencyStatus.MET : null,
                  owner,
                  null),
              owner,
              "pmo",
              at(today.minusDays(30 + random.nextInt(90)), 10));
      if (needBy.isBefore(today.minusDays(10))) {
        d.revise(
            new DependencyData(
                d.getDirection(),
                b.id(),
                d.getDescription(),
                needBy,
                DependencyStatus.MET,
                owner,
                null),
            owner,
            "pmo",
            at(needBy, 12));
      }
      if (i == 4 && owner != null) {
        d.escalate(
            owner,
            "Both projects need the same integration team in the same month.",
            "pmo",
            at(today.minusDays(6), 9));
        summary.escalations++;
      }
      dependencies.add(d);
    }
    store.saveDependencies(dependencies);
    summary.dependencies += dependencies.size();
  }

  // ================================================================ helpers

  private static RiskData withProximity(RiskData d, Proximity proximity) {
    return adjusted(d, null, proximity, d.status());
  }

  private static RiskData withStatus(RiskData d, RiskStatus status) {
    return adjusted(d, d.proximityDate(), d.proximity(), status);
  }

  /** The risk with another proximity and status, all else as it was. */
  private static RiskData adjusted(
      RiskData d, LocalDate proximityDate, Proximity proximity, RiskStatus status) {
    return new RiskData(
        d.title(),
        d.cause(),
        d.event(),
        d.effect(),
        d.probability(),
        d.impact(),
        proximityDate,
        proximity,
        d.ownerId(),
        d.strategy(),
        d.actions(),
        d.residualProbability(),
        d.residualImpact(),
        status,
        d.version());
  }

  /** 0..4, most often 1..3. */
  private static int weighted(Random random) {
    int[] bag = {0, 1, 1, 2, 2, 2, 3, 3, 4};
    return bag[random.nextInt(bag.length)];
  }

  private static LocalDate between(Random random, LocalDate from, LocalDate to) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? to : from.plusDays(random.nextInt((int) Math.min(days, 3650)));
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
  }

  private static String username(Map<Long, UserSummary> people, Long id, String fallback) {
    UserSummary user = id == null ? null : people.get(id);
    return user == null ? fallback : user.username();
  }

  private static <T> T pick(Random random, T[] values, int skipFirst) {
    return values[skipFirst + random.nextInt(values.length - skipFirst)];
  }

  private static String pickText(Random random, String[] texts) {
    return texts[random.nextInt(texts.length)];
  }

  private static String lower(String text) {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  // ================================================================ words

  private static final ResponseStrategy[] STRATEGIES = {
    ResponseStrategy.MITIGATE, ResponseStrategy.ACCEPT, ResponseStrategy.TRANSFER,
    ResponseStrategy.AVOID, ResponseStrategy.MITIGATE, ResponseStrategy.ESCALATE
  };

  /** title, cause, event, effect, action */
  private static final String[][] RISKS = TEXTS.table("risks");

  /** title, description, resolution */
  private static final String[][] ISSUES = TEXTS.table("issues");

  private static final String[] ASSUMPTIONS = TEXTS.list("assumptions");

  /** what, why, alternatives */
  private static final String[][] DECISIONS = TEXTS.table("decisions");

  private static final String[] DECIDERS = TEXTS.list("deciders");

  /** what, why */
  private static final String[][] DEPENDENCIES = TEXTS.table("dependencies");

  private static final String[] GREEN_SUMMARIES = TEXTS.list("greenSummaries");

  private static final String[] AMBER_SUMMARIES = TEXTS.list("amberSummaries");

  private static final String[] RED_SUMMARIES = TEXTS.list("redSummaries");

  private static final String[] ACCOMPLISHMENTS = TEXTS.list("accomplishments");

  private static final String[] NEXT_STEPS = TEXTS.list("nextSteps");

  private static final String[] DECISIONS_NEEDED = TEXTS.list("decisionsNeeded");

  private static final String[] OVERALL_OVERRIDE_REASONS = TEXTS.list("overallOverrideReasons");

  private static final String[] ESCALATION_NOTES = TEXTS.list("escalationNotes");

  private static final String[] ISSUE_ESCALATION_NOTES = TEXTS.list("issueEscalationNotes");

  private static final String[] REVIEW_COMMENTS = TEXTS.list("reviewComments");

  private static final String[] RETURN_COMMENTS = TEXTS.list("returnComments");
}

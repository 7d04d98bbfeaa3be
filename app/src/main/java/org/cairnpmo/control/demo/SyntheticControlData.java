package org.cairnpmo.control.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.ReportPeriod;
import org.cairnpmo.control.domain.ReportSchedule;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoProperties;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.projects.ProjectOutline;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.projects.SyntheticProjectLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Project control for the synthetic projects of {@code cairn.demo.projects=N} (codes {@code
 * SYN-...}): a monthly cadence, a year of submitted and reviewed status reports whose ratings
 * follow a random walk, a few RAID entries (risks, an issue or two, a decision) and 3–5 milestones.
 *
 * <p>Written with JDBC batches straight into project control's tables, {@value
 * SyntheticProjectLoad#CHUNK} projects per transaction, because thousands of projects through the
 * entities would take far too long. Deterministic (one seed per project number, dates relative to
 * today) and idempotent: a synthetic project that has a reporting cadence already has its data and
 * is left alone. Runs after the synthetic projects exist and after the demo's own control data.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
@RequiredArgsConstructor
class SyntheticControlData {

  /** The words of the demo, from {@code demo/synthetic-control-texts.yml}. */
  private static final DemoResource.Texts TEXTS = DemoResource.texts("synthetic-control-texts.yml");

  private static final int DUE_DAYS = 5;
  private static final String BY = "demo";
  private static final ZoneId ZONE = ZoneId.systemDefault();
  private static final Logger log = LoggerFactory.getLogger(SyntheticControlData.class);

  private static final String[] RISKS = TEXTS.list("risks");
  private static final String[] ISSUES = TEXTS.list("issues");
  private static final String[] DECISIONS = TEXTS.list("decisions");
  private static final String[] MILESTONES = TEXTS.list("milestones");
  private static final String[] GOOD = TEXTS.list("good");
  private static final String[] WATCH = TEXTS.list("watch");
  private static final String[] BAD = TEXTS.list("bad");

  private final JdbcTemplate jdbc;
  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final TransactionTemplate transaction;
  private final DemoProperties demo;
  private final Clock clock;

  /** Loads after the demo's own control data. */
  @EventListener
  DemoLoaded.SyntheticControl on(DemoLoaded.Control loaded) {
    loadIfMissing();
    return new DemoLoaded.SyntheticControl();
  }

  void loadIfMissing() {
    SyntheticProjectLoad.ifWanted(
        demo.projects(),
        log,
        "Synthetic project control",
        load -> ensure(load, LocalDate.now(clock.withZone(ZONE))));
  }

  /** Adds control data to every synthetic project that has none; returns how many got it. */
  int ensure(SyntheticProjectLoad load, LocalDate today) {
    Set<Long> done =
        new HashSet<>(
            jdbc.queryForList("select project_id from ctl_reporting_cadence", Long.class));
    List<ProjectOutline> targets =
        projects.outlinesByCodePrefix(SyntheticProjectLoad.PREFIX).stream()
            .filter(p -> !done.contains(p.id()))
            .toList();
    if (targets.isEmpty()) {
      log.info("Synthetic project control: every synthetic project has its data already.");
      return 0;
    }
    Map<Long, String> usernames = new HashMap<>();
    for (UserSummary u : identity.activeUsers()) {
      usernames.put(u.id(), u.username());
    }
    String reviewer = usernames.containsValue("pmo") ? "pmo" : BY;
    int[] totals = new int[5];
    load.inChunks(
        targets,
        chunk -> {
          Rows rows = new Rows();
          for (ProjectOutline t : chunk) {
            generate(t, today, usernames, reviewer, rows);
          }
          transaction.executeWithoutResult(status -> write(chunk, rows));
          totals[0] += rows.reports.size();
          totals[1] += rows.risks.size();
          totals[2] += rows.issues.size();
          totals[3] += rows.decisions.size();
          totals[4] += rows.milestones.size();
        });
    log.info(
        "Synthetic project control: added for {} projects in {} ms: {} status reports, {} risks,"
            + " {} issues, {} decisions, {} milestones.",
        targets.size(),
        load.millis(),
        totals[0],
        totals[1],
        totals[2],
        totals[3],
        totals[4]);
    return targets.size();
  }

  /** The rows of one chunk, by table. */
  static final class Rows {
    final List<Object[]> cadences = new ArrayList<>();
    final List<Object[]> reports = new ArrayList<>();
    final List<Object[]> risks = new ArrayList<>();
    final List<Object[]> issues = new ArrayList<>();
    final List<Object[]> decisions = new ArrayList<>();
    final List<Object[]> milestones = new ArrayList<>();
  }

  static void generate(
      ProjectOutline t, LocalDate today, Map<Long, String> usernames, String reviewer, Rows rows) {
    SplittableRandom random = new SplittableRandom(104_729L * SyntheticProjectLoad.number(t) + 17);
    Timestamp now = ts(today.atTime(LocalTime.of(6, 0)).atZone(ZONE).toInstant());
    String manager = t.managerId() == null ? BY : usernames.getOrDefault(t.managerId(), BY);
    LocalDate anchor = Cadence.MONTHLY.anchor(today.minusMonths(12));
    rows.cadences.add(
        new Object[] {t.id(), Cadence.MONTHLY.name(), date(anchor), DUE_DAYS, now, manager});

    Generated project = new Generated(t, random, today, now, manager, rows);
    if (t.status() != ProjectStatus.PROPOSED) {
      project.reports(anchor, reviewer);
    }
    project.raid();
    project.milestones();
  }

  /** Overall: red with two reds, amber with a red or two ambers, else green. */
  static int overall(int[] state) {
    int red = 0;
    int amber = 0;
    for (int s : state) {
      red += s == 2 ? 1 : 0;
      amber += s == 1 ? 1 : 0;
    }
    return red >= 2 ? 2 : (red == 1 || amber >= 2) ? 1 : 0;
  }

  private static String rag(int level) {
    return Rag.values()[level].name();
  }

  /**
   * One synthetic project as its rows are made: its outline, its own random numbers, today, the
   * time of the rows and the manager who wrote them, and the rows of its chunk.
   */
  private record Generated(
      ProjectOutline t,
      SplittableRandom random,
      LocalDate today,
      Timestamp now,
      String manager,
      Rows rows) {

    void reports(LocalDate anchor, String reviewer) {
      List<ReportPeriod> due =
          new ReportSchedule(Cadence.MONTHLY, anchor, DUE_DAYS).duePeriodsBefore(today);
      // About one active project in twelve has not delivered its latest report: it is overdue.
      int count = due.size();
      if (t.status() == ProjectStatus.ACTIVE && random.nextInt(12) == 0 && count > 0) {
        count--;
      }
      int[] state = new int[5]; // schedule, cost, scope, resources, risk: 0 green, 1 amber, 2 red
      int health = random.nextInt(10); // how troubled this project tends to be
      for (int i = 0; i < count; i++) {
        ReportPeriod period = due.get(i);
        for (int d = 0; d < state.length; d++) {
          int roll = random.nextInt(100);
          if (roll < 6 + health) {
            state[d] = Math.min(2, state[d] + 1);
          } else if (roll > 70 && state[d] > 0) {
            state[d]--;
          }
        }
        int overall = overall(state);
        Instant created = period.end().plusDays(1).atTime(9, 0).atZone(ZONE).toInstant();
        // Most reports arrive within the due days; some a few days late.
        int lateBy = random.nextInt(10) == 0 ? DUE_DAYS + 1 + random.nextInt(4) : random.nextInt(4);
        Instant submitted =
            period.end().plusDays(1 + lateBy).atTime(16, 0).atZone(ZONE).toInstant();
        boolean latest = i == count - 1;
        boolean reviewed = !latest || random.nextInt(3) > 0;
        Instant reviewedAt = reviewed ? submitted.plus(2, ChronoUnit.DAYS) : null;
        Instant updated = reviewed ? reviewedAt : submitted;
        String[] texts = overall == 0 ? GOOD : overall == 1 ? WATCH : BAD;
        rows.reports.add(
            new Object[] {
              t.id(),
              date(period.start()),
              date(period.end()),
              date(period.due()),
              reviewed ? "REVIEWED" : "SUBMITTED",
              rag(overall),
              rag(state[0]),
              rag(state[1]),
              rag(state[2]),
              rag(state[3]),
              rag(state[4]),
              texts[random.nextInt(texts.length)],
              "Work of the month completed as reported to the team.",
              "Continue with the plan for next month.",
              ts(submitted),
              manager,
              reviewedAt == null ? null : ts(reviewedAt),
              reviewedAt == null ? null : reviewer,
              ts(created),
              manager,
              ts(updated),
              reviewed ? reviewer : manager
            });
      }
    }

    void raid() {
      int risks = 2 + random.nextInt(3);
      int first = random.nextInt(RISKS.length);
      for (int i = 0; i < risks; i++) {
        int probability = 1 + random.nextInt(5);
        int impact = 1 + random.nextInt(5);
        boolean closed = random.nextInt(6) == 0;
        String title = RISKS[(first + i) % RISKS.length];
        rows.risks.add(
            new Object[] {
              t.id(),
              title,
              "Dependence on " + (i % 2 == 0 ? "an outside party" : "a few people"),
              title,
              "Delay or extra cost",
              probability,
              impact,
              probability * impact,
              new String[] {"NEAR", "MID", "FAR"}[random.nextInt(3)],
              t.managerId(),
              new String[] {"MITIGATE", "ACCEPT", "TRANSFER", "AVOID"}[random.nextInt(4)],
              closed ? "CLOSED" : "OPEN",
              now,
              manager,
              now,
              manager
            });
      }
      int issues = 1 + random.nextInt(2);
      for (int i = 0; i < issues; i++) {
        boolean resolved = random.nextInt(3) == 0;
        rows.issues.add(
            new Object[] {
              t.id(),
              ISSUES[random.nextInt(ISSUES.length)],
              "Raised in the monthly review.",
              new String[] {"LOW", "MEDIUM", "HIGH", "CRITICAL"}[random.nextInt(4)],
              t.managerId(),
              date(today.plusDays(random.nextInt(60) - 20)),
              resolved ? "Worked around with the team." : null,
              resolved ? "RESOLVED" : "OPEN",
              now,
              manager,
              now,
              manager
            });
      }
      rows.decisions.add(
          new Object[] {
            t.id(),
            DECISIONS[random.nextInt(DECISIONS.length)],
            "Lower risk for the same benefit.",
            "Steering committee",
            date(today.minusDays(10 + random.nextInt(300))),
            "Keep the current plan.",
            t.managerId(),
            now,
            manager,
            now,
            manager
          });
    }

    void milestones() {
      LocalDate start = t.plannedStart() != null ? t.plannedStart() : today;
      LocalDate finish =
          t.plannedFinish() != null && t.plannedFinish().isAfter(start)
              ? t.plannedFinish()
              : start.plusMonths(9);
      long span = ChronoUnit.DAYS.between(start, finish);
      int count = 3 + random.nextInt(3);
      boolean proposed = t.status() == ProjectStatus.PROPOSED;
      boolean closed = t.status() == ProjectStatus.CLOSED;
      int drift =
          switch (random.nextInt(6)) {
            case 0, 1 -> 10 + random.nextInt(40);
            case 2 -> -(2 + random.nextInt(8));
            default -> random.nextInt(4);
          };
      for (int i = 0; i < count; i++) {
        String name = i == count - 1 ? "Go-live" : MILESTONES[i * 4 / count];
        LocalDate baseline = start.plusDays(span * (i + 1) / count);
        LocalDate expected =
            proposed ? baseline : baseline.plusDays((long) drift * (i + 1) / count);
        LocalDate forecast = expected;
        LocalDate completed = null;
        if (!proposed && (closed || expected.isBefore(today))) {
          completed = expected.isBefore(today) ? expected : today.minusDays(1);
          forecast = baseline;
        } else if (expected.isBefore(today)) {
          forecast = today.plusDays(7 + random.nextInt(21));
        }
        rows.milestones.add(
            new Object[] {
              t.id(),
              name,
              date(baseline),
              date(forecast),
              completed == null ? null : date(completed),
              now,
              manager,
              now,
              manager
            });
      }
    }
  }

  private void write(List<ProjectOutline> chunk, Rows rows) {
    batch(
        """
        insert into ctl_reporting_cadence (project_id, cadence, starts_on, due_days, version,
          updated_at, updated_by)
        values (?, ?, ?, ?, 0, ?, ?)
        """,
        rows.cadences);
    batch(
        """
        insert into ctl_status_report (project_id, period_start, period_end, due_date, status,
          overall_rating, schedule_rating, cost_rating, scope_rating, resources_rating, risk_rating,
          overall_suggested, schedule_suggested, cost_suggested, scope_suggested,
          resources_suggested, risk_suggested,
          summary, accomplishments, next_steps, submitted_at, submitted_by, reviewed_at,
          reviewed_by, version, created_at, created_by, updated_at, updated_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?,
          ?)
        """,
        rows.reports.stream().map(SyntheticControlData::withSuggestions).toList());
    String ids = String.join(",", Collections.nCopies(chunk.size(), "?"));
    Object[] idArgs = chunk.stream().map(ProjectOutline::id).toArray();
    // The workflow history of each report, derived from its own timestamps.
    jdbc.update(
        "insert into ctl_status_report_event (report_id, sort_order, occurred_at, actor, action)"
            + " select r.id, 0, r.created_at, r.created_by, 'CREATED' from ctl_status_report r"
            + " where r.project_id in ("
            + ids
            + ")",
        idArgs);
    jdbc.update(
        "insert into ctl_status_report_event (report_id, sort_order, occurred_at, actor, action)"
            + " select r.id, 1, r.submitted_at, r.submitted_by, 'SUBMITTED'"
            + " from ctl_status_report r where r.project_id in ("
            + ids
            + ")",
        idArgs);
    jdbc.update(
        "insert into ctl_status_report_event (report_id, sort_order, occurred_at, actor, action)"
            + " select r.id, 2, r.reviewed_at, r.reviewed_by, 'REVIEWED'"
            + " from ctl_status_report r where r.reviewed_at is not null and r.project_id in ("
            + ids
            + ")",
        idArgs);
    batch(
        """
        insert into ctl_risk (project_id, title, cause, event, effect, probability, impact, score,
          proximity, owner_id, strategy, status, escalated, version, created_at, created_by,
          updated_at, updated_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?, ?, ?)
        """,
        rows.risks);
    batch(
        """
        insert into ctl_issue (project_id, title, description, severity, owner_id, due_date,
          resolution, status, escalated, version, created_at, created_by, updated_at, updated_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?, ?, ?)
        """,
        rows.issues);
    batch(
        """
        insert into ctl_decision (project_id, what_decided, rationale, decided_by, decided_on,
          alternatives, owner_id, escalated, version, created_at, created_by, updated_at,
          updated_by)
        values (?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?, ?, ?)
        """,
        rows.decisions);
    batch(
        """
        insert into ctl_milestone (project_id, name, baseline_date, forecast_date, completed_date,
          version, created_at, created_by, updated_at, updated_by)
        values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
        """,
        rows.milestones);
  }

  /** The rules' suggestions are recorded as equal to the ratings: nothing was overridden. */
  private static Object[] withSuggestions(Object[] report) {
    Object[] row = new Object[report.length + 6];
    System.arraycopy(report, 0, row, 0, 11);
    System.arraycopy(report, 5, row, 11, 6);
    System.arraycopy(report, 11, row, 17, report.length - 11);
    return row;
  }

  private void batch(String sql, List<Object[]> rows) {
    SyntheticProjectLoad.insert(jdbc, sql, rows);
  }

  private static Date date(LocalDate day) {
    return Date.valueOf(day);
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}

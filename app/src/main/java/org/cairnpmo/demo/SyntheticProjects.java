package org.cairnpmo.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code cairn.demo.projects=N}: N extra, simple synthetic projects (codes {@code SYN-000001} ...)
 * for scale tests. Thousands of them through the register's rules would take minutes, so these are
 * written with JDBC batches straight into the register's tables; each gets its manager as a member
 * and one history entry. Deterministic (one fixed seed per project number) and idempotent: only the
 * missing numbers are added.
 */
@Component
class SyntheticProjects {

  static final String PREFIX = "SYN-";
  private static final int BATCH = 1000;
  private static final Logger log = LoggerFactory.getLogger(SyntheticProjects.class);

  private static final String[] ACTIONS = {
    "Upgrade",
    "Migrate",
    "Automate",
    "Redesign",
    "Consolidate",
    "Pilot",
    "Roll out",
    "Renew",
    "Standardise",
    "Digitise"
  };
  private static final String[] OBJECTS = {
    "billing platform",
    "packaging line",
    "supplier portal",
    "test bench",
    "data warehouse",
    "field service app",
    "quality inspection",
    "spare-parts catalogue",
    "payroll interface",
    "shop-floor terminals",
    "pricing engine",
    "warehouse layout"
  };

  private final JdbcTemplate jdbc;
  private final IdentityApi identity;
  private final OrganizationApi organization;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SyntheticProjects(
      JdbcTemplate jdbc,
      IdentityApi identity,
      OrganizationApi organization,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.organization = organization;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** Makes sure {@code SYN-000001} .. {@code SYN-N} exist. */
  void ensure(int wanted) {
    long started = System.nanoTime();
    Integer existing =
        jdbc.queryForObject(
            "select count(*) from project where code like '" + PREFIX + "%'", Integer.class);
    int have = existing == null ? 0 : existing;
    if (have >= wanted) {
      log.info("Demo data: {} synthetic projects already present; nothing to add.", have);
      return;
    }
    List<Long> departments =
        organization.departments().stream().map(DepartmentSummary::id).toList();
    List<UserSummary> people = identity.activeUsers();
    List<Long> managers =
        people.stream()
            .filter(u -> u.roles().contains(Role.PROJECT_MANAGER))
            .map(UserSummary::id)
            .toList();
    List<Long> sponsors =
        people.stream()
            .filter(u -> u.roles().contains(Role.EXECUTIVE))
            .map(UserSummary::id)
            .toList();
    if (departments.isEmpty() || managers.isEmpty()) {
      log.warn("Demo data: no departments or project managers; synthetic projects skipped.");
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    List<Object[]> rows = new ArrayList<>(wanted - have);
    for (int n = have + 1; n <= wanted; n++) {
      rows.add(row(n, departments, managers, sponsors, now));
    }
    transaction.executeWithoutResult(
        status -> {
          jdbc.batchUpdate(
              """
              insert into project (code, name, description, department_id, sponsor_id, manager_id,
                category, priority, priority_rank, status, planned_start, planned_finish,
                budget_amount, budget_currency, confidential, version,
                created_at, created_by, updated_at, updated_by)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, 0, ?, 'demo', ?, 'demo')
              """,
              rows,
              BATCH,
              (ps, row) -> {
                for (int i = 0; i < row.length; i++) {
                  ps.setObject(i + 1, row[i]);
                }
              });
          jdbc.update(
              """
              insert into project_member (project_id, user_id, role)
              select p.id, p.manager_id, 'MANAGER' from project p
              where p.code like 'SYN-%' and p.manager_id is not null
                and not exists (select 1 from project_member m where m.project_id = p.id)
              """);
          jdbc.update(
              """
              insert into project_change (project_id, revision, changed_at, changed_by, field,
                old_value, new_value)
              select p.id, 0, p.created_at, 'demo', 'Project', null, 'Registered as synthetic data'
              from project p
              where p.code like 'SYN-%'
                and not exists (select 1 from project_change c where c.project_id = p.id)
              """);
        });
    log.info(
        "Demo data: added {} synthetic projects (SYN-{} .. SYN-{}) in {} ms.",
        rows.size(),
        String.format("%06d", have + 1),
        String.format("%06d", wanted),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static Object[] row(
      int n, List<Long> departments, List<Long> managers, List<Long> sponsors, OffsetDateTime now) {
    SplittableRandom random = new SplittableRandom(7_919L * n);
    ProjectStatus[] statuses = ProjectStatus.values();
    Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
    ProjectCategory category =
        ProjectCategory.values()[random.nextInt(ProjectCategory.values().length)];
    LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(4 * 365));
    LocalDate finish = start.plusDays(60 + random.nextInt(700));
    String code = PREFIX + String.format("%06d", n);
    String name =
        ACTIONS[random.nextInt(ACTIONS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)];
    return new Object[] {
      code,
      name + " (" + code + ")",
      "Synthetic project for scale tests.",
      departments.get(random.nextInt(departments.size())),
      sponsors.isEmpty() ? null : sponsors.get(random.nextInt(sponsors.size())),
      managers.get(random.nextInt(managers.size())),
      category.name(),
      priority.name(),
      priority.rank(),
      statuses[random.nextInt(statuses.length)].name(),
      start,
      finish,
      BigDecimal.valueOf(20_000L + random.nextInt(5_000) * 1_000L).setScale(2),
      random.nextInt(20) == 0,
      now,
      now
    };
  }
}

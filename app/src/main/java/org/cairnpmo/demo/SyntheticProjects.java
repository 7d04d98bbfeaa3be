package org.cairnpmo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.projects.SyntheticProject;
import org.cairnpmo.projects.SyntheticProjectLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code cairn.demo.projects=N}: N extra, simple synthetic projects (codes {@code SYN-000001} ...)
 * for scale tests. Thousands of them through the register's rules would take minutes, so these are
 * registered in bulk through the register's API; each gets its manager as a member and one history
 * entry. Deterministic (one fixed seed per project number) and idempotent: only the missing numbers
 * are added.
 */
@Component
record SyntheticProjects(ProjectsApi projects, IdentityApi identity, OrganizationApi organization) {

  static final String PREFIX = SyntheticProjectLoad.PREFIX;
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

  /** Makes sure {@code SYN-000001} .. {@code SYN-N} exist. */
  void ensure(int wanted) {
    long started = System.nanoTime();
    int have = projects.countByCodePrefix(PREFIX);
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
    List<SyntheticProject> rows = new ArrayList<>(wanted - have);
    for (int n = have + 1; n <= wanted; n++) {
      rows.add(project(n, departments, managers, sponsors));
    }
    projects.registerInBulk(rows, "demo", "Registered as synthetic data");
    log.info(
        "Demo data: added {} synthetic projects (SYN-{} .. SYN-{}) in {} ms.",
        rows.size(),
        String.format("%06d", have + 1),
        String.format("%06d", wanted),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static SyntheticProject project(
      int n, List<Long> departments, List<Long> managers, List<Long> sponsors) {
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
    return new SyntheticProject(
        code,
        name + " (" + code + ")",
        "Synthetic project for scale tests.",
        departments.get(random.nextInt(departments.size())),
        sponsors.isEmpty() ? null : sponsors.get(random.nextInt(sponsors.size())),
        managers.get(random.nextInt(managers.size())),
        category,
        priority,
        statuses[random.nextInt(statuses.length)],
        start,
        finish,
        BigDecimal.valueOf(20_000L + random.nextInt(5_000) * 1_000L).setScale(2),
        random.nextInt(20) == 0);
  }
}

package org.cairnpmo.resources.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.DemoProperties;
import org.cairnpmo.projects.ProjectOutline;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.projects.SyntheticProjectLoad;
import org.cairnpmo.resources.RequestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people of {@code cairn.demo.people=N} ("Synthetic person 00001" ...), for measuring capacity
 * at scale: a department and a role of the catalog each, two to four skills, some part-timers and
 * people with a four-day week, some absences, and one to three requests each on the synthetic
 * projects ({@code cairn.demo.projects}), most of them approved, plus open requests for roles.
 *
 * <p>Loads when the application is ready, after the whole demo: the demo's own pool is only loaded
 * into an empty pool, so these people must come after it. Written with JDBC batches into the
 * module's own tables; deterministic and idempotent (only the missing people are added).
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class SyntheticPoolData {

  static final String PREFIX = "Synthetic person ";
  private static final Logger log = LoggerFactory.getLogger(SyntheticPoolData.class);
  private static final List<String> SKILLS =
      List.of(
          "Java",
          "SQL",
          "Python",
          "Testing",
          "Architecture",
          "Business analysis",
          "Scrum",
          "DevOps",
          "UX design",
          "Finance",
          "Data engineering",
          "Security",
          "Procurement",
          "Change management");

  private final JdbcTemplate jdbc;
  private final ProjectsApi projects;
  private final OrganizationApi organization;
  private final IdentityApi identity;
  private final TransactionTemplate transaction;
  private final int wanted;
  private final Clock clock;

  SyntheticPoolData(
      JdbcTemplate jdbc,
      ProjectsApi projects,
      OrganizationApi organization,
      IdentityApi identity,
      PlatformTransactionManager transactions,
      DemoProperties demo,
      Clock clock) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.organization = organization;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactions);
    this.wanted = demo.people();
    this.clock = clock;
  }

  @EventListener
  void on(ApplicationReadyEvent ready) {
    if (wanted <= 0) {
      return;
    }
    try {
      long started = System.nanoTime();
      int added = ensure(LocalDate.now(clock));
      log.info(
          "Synthetic people: {} added in {} ms.", added, (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      // Scale data must never keep Cairn from starting.
      log.error("Synthetic people: stopped: {}", e.getMessage(), e);
    }
  }

  /** Adds the missing synthetic people with their requests; returns how many were added. */
  int ensure(LocalDate today) {
    Integer existing =
        jdbc.queryForObject(
            "select count(*) from res_person where name like ?", Integer.class, PREFIX + "%");
    int from = existing == null ? 0 : existing;
    if (from >= wanted) {
      return 0;
    }
    List<Long> roles = jdbc.queryForList("select id from res_role order by id", Long.class);
    List<Long> departments =
        organization.departments().stream().map(DepartmentSummary::id).toList();
    List<ProjectOutline> synthetic = projects.outlinesByCodePrefix(SyntheticProjectLoad.PREFIX);
    long requester = identity.userByUsername("pmo").map(UserSummary::id).orElse(0L);
    Timestamp now = Timestamp.from(clock.instant());
    LocalDate monday = today.with(DayOfWeek.MONDAY);

    List<Object[]> people = new ArrayList<>();
    List<Object[]> skills = new ArrayList<>();
    List<Object[]> absences = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int n = from + 1; n <= wanted; n++) {
      SplittableRandom random = new SplittableRandom(7_919L * n + 11);
      String name = PREFIX + String.format("%05d", n);
      int partTime = random.nextInt(8) == 0 ? new int[] {50, 60, 80}[random.nextInt(3)] : 100;
      people.add(
          new Object[] {
            name,
            pick(departments, random),
            pick(roles, random),
            40,
            partTime,
            random.nextInt(20) == 0 ? "10,10,10,10,0,0,0" : null,
            now,
            now
          });
      numbers.add(n);
    }
    transaction.executeWithoutResult(
        status ->
            SyntheticProjectLoad.insert(
                jdbc,
                "insert into res_person (name, department_id, job_role_id, capacity_hours,"
                    + " part_time_pct, own_week, version, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                people));
    Map<String, Long> ids = new HashMap<>();
    jdbc.query(
        "select id, name from res_person where name like ?",
        rs -> {
          ids.put(rs.getString(2), rs.getLong(1));
        },
        PREFIX + "%");
    List<Object[]> requests = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      int n = numbers.get(i);
      Long id = ids.get((String) people.get(i)[0]);
      SplittableRandom random = new SplittableRandom(104_729L * n + 5);
      Set<String> own = new LinkedHashSet<>();
      int count = 2 + random.nextInt(3);
      while (own.size() < count) {
        own.add(SKILLS.get(random.nextInt(SKILLS.size())));
      }
      own.forEach(s -> skills.add(new Object[] {id, s, 1 + random.nextInt(5)}));
      if (random.nextInt(10) < 3) {
        LocalDate first = monday.plusWeeks(random.nextInt(52)).plusDays(random.nextInt(5));
        absences.add(
            new Object[] {
              id, Date.valueOf(first), Date.valueOf(first.plusDays(random.nextInt(14))), "Leave"
            });
      }
      if (synthetic.isEmpty()) {
        continue;
      }
      int assignments = 1 + random.nextInt(3);
      for (int a = 0; a < assignments; a++) {
        ProjectOutline project = synthetic.get(random.nextInt(synthetic.size()));
        int draw = random.nextInt(10);
        RequestStatus status =
            draw < 6
                ? RequestStatus.APPROVED
                : draw < 8
                    ? RequestStatus.ACCEPTED
                    : draw < 9 ? RequestStatus.PROPOSED : RequestStatus.REQUESTED;
        requests.add(
            request(project, (Long) people.get(i)[2], id, status, monday, random, requester, now));
      }
      if (random.nextInt(10) == 0 && !roles.isEmpty()) {
        requests.add(
            request(
                synthetic.get(random.nextInt(synthetic.size())),
                pick(roles, random),
                null,
                RequestStatus.REQUESTED,
                monday,
                random,
                requester,
                now));
      }
    }
    transaction.executeWithoutResult(
        status -> {
          SyntheticProjectLoad.insert(
              jdbc,
              "insert into res_person_skill (person_id, skill, proficiency) values (?, ?, ?)",
              skills);
          SyntheticProjectLoad.insert(
              jdbc,
              "insert into res_person_absence (person_id, first_day, last_day, reason)"
                  + " values (?, ?, ?, ?)",
              absences);
          SyntheticProjectLoad.insert(
              jdbc,
              "insert into res_request (project_id, role_id, person_id, proposed_person_id,"
                  + " hours_per_week, first_day, last_day, priority, status, requested_by_id,"
                  + " version, created_at, updated_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, 'MEDIUM', ?, ?, 0, ?, ?)",
              requests);
        });
    log.info(
        "Synthetic people: {} people, {} skills, {} absences, {} requests on {} synthetic"
            + " projects.",
        people.size(),
        skills.size(),
        absences.size(),
        requests.size(),
        synthetic.size());
    return people.size();
  }

  /**
   * A request of one to forty weeks starting within a quarter before or a year after {@code
   * monday}; for a person when {@code personId} is given, else for the role alone.
   */
  private static Object[] request(
      ProjectOutline project,
      Long roleId,
      Long personId,
      RequestStatus status,
      LocalDate monday,
      SplittableRandom random,
      long requester,
      Timestamp now) {
    LocalDate first = monday.plusWeeks(random.nextInt(65) - 13);
    LocalDate last = first.plusWeeks(1 + random.nextInt(40)).minusDays(3);
    boolean proposed = personId != null && status != RequestStatus.REQUESTED;
    return new Object[] {
      project.id(),
      roleId,
      personId,
      proposed ? personId : null,
      8 * (1 + random.nextInt(5)),
      Date.valueOf(first),
      Date.valueOf(last),
      status.name(),
      requester,
      now,
      now
    };
  }

  private static Long pick(List<Long> ids, SplittableRandom random) {
    return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
  }
}

package org.cairnpmo.resources.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.Absence;
import org.cairnpmo.resources.EquipmentData;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.PersonView;
import org.cairnpmo.resources.RaciData;
import org.cairnpmo.resources.RateData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.RoleView;
import org.cairnpmo.resources.SkillLevel;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RaciService;
import org.cairnpmo.resources.domain.RequestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The demo's resource pool, loaded once the rest of the demo is in place (after budgets): the role
 * catalog, every active person of the demo in the pool (role and skills from their job title, a
 * rate with a raise in its history, line managers, a few part-timers, people with a week of their
 * own and absences), some equipment and facilities, and the RACI of two active projects, one of
 * whose rows has no Responsible so that the page flags it. The words are in {@code
 * demo/resources-pool.yml}.
 *
 * <p>Idempotent: a pool that holds anyone is left alone, as is a project that has a RACI. Goes
 * through the services as the PMO, so the demo obeys the same rules as people do.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class ResourcesDemoData {

  private static final Logger log = LoggerFactory.getLogger(ResourcesDemoData.class);
  private static final String FILE = "resources-pool.yml";

  private final PoolService pool;
  private final CatalogService catalog;
  private final RaciService raci;
  private final RequestService requests;
  private final IdentityApi identity;
  private final ProjectsApi projects;
  private final Clock clock;

  ResourcesDemoData(
      PoolService pool,
      CatalogService catalog,
      RaciService raci,
      RequestService requests,
      IdentityApi identity,
      ProjectsApi projects,
      Clock clock) {
    this.pool = pool;
    this.catalog = catalog;
    this.raci = raci;
    this.requests = requests;
    this.identity = identity;
    this.projects = projects;
    this.clock = clock;
  }

  /** Loads after budgets; timesheets load after it. */
  @EventListener
  DemoLoaded.Resources on(DemoLoaded.Budgets loaded) {
    loadIfMissing();
    return new DemoLoaded.Resources();
  }

  void loadIfMissing() {
    DemoLoaded.orLog(log, "Demo resources", this::load);
  }

  @SuppressWarnings("unchecked")
  private void load() {
    Optional<UserSummary> pmoUser = identity.userByUsername("pmo");
    if (pmoUser.isEmpty()) {
      log.warn("Demo resources: the demo person 'pmo' is missing; nothing loaded.");
      return;
    }
    CurrentUser pmo = pmoUser.get().asCurrentUser();
    Map<String, Object> file = DemoResource.texts(FILE).byName();
    Map<String, Long> roleIds = new HashMap<>();
    catalog.roles(pmo).forEach(r -> roleIds.put(r.name(), r.id()));
    if (pool.count() == 0) {
      for (Map<String, Object> role : (List<Map<String, Object>>) file.get("roles")) {
        String name = (String) role.get("name");
        if (!roleIds.containsKey(name)) {
          RoleView created =
              catalog.createRole(
                  new RoleData(
                      name,
                      (String) role.get("purpose"),
                      (String) role.get("responsibilities"),
                      money(role.get("rate")),
                      skills((List<String>) role.get("skills")),
                      (List<String>) role.getOrDefault("also", List.of()),
                      null),
                  pmo);
          roleIds.put(name, created.id());
        }
      }
      for (Map<String, Object> item : (List<Map<String, Object>>) file.get("equipment")) {
        catalog.createEquipment(
            new EquipmentData(
                (String) item.get("name"),
                (String) item.get("kind"),
                ((Number) item.get("quantity")).intValue(),
                money(item.get("rate")),
                null),
            pmo);
      }
      int people =
          loadPeople(
              pmo,
              roleIds,
              (List<Map<String, Object>>) file.get("titles"),
              (List<Map<String, Object>>) file.get("absences"));
      log.info("Demo resources: {} people, roles and equipment in the pool.", people);
    }
    loadRaci(pmo, roleIds, (Map<String, Object>) file.get("raci"));
    loadOpenRequests(pmo, roleIds, (List<Map<String, Object>>) file.get("staffing"));
  }

  @SuppressWarnings("unchecked")
  private int loadPeople(
      CurrentUser pmo,
      Map<String, Long> roleIds,
      List<Map<String, Object>> titles,
      List<Map<String, Object>> absences) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    // The built-in administrator is an account, not somebody who staffs projects.
    List<UserSummary> users =
        identity.activeUsers().stream().filter(u -> !"admin".equals(u.username())).toList();
    // The head of each department (a chief or director) is everyone else's line manager there.
    Map<Long, UserSummary> heads = new LinkedHashMap<>();
    for (UserSummary u : users) {
      String title = u.jobTitle() == null ? "" : u.jobTitle();
      if (u.departmentId() != null
          && (title.startsWith("Chief")
              || title.startsWith("Director")
              || title.startsWith("Head"))) {
        heads.putIfAbsent(u.departmentId(), u);
      }
    }
    Map<Long, Long> personOfUser = new HashMap<>();
    List<UserSummary> ordered = new ArrayList<>(heads.values());
    users.stream().filter(u -> !heads.containsValue(u)).forEach(ordered::add);
    int n = 0;
    for (UserSummary u : ordered) {
      Random random = new Random(u.username().hashCode() * 31L + 11);
      String title = u.jobTitle() == null ? "" : u.jobTitle();
      Map<String, Object> fit =
          titles.stream()
              .filter(t -> title.contains((String) t.get("match")))
              .findFirst()
              .orElse(null);
      Long roleId = fit == null ? null : roleIds.get((String) fit.get("role"));
      List<SkillLevel> skills = fit == null ? List.of() : skills((List<String>) fit.get("skills"));
      UserSummary head = u.departmentId() == null ? null : heads.get(u.departmentId());
      Long manager = head == null || head.equals(u) ? null : personOfUser.get(head.id());
      int partTime = n % 9 == 4 ? 80 : (n % 17 == 8 ? 60 : 100);
      List<BigDecimal> week =
          n % 13 == 6 ? Arrays.asList(h(9), h(9), h(9), h(9), h(4), h(0), h(0)) : List.of();
      List<Absence> away = new ArrayList<>();
      if (n % 5 == 2) {
        Map<String, Object> a = absences.get((n / 5) % absences.size());
        LocalDate first = today.plusDays(7 + random.nextInt(70));
        away.add(
            new Absence(
                first,
                first.plusDays(((Number) a.get("days")).intValue() - 1),
                (String) a.get("reason")));
      }
      PersonView person =
          pool.create(
              new PersonData(
                  u.id(),
                  u.displayName(),
                  u.departmentId(),
                  manager,
                  roleId,
                  new BigDecimal("40"),
                  partTime,
                  week,
                  null,
                  null,
                  skills,
                  away,
                  null),
              pmo);
      personOfUser.put(u.id(), person.id());
      BigDecimal base = rateFor(title, fit, roleIds, pmo, random);
      PersonView rated =
          pool.addRate(
              person.id(),
              new RateData(LocalDate.of(today.getYear() - 1, 1, 1), base),
              person.version(),
              pmo);
      pool.addRate(
          person.id(),
          new RateData(
              LocalDate.of(today.getYear(), 1, 1),
              base.multiply(new BigDecimal("1.04")).setScale(2, RoundingMode.HALF_UP)),
          rated.version(),
          pmo);
      n++;
    }
    return n;
  }

  private BigDecimal rateFor(
      String title,
      Map<String, Object> fit,
      Map<String, Long> roleIds,
      CurrentUser pmo,
      Random random) {
    double base = 85;
    if (fit != null) {
      Long roleId = roleIds.get((String) fit.get("role"));
      if (roleId != null) {
        BigDecimal rate = catalog.role(roleId, pmo).defaultRate();
        base = rate == null ? base : rate.doubleValue();
      }
    }
    if (title.startsWith("Chief") || title.startsWith("Director") || title.startsWith("Head")) {
      base *= 1.6;
    } else if (title.startsWith("Senior")) {
      base *= 1.15;
    }
    return BigDecimal.valueOf(base * (0.9 + random.nextDouble() * 0.2))
        .setScale(2, RoundingMode.HALF_UP);
  }

  @SuppressWarnings("unchecked")
  private void loadRaci(CurrentUser pmo, Map<String, Long> roleIds, Map<String, Object> text) {
    List<ProjectView> active = activeProjects(pmo).stream().limit(2).toList();
    List<String> roles = (List<String>) text.get("roles");
    List<List<String>> rows = (List<List<String>>) text.get("rows");
    for (ProjectView project : active) {
      if (raci.view(project.id(), pmo).version() > 0) {
        continue;
      }
      List<RaciData.Column> columns = new ArrayList<>();
      columns.add(new RaciData.Column(personOf(project.managerId(), pmo), null));
      Long sponsor = project.sponsorId() == null ? null : personOf(project.sponsorId(), pmo);
      columns.add(sponsor == null ? null : new RaciData.Column(sponsor, null));
      roles.forEach(r -> columns.add(new RaciData.Column(null, roleIds.get(r))));
      List<Boolean> valid =
          columns.stream()
              .map(c -> c != null && (c.personId() != null || c.roleId() != null))
              .toList();
      if (!valid.get(0)) {
        continue;
      }
      List<RaciData.Row> matrixRows = new ArrayList<>();
      for (List<String> row : rows) {
        List<String> letters = Arrays.asList(row.get(1).split(" "));
        List<String> cells = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
          if (valid.get(j)) {
            cells.add(j < letters.size() ? letters.get(j) : "");
          }
        }
        matrixRows.add(new RaciData.Row(row.get(0), null, cells));
      }
      List<RaciData.Column> kept = new ArrayList<>();
      for (int j = 0; j < columns.size(); j++) {
        if (valid.get(j)) {
          kept.add(columns.get(j));
        }
      }
      try {
        raci.save(project.id(), new RaciData(kept, matrixRows, 0L), 0, pmo);
        loadRequests(project, roleIds, (List<Map<String, Object>>) text.get("requests"));
      } catch (RuntimeException e) {
        log.warn("Demo resources: no RACI or requests for {}: {}", project.code(), e.getMessage());
      }
    }
  }

  /**
   * Requests of the project in several states, each taken through its workflow by the project's
   * manager and the resource manager 'rm', so that their history reads as it would.
   */
  @SuppressWarnings("unchecked")
  private void loadRequests(
      ProjectView project, Map<String, Long> roleIds, List<Map<String, Object>> texts) {
    Optional<CurrentUser> manager =
        identity.user(project.managerId()).map(UserSummary::asCurrentUser);
    Optional<CurrentUser> rm = identity.userByUsername("rm").map(UserSummary::asCurrentUser);
    if (manager.isEmpty() || rm.isEmpty() || texts == null) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    List<PersonView> people = pool.all(rm.get());
    int i = 0;
    for (Map<String, Object> t : texts) {
      Long roleId = roleIds.get((String) t.get("role"));
      if (roleId == null) {
        continue;
      }
      String state = (String) t.get("state");
      // An approved request is work under way: it began six weeks ago, so that the demo's
      // timesheets of the last four weeks fall within its period.
      LocalDate first =
          state.equals("APPROVED") ? today.minusWeeks(6) : today.plusWeeks(2 + i * 2L);
      RequestView r = requests.create(project.id(), asked(t, roleId, first), manager.get());
      PersonView someone =
          people.stream()
              .filter(p -> roleId.equals(p.jobRoleId()))
              .skip((project.id() + i) % 3)
              .findFirst()
              .orElse(people.get(i % people.size()));
      if (!state.equals("REQUESTED")) {
        if (state.equals("REJECTED")) {
          requests.reject(project.id(), r.id(), (String) t.get("reason"), r.version(), rm.get());
        } else {
          r = requests.propose(project.id(), r.id(), someone.id(), r.version(), rm.get());
          if (!state.equals("PROPOSED")) {
            r = requests.accept(project.id(), r.id(), r.version(), manager.get());
            if (state.equals("APPROVED")) {
              requests.approve(project.id(), r.id(), r.version(), rm.get());
            }
          }
        }
      }
      i++;
    }
  }

  /**
   * Requests waiting for a person, dealt out over the active projects after the two with a RACI,
   * each asked by the project's manager, for bulk staffing to have a real run. A project that has
   * any request already is left alone, so loading again adds nothing.
   */
  @SuppressWarnings("unchecked")
  private void loadOpenRequests(
      CurrentUser pmo, Map<String, Long> roleIds, List<Map<String, Object>> texts) {
    if (texts == null) {
      return;
    }
    List<ProjectView> active =
        activeProjects(pmo).stream()
            .skip(2)
            // Resource managers staff only what they may see.
            .filter(p -> !p.confidential())
            .limit(6)
            .filter(p -> requests.list(p.id(), 0, 1, pmo).getTotalElements() == 0)
            .toList();
    if (active.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    int created = 0;
    for (int i = 0; i < texts.size(); i++) {
      Map<String, Object> t = texts.get(i);
      ProjectView project = active.get(i % active.size());
      Long roleId = roleIds.get((String) t.get("role"));
      Optional<CurrentUser> manager =
          identity.user(project.managerId()).map(UserSummary::asCurrentUser);
      if (roleId == null || manager.isEmpty()) {
        continue;
      }
      LocalDate first = today.plusWeeks(((Number) t.get("start")).longValue());
      try {
        requests.create(project.id(), asked(t, roleId, first), manager.get());
        created++;
      } catch (RuntimeException e) {
        log.warn("Demo resources: no open request for {}: {}", project.code(), e.getMessage());
      }
    }
    log.info("Demo resources: {} requests waiting for a person.", created);
  }

  /** A request of the demo's file for a role, from {@code first} for its weeks. */
  @SuppressWarnings("unchecked")
  private static RequestData asked(Map<String, Object> t, long roleId, LocalDate first) {
    return new RequestData(
        roleId,
        null,
        skills((List<String>) t.get("skills")),
        money(t.get("hours")),
        first,
        first.plusWeeks(((Number) t.get("weeks")).longValue()),
        Priority.valueOf((String) t.get("priority")),
        (String) t.get("note"));
  }

  /** The demo's own active projects with a manager, by code. */
  private List<ProjectView> activeProjects(CurrentUser pmo) {
    return projects
        .search(
            new ProjectFilter(null, EnumSet.of(ProjectStatus.ACTIVE), null, null, null, null),
            PageRequest.of(0, 50, Sort.by("code")),
            pmo)
        .getContent()
        .stream()
        .filter(p -> !p.code().startsWith("SYN") && p.managerId() != null)
        .toList();
  }

  private Long personOf(long userId, CurrentUser pmo) {
    return pool.byUser(userId, pmo).map(PersonView::id).orElse(null);
  }

  private static List<SkillLevel> skills(List<String> lines) {
    List<SkillLevel> skills = new ArrayList<>();
    for (String line : lines) {
      int colon = line.lastIndexOf(':');
      skills.add(
          new SkillLevel(
              line.substring(0, colon).trim(), Integer.valueOf(line.substring(colon + 1).trim())));
    }
    return skills;
  }

  private static BigDecimal money(Object value) {
    return value == null
        ? null
        : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal h(int hours) {
    return BigDecimal.valueOf(hours);
  }
}

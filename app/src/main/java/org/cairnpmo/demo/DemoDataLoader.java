package org.cairnpmo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.demo.DemoCatalog.Dept;
import org.cairnpmo.demo.DemoCatalog.Person;
import org.cairnpmo.demo.DemoCatalog.Plan;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoProperties;
import org.cairnpmo.platform.PastRecords;
import org.cairnpmo.platform.history.AutomaticWork;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Northwind Industries demo organization at start when {@code cairn.demo.enabled=true}:
 * departments, sixty people (password {@code demo}) and a project register in every status, each
 * project moved through the allowed transitions so that its history reads like a real one.
 *
 * <p>Runs after the first administrator exists (an application runner without an order runs after
 * the ordered ones, and the administrator's is one), in one transaction (all or nothing), and only
 * once: when the marker user {@code pmo} exists, the organization is already there. Everything goes
 * through the other modules' public APIs, so the demo obeys the same rules as people do. Then it
 * announces {@link DemoLoaded.Organization}, and the other modules load their parts of the demo on
 * top, one after the other.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoDataLoader implements ApplicationRunner {

  static final String PASSWORD = "demo";
  private static final long SEED = 20_261_125L;
  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final IdentityApi identity;
  private final OrganizationApi organization;
  private final ProjectsApi projects;
  private final SyntheticProjects synthetic;
  private final DemoProperties properties;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  /** Loads the demo as the automatic work "demo data", which its records' history names. */
  @Override
  public void run(ApplicationArguments args) {
    AutomaticWork.run("demo data", this::loadAll);
  }

  private void loadAll() {
    long started = System.nanoTime();
    if (identity.userByUsername(DemoCatalog.MARKER_USERNAME).isPresent()) {
      log.info("Demo data: {} is already loaded; nothing to do.", DemoCatalog.COMPANY);
    } else {
      String hash = identity.hashPassword(PASSWORD);
      Summary summary;
      try {
        summary = transaction.execute(status -> load(hash));
      } catch (RuntimeException e) {
        // All or nothing: the transaction is rolled back and Cairn runs without the demo.
        log.error(
            "Demo data: {} was not loaded, nothing of it was kept: {}",
            DemoCatalog.COMPANY,
            e.getMessage(),
            e);
        return;
      }
      log.info(
          "Demo data: loaded {} in {} ms: {} departments, {} people, {} projects ({});"
              + " sign in as pmo, exec, pm, rm or member with the password '{}'.",
          DemoCatalog.COMPANY,
          (System.nanoTime() - started) / 1_000_000,
          summary.departments(),
          summary.people(),
          summary.projects(),
          summary.byStatus(),
          PASSWORD);
    }
    if (properties.projects() > 0) {
      synthetic.ensure(properties.projects());
    }
    // The other parts fill in the demo's closed projects too: their past, not a change to them.
    PastRecords.record(() -> events.publishEvent(new DemoLoaded.Organization()));
  }

  private Summary load(String passwordHash) {
    Map<String, Long> departments = new HashMap<>();
    for (Dept d : DemoCatalog.DEPARTMENTS) {
      departments.put(
          d.code(),
          organization
              .createDepartment(new DepartmentForm(d.code(), d.name(), d.description(), true, null))
              .id());
    }
    Map<String, UserSummary> people = new HashMap<>();
    for (Person p : DemoCatalog.PEOPLE) {
      people.put(
          p.username(),
          identity.createUserWithPasswordHash(
              new NewUser(
                  p.username(),
                  p.name(),
                  p.email(),
                  p.title(),
                  p.dept() == null ? null : departments.get(p.dept()),
                  p.roles(),
                  null,
                  false),
              passwordHash));
    }
    Cast cast = new Cast(people);
    Random random = new Random(SEED);
    Map<ProjectStatus, Integer> byStatus = new EnumMap<>(ProjectStatus.class);
    Map<String, Integer> sequence = new HashMap<>();
    List<Plan> ordered =
        DemoCatalog.PROJECTS.stream()
            .sorted(java.util.Comparator.comparing(Plan::start).thenComparing(Plan::name))
            .toList();
    for (Plan plan : ordered) {
      String prefix = plan.dept() + "-" + plan.start().getYear();
      int number = sequence.merge(prefix, 1, Integer::sum);
      String code = prefix + "-" + String.format("%02d", number);
      ProjectView view = enact(plan, code, departments.get(plan.dept()), cast, random);
      byStatus.merge(view.status(), 1, Integer::sum);
    }
    return new Summary(departments.size(), people.size(), ordered.size(), byStatus);
  }

  /** Registers the project as a proposal, then walks it along its path as its people would. */
  private ProjectView enact(Plan plan, String code, long departmentId, Cast cast, Random random) {
    UserSummary manager = cast.person(plan.manager());
    UserSummary sponsor = cast.person(plan.sponsor());
    List<ProjectData.Member> members = team(plan, manager, sponsor, cast, random);
    CurrentUser author =
        manager.roles().contains(Role.PROJECT_MANAGER)
            ? manager.asCurrentUser()
            : cast.person("pmo").asCurrentUser();
    Draft draft = new Draft(plan.finish(), BigDecimal.valueOf(plan.budget()).setScale(2), members);
    ProjectView view =
        projects.register(
            data(plan, code, departmentId, manager, sponsor, ProjectStatus.PROPOSED, draft, null),
            author);
    for (ProjectStatus step : plan.path()) {
      if (step == ProjectStatus.ON_HOLD) {
        // Put on hold: the plan is re-baselined with a later finish.
        draft = draft.withFinish(draft.finish().plusMonths(2 + random.nextInt(3)));
      }
      // Cancelling is the PMO's decision; the manager moves the project otherwise.
      CurrentUser editor =
          step == ProjectStatus.CANCELLED
              ? cast.person("pmo").asCurrentUser()
              : manager.asCurrentUser();
      view =
          projects.revise(
              view.id(),
              data(plan, code, departmentId, manager, sponsor, step, draft, view.version()),
              view.version(),
              editor);
    }
    if (view.status() == ProjectStatus.ACTIVE && random.nextInt(100) < 40) {
      // An approved change request: more budget, and one more person on the team.
      BigDecimal raise = BigDecimal.valueOf(105 + random.nextInt(11)).movePointLeft(2);
      BigDecimal budget =
          draft.budget().multiply(raise).setScale(-4, java.math.RoundingMode.HALF_UP).setScale(2);
      List<ProjectData.Member> grown = new ArrayList<>(draft.members());
      cast.pick(plan.dept(), random, manager, sponsor, grown)
          .ifPresent(u -> grown.add(new ProjectData.Member(u.id(), MembershipRole.TEAM_MEMBER)));
      draft = new Draft(draft.finish(), budget, grown);
      view =
          projects.revise(
              view.id(),
              data(
                  plan, code, departmentId, manager, sponsor, view.status(), draft, view.version()),
              view.version(),
              manager.asCurrentUser());
    }
    return view;
  }

  /** The named people, three to five more from the department, maybe a colleague from elsewhere. */
  private static List<ProjectData.Member> team(
      Plan plan, UserSummary manager, UserSummary sponsor, Cast cast, Random random) {
    List<ProjectData.Member> team = new ArrayList<>();
    for (String username : plan.members()) {
      UserSummary person = cast.person(username);
      if (person.id() != manager.id() && person.id() != sponsor.id()) {
        team.add(new ProjectData.Member(person.id(), MembershipRole.TEAM_MEMBER));
      }
    }
    int wanted = team.size() + 3 + random.nextInt(3);
    while (team.size() < wanted) {
      var next = cast.pick(plan.dept(), random, manager, sponsor, team);
      if (next.isEmpty()) {
        break;
      }
      team.add(new ProjectData.Member(next.get().id(), MembershipRole.TEAM_MEMBER));
    }
    if (random.nextInt(100) < 40) {
      cast.pick(null, random, manager, sponsor, team)
          .ifPresent(u -> team.add(new ProjectData.Member(u.id(), MembershipRole.TEAM_MEMBER)));
    }
    if (random.nextInt(100) < 50) {
      cast.pick("PMO", random, manager, sponsor, team)
          .ifPresent(u -> team.add(new ProjectData.Member(u.id(), MembershipRole.STAKEHOLDER)));
    }
    return team;
  }

  private static ProjectData data(
      Plan plan,
      String code,
      long departmentId,
      UserSummary manager,
      UserSummary sponsor,
      ProjectStatus status,
      Draft draft,
      Long version) {
    return new ProjectData(
        code,
        plan.name(),
        plan.description(),
        departmentId,
        sponsor.id(),
        manager.id(),
        plan.category(),
        plan.priority(),
        status,
        plan.start(),
        draft.finish(),
        draft.budget(),
        "EUR",
        plan.confidential(),
        draft.members(),
        version);
  }

  /** What changes while a project lives: its finish, its budget and its team. */
  private record Draft(LocalDate finish, BigDecimal budget, List<ProjectData.Member> members) {
    Draft withFinish(LocalDate newFinish) {
      return new Draft(newFinish, budget, members);
    }
  }

  private record Summary(
      int departments, int people, int projects, Map<ProjectStatus, Integer> byStatus) {}

  /** The people of the demo organization, by username, and who can join a project team. */
  private static final class Cast {

    private final Map<String, UserSummary> byUsername;
    private final Map<Long, String> deptOf;
    private final List<UserSummary> staff;

    Cast(Map<String, UserSummary> byUsername) {
      this.byUsername = byUsername;
      this.deptOf = new HashMap<>();
      Map<String, Long> ids =
          byUsername.values().stream()
              .collect(Collectors.toMap(UserSummary::username, UserSummary::id));
      for (Person p : DemoCatalog.PEOPLE) {
        if (p.dept() != null) {
          deptOf.put(ids.get(p.username()), p.dept());
        }
      }
      // Team members in catalogue order (deterministic): everyone but executives and admins.
      this.staff =
          DemoCatalog.PEOPLE.stream()
              .map(p -> byUsername.get(p.username()))
              .filter(u -> !u.roles().contains(Role.EXECUTIVE) && !u.roles().contains(Role.ADMIN))
              .toList();
    }

    UserSummary person(String username) {
      UserSummary user = byUsername.get(username);
      if (user == null) {
        throw new IllegalStateException("The demo catalogue names an unknown person: " + username);
      }
      return user;
    }

    /** Someone from {@code dept} (anyone when null) not yet on the project. */
    java.util.Optional<UserSummary> pick(
        String dept,
        Random random,
        UserSummary manager,
        UserSummary sponsor,
        List<ProjectData.Member> already) {
      Set<Long> taken = new LinkedHashSet<>();
      taken.add(manager.id());
      taken.add(sponsor.id());
      already.forEach(m -> taken.add(m.userId()));
      List<UserSummary> candidates =
          staff.stream()
              .filter(u -> !taken.contains(u.id()))
              .filter(u -> dept == null || dept.equals(deptOf.get(u.id())))
              .filter(u -> dept != null || !"member".equals(u.username()))
              .toList();
      return candidates.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of(candidates.get(random.nextInt(candidates.size())));
    }
  }
}

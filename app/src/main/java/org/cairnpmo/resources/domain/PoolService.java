package org.cairnpmo.resources.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.VersionCheck;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.PersonView;
import org.cairnpmo.resources.PoolFilter;
import org.cairnpmo.resources.RateData;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of the pool: searched by everyone, changed by resource managers and the PMO. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PoolService {

  /** What the pool list can be sorted by, as callers name it, and the attribute that holds it. */
  public static final Map<String, String> SORTABLE = Map.of("name", "name");

  private final PoolPersonRepository people;
  private final JobRoleRepository roles;
  private final OrganizationApi organization;
  private final IdentityApi identity;
  private final LearningStandings standings;
  private final Clock clock;

  @Transactional(readOnly = true)
  public Page<PersonView> search(PoolFilter filter, Pageable pageable, CurrentUser viewer) {
    Pageable sorted =
        pageable.getSort().isSorted()
            ? pageable
            : org.springframework.data.domain.PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id"));
    Page<PoolPerson> found =
        people.findAll(matching(filter, learningMatches(filter, viewer)), sorted);
    Names names = names(found.getContent());
    boolean rates = ResourcesAccess.seesRates(viewer);
    return found.map(p -> view(p, names, rates));
  }

  @Transactional(readOnly = true)
  public PersonView get(long id, CurrentUser viewer) {
    PoolPerson person = find(id);
    return view(person, names(List.of(person)), ResourcesAccess.seesRates(viewer));
  }

  /** Everyone in the pool by name, for pickers (RACI columns, line managers). */
  @Transactional(readOnly = true)
  public List<PersonView> all(CurrentUser viewer) {
    List<PoolPerson> all = people.findAll(Sort.by("name", "id"));
    Names names = names(all);
    boolean rates = ResourcesAccess.seesRates(viewer);
    return all.stream().map(p -> view(p, names, rates)).toList();
  }

  /** The names of the people among {@code ids}, by id; unknown ids are left out. */
  @Transactional(readOnly = true)
  public Map<Long, String> namesOf(Collection<Long> ids) {
    return people.findAllById(ids).stream()
        .collect(Collectors.toMap(PoolPerson::getId, PoolPerson::getName));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<PersonView> byUser(long userId, CurrentUser viewer) {
    return people
        .findByUserId(userId)
        .map(p -> view(p, names(List.of(p)), ResourcesAccess.seesRates(viewer)));
  }

  @Transactional
  public PersonView create(PersonData data, CurrentUser editor) {
    ResourcesAccess.requirePoolEditor(editor);
    PersonData checked = PoolRules.person(data);
    checkReferences(checked, null);
    PoolPerson person = new PoolPerson(clock.instant());
    person.change(checked, clock.instant());
    people.saveAndFlush(person);
    return view(person, names(List.of(person)), true);
  }

  @Transactional
  public PersonView update(long id, PersonData data, CurrentUser editor) {
    ResourcesAccess.requirePoolEditor(editor);
    PoolPerson person = find(id);
    requireVersion(person, data.version());
    PersonData checked = PoolRules.person(data);
    checkReferences(checked, id);
    person.change(checked, clock.instant());
    people.saveAndFlush(person);
    return view(person, names(List.of(person)), true);
  }

  /** A new rate from a date on (replacing one that starts the same day). */
  @Transactional
  public PersonView addRate(long id, RateData data, long expectedVersion, CurrentUser editor) {
    return changeRates(
        id,
        expectedVersion,
        editor,
        person -> {
          RateData checked = PoolRules.rate(data);
          person.rateFrom(checked.from(), checked.hourlyRate(), clock.instant());
        });
  }

  @Transactional
  public PersonView removeRate(long id, LocalDate from, long expectedVersion, CurrentUser editor) {
    return changeRates(
        id, expectedVersion, editor, person -> person.removeRate(from, clock.instant()));
  }

  /** A change of the person's rate history, over the version the editor read. */
  private PersonView changeRates(
      long id, long expectedVersion, CurrentUser editor, Consumer<PoolPerson> change) {
    ResourcesAccess.requirePoolEditor(editor);
    PoolPerson person = find(id);
    requireVersion(person, expectedVersion);
    change.accept(person);
    people.saveAndFlush(person);
    return view(person, names(List.of(person)), true);
  }

  /** The person's cost rate per hour on {@code day}; null before their first rate. */
  @Transactional(readOnly = true)
  public java.math.BigDecimal rateOn(long id, LocalDate day) {
    return find(id).rateOn(day).orElse(null);
  }

  /**
   * What is wrong with {@code data} by the pool's rules, without saving anything: for a form that
   * cannot be saved for other reasons, so that it shows every problem at once.
   */
  public List<FieldProblem> problems(PersonData data) {
    try {
      PoolRules.person(data);
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  /** Whether the pool holds anyone yet (the demo fills an empty pool only). */
  @Transactional(readOnly = true)
  public long count() {
    return people.count();
  }

  private void requireVersion(PoolPerson person, Long expected) {
    VersionCheck.require("Person " + person.getName(), expected, person.getVersion());
  }

  private void checkReferences(PersonData data, Long self) {
    List<FieldProblem> problems = new ArrayList<>();
    if (data.userId() != null) {
      if (identity.user(data.userId()).isEmpty()) {
        problems.add(new FieldProblem("userId", "There is no user " + data.userId() + "."));
      } else {
        people
            .findByUserId(data.userId())
            .filter(other -> !other.getId().equals(self))
            .ifPresent(
                other ->
                    problems.add(
                        new FieldProblem(
                            "userId",
                            "This user is already in the pool as " + other.getName() + ".")));
      }
    }
    if (data.departmentId() != null && organization.department(data.departmentId()).isEmpty()) {
      problems.add(new FieldProblem("departmentId", "Choose a department that exists."));
    }
    if (data.jobRoleId() != null && !roles.existsById(data.jobRoleId())) {
      problems.add(new FieldProblem("jobRoleId", "Choose a role of the catalog."));
    }
    if (data.lineManagerId() != null) {
      if (data.lineManagerId().equals(self)) {
        problems.add(
            new FieldProblem("lineManagerId", "A person cannot be their own line manager."));
      } else if (!people.existsById(data.lineManagerId())) {
        problems.add(new FieldProblem("lineManagerId", "Choose a line manager from the pool."));
      } else if (self != null && managesUp(data.lineManagerId(), self)) {
        problems.add(
            new FieldProblem(
                "lineManagerId", "This person reports, directly or not, to the one being edited."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Whether {@code self} is somewhere above {@code manager} in the line (a cycle would close). */
  private boolean managesUp(long manager, long self) {
    Set<Long> seen = new HashSet<>();
    Long at = manager;
    while (at != null && seen.add(at)) {
      if (at == self) {
        return true;
      }
      at = people.findById(at).map(PoolPerson::getLineManagerId).orElse(null);
    }
    return false;
  }

  PoolPerson find(long id) {
    return people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
  }

  /** The user ids that pass the filter's competency and certification (null: none asked). */
  private Set<Long> learningMatches(PoolFilter filter, CurrentUser viewer) {
    return filter.asksLearning() ? standings.of(filter.learning(), viewer).matching() : null;
  }

  private static Specification<PoolPerson> matching(PoolFilter filter, Set<Long> userIds) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (userIds != null) {
        where.add(userIds.isEmpty() ? cb.disjunction() : root.get("userId").in(userIds));
      }
      if (filter.q() != null && !filter.q().isBlank()) {
        where.add(
            cb.like(
                cb.lower(root.get("name")),
                "%" + escape(filter.q().strip().toLowerCase(Locale.ROOT)) + "%",
                '\\'));
      }
      if (filter.departmentId() != null) {
        where.add(cb.equal(root.get("departmentId"), filter.departmentId()));
      }
      if (filter.roleId() != null) {
        where.add(cb.equal(root.get("jobRoleId"), filter.roleId()));
      }
      if (filter.skill() != null && !filter.skill().isBlank()) {
        var sub = query.subquery(Long.class);
        var other = sub.from(PoolPerson.class);
        Join<PoolPerson, SkillEntry> skill = other.join("skills");
        sub.select(other.get("id"))
            .where(
                cb.equal(other.get("id"), root.get("id")),
                cb.equal(
                    cb.lower(skill.get("skill")), filter.skill().strip().toLowerCase(Locale.ROOT)));
        where.add(cb.exists(sub));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The names a list of people refers to, read once for the whole list. */
  private record Names(
      Map<Long, DepartmentSummary> departments,
      Map<Long, String> managers,
      Map<Long, String> roles) {}

  private Names names(List<PoolPerson> list) {
    Set<Long> managerIds =
        list.stream()
            .map(PoolPerson::getLineManagerId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Set<Long> roleIds =
        list.stream()
            .map(PoolPerson::getJobRoleId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return new Names(
        organization.departmentsById(),
        managerIds.isEmpty() ? Map.of() : namesOf(managerIds),
        roleIds.isEmpty()
            ? Map.of()
            : roles.findAllById(roleIds).stream()
                .collect(Collectors.toMap(JobRole::getId, JobRole::getName)));
  }

  private PersonView view(PoolPerson p, Names names, boolean rates) {
    DepartmentSummary department =
        p.getDepartmentId() == null ? null : names.departments().get(p.getDepartmentId());
    return new PersonView(
        p.getId(),
        p.getUserId(),
        p.getName(),
        p.getDepartmentId(),
        department == null ? null : department.name(),
        p.getLineManagerId(),
        p.getLineManagerId() == null ? null : names.managers().get(p.getLineManagerId()),
        p.getJobRoleId(),
        p.getJobRoleId() == null ? null : names.roles().get(p.getJobRoleId()),
        p.getCapacityHours(),
        p.getPartTimePct(),
        p.weeklyHours(),
        p.ownWeekHours(),
        p.getAvailableFrom(),
        p.getAvailableUntil(),
        p.getSkills().stream().map(SkillEntry::view).toList(),
        p.getAbsences().stream().map(AbsenceEntry::view).toList(),
        rates ? p.rateOn(LocalDate.now(clock)).orElse(null) : null,
        rates ? p.getRates().stream().map(RateEntry::view).toList() : null,
        p.getVersion());
  }
}

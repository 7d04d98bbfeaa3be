package org.cairnpmo.learning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.EnrollmentStatus;
import org.cairnpmo.learning.PeopleDirectory;
import org.cairnpmo.learning.PeopleDirectory.Place;
import org.cairnpmo.learning.domain.CompetencyViews.GapView;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileView;
import org.cairnpmo.learning.domain.CultureViews.BudgetData;
import org.cairnpmo.learning.domain.CultureViews.CompetencyColumn;
import org.cairnpmo.learning.domain.CultureViews.Dashboard;
import org.cairnpmo.learning.domain.CultureViews.Expiring;
import org.cairnpmo.learning.domain.CultureViews.GapRow;
import org.cairnpmo.learning.domain.CultureViews.HeatMap;
import org.cairnpmo.learning.domain.CultureViews.Hours;
import org.cairnpmo.learning.domain.CultureViews.Spend;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.VersionCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PMO's culture dashboard: how far the organization shares a project culture. Its people are
 * the resource pool's people with an account (through {@link PeopleDirectory}), all of them or one
 * department's. Only the PMO and administrators see it: it names people and their gaps.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CultureDashboard {

  private static final Set<EnrollmentStatus> PLACES =
      EnumSet.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.ATTENDED, EnrollmentStatus.COMPLETED);
  private static final Set<EnrollmentStatus> COMMITTED =
      EnumSet.of(
          EnrollmentStatus.APPROVED,
          EnrollmentStatus.CONFIRMED,
          EnrollmentStatus.ATTENDED,
          EnrollmentStatus.COMPLETED);

  private final EnrollmentRepository enrollments;
  private final CourseSessionRepository sessions;
  private final CourseRepository courses;
  private final CertificationRepository certifications;
  private final CompetencyAssessmentRepository assessments;
  private final TrainingBudgetRepository budgets;
  private final CompetencyFramework framework;
  private final Assessments gaps;
  private final ObjectProvider<PeopleDirectory> directory;
  private final IdentityApi identity;
  private final OrganizationApi organization;
  private final Clock clock;

  @Transactional(readOnly = true)
  public Dashboard dashboard(Integer year, Long departmentId, CurrentUser viewer) {
    requirePmo(viewer);
    LocalDate today = LocalDate.now(clock);
    int y = year == null ? today.getYear() : year;
    if (y < 1900 || y > 2200) {
      throw InvalidInputException.of("year", "Use a year between 1900 and 2200.");
    }
    PeopleDirectory d = directory.getIfAvailable();
    Map<Long, Place> people = new HashMap<>(d == null ? Map.of() : d.everyone());
    if (departmentId != null) {
      people.values().removeIf(p -> !departmentId.equals(p.departmentId()));
    }
    Map<Long, UserSummary> users = identity.usersByIds(people.keySet());
    Map<Long, DepartmentSummary> departments = organization.departmentsById();

    List<Certification> certs =
        people.isEmpty() ? List.of() : certifications.findByUserIdIn(people.keySet());
    Set<Long> certified =
        certs.stream()
            .filter(c -> c.validOn(today))
            .map(Certification::getUserId)
            .collect(Collectors.toSet());
    List<Long> managers =
        users.values().stream()
            .filter(u -> u.roles().contains(Role.PROJECT_MANAGER))
            .map(UserSummary::id)
            .toList();
    int managersCertified = (int) managers.stream().filter(certified::contains).count();

    List<Enrollment> theirs =
        people.isEmpty() ? List.of() : enrollments.findByUserIdIn(people.keySet());
    Map<Long, CourseSession> sessionById =
        sessions
            .findAllById(theirs.stream().map(Enrollment::getSessionId).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(CourseSession::getId, Function.identity()));
    Map<Long, Course> courseById =
        courses
            .findAllById(
                sessionById.values().stream()
                    .map(CourseSession::getCourseId)
                    .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(Course::getId, Function.identity()));

    // Hours: completions of the year.
    Map<Long, BigDecimal> hours = new HashMap<>();
    int ended = 0;
    int completed = 0;
    Map<String, BigDecimal> spend = new TreeMap<>();
    var now = clock.instant();
    for (Enrollment e : theirs) {
      CourseSession s = sessionById.get(e.getSessionId());
      Course c = courseById.get(s.getCourseId());
      if (e.getStatus() == EnrollmentStatus.COMPLETED
          && e.getCompletedAt() != null
          && e.getCompletedAt().atZone(ZoneOffset.UTC).getYear() == y) {
        BigDecimal h = e.getHours() != null ? e.getHours() : c.getDurationHours();
        hours.merge(e.getUserId(), h, BigDecimal::add);
      }
      if (PLACES.contains(e.getStatus())
          && s.getEndsAt().isBefore(now)
          && s.getEndsAt().atZone(ZoneOffset.UTC).getYear() == y) {
        ended++;
        if (e.getStatus() == EnrollmentStatus.COMPLETED) {
          completed++;
        }
      }
      if (COMMITTED.contains(e.getStatus())
          && c.getCost() != null
          && s.getStartsAt().atZone(ZoneOffset.UTC).getYear() == y) {
        spend.merge(c.getCurrency(), c.getCost(), BigDecimal::add);
      }
    }

    List<Hours> byPerson =
        people.keySet().stream()
            .map(
                id ->
                    new Hours(
                        id,
                        name(users, id),
                        hours.getOrDefault(id, BigDecimal.ZERO).stripTrailingZeros(),
                        1))
            .sorted(Comparator.comparing(Hours::hours).reversed().thenComparing(Hours::name))
            .toList();
    Map<Long, List<Long>> byDepartment = new LinkedHashMap<>();
    people.forEach(
        (id, p) -> byDepartment.computeIfAbsent(p.departmentId(), k -> new ArrayList<>()).add(id));
    List<Hours> departmentHours =
        byDepartment.entrySet().stream()
            .map(
                en ->
                    new Hours(
                        en.getKey(),
                        departmentName(departments, en.getKey()),
                        en.getValue().stream()
                            .map(id -> hours.getOrDefault(id, BigDecimal.ZERO))
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .stripTrailingZeros(),
                        en.getValue().size()))
            .sorted(Comparator.comparing(Hours::name))
            .toList();

    List<Expiring> expiring =
        certs.stream()
            .filter(
                c ->
                    c.validOn(today)
                        && c.getExpiresOn() != null
                        && !c.getExpiresOn().isAfter(today.plusDays(90)))
            .sorted(Comparator.comparing(Certification::getExpiresOn))
            .map(
                c ->
                    new Expiring(
                        c.getId(),
                        c.getUserId(),
                        name(users, c.getUserId()),
                        c.getName(),
                        c.getExpiresOn()))
            .toList();

    return new Dashboard(
        y,
        departmentId,
        managers.size(),
        managersCertified,
        share(managersCertified, managers.size()),
        byPerson,
        departmentHours,
        ended,
        completed,
        share(completed, ended),
        expiring,
        heatMap(people, users, departments),
        spend(y, spend));
  }

  /** Sets the training budget of {@code year}; a change names the version read. */
  @Transactional
  public Spend setBudget(int year, BudgetData data, CurrentUser by) {
    requirePmo(by);
    if (year < 1900 || year > 2200) {
      throw InvalidInputException.of("year", "Use a year between 1900 and 2200.");
    }
    TrainingBudget b = budgets.findByYear(year).orElseGet(() -> TrainingBudget.of(year));
    if (b.getId() != null && data.version() != null) {
      VersionCheck.require("Training budget", data.version(), b.getVersion());
    }
    b.set(data.amount(), data.currency(), by.username(), clock.instant());
    budgets.saveAndFlush(b);
    return dashboard(year, null, by).spend();
  }

  private Spend spend(int year, Map<String, BigDecimal> spent) {
    var budget = budgets.findByYear(year);
    if (budget.isEmpty()) {
      return new Spend(year, null, null, null, null, spent, null, null);
    }
    TrainingBudget b = budget.get();
    BigDecimal inCurrency = spent.getOrDefault(b.getCurrency(), BigDecimal.ZERO);
    Map<String, BigDecimal> others = new TreeMap<>(spent);
    others.remove(b.getCurrency());
    BigDecimal share =
        b.getAmount().signum() == 0
            ? null
            : inCurrency.divide(b.getAmount(), 4, RoundingMode.HALF_UP);
    return new Spend(
        year, b.getAmount(), b.getCurrency(), inCurrency, share, others, b.getVersion(), b.getId());
  }

  /**
   * The average gap per department and competency over the people whose role has a target profile
   * that asks for the competency.
   */
  private HeatMap heatMap(
      Map<Long, Place> people,
      Map<Long, UserSummary> users,
      Map<Long, DepartmentSummary> departments) {
    Map<String, TargetProfileView> profiles = new HashMap<>();
    framework.profiles().forEach(p -> profiles.put(p.role().toLowerCase(java.util.Locale.ROOT), p));
    Map<Long, List<CompetencyAssessment>> assessed =
        people.isEmpty()
            ? Map.of()
            : assessments.findByUserIdIn(people.keySet()).stream()
                .collect(Collectors.groupingBy(CompetencyAssessment::getUserId));
    Map<Long, Map<Long, Integer>> byCourses = gaps.courseLevels(people.keySet());
    // department -> competency -> [sum of gaps, people]
    Map<Long, Map<Long, int[]>> cells = new LinkedHashMap<>();
    Map<Long, String> columns = new TreeMap<>();
    people.forEach(
        (id, place) -> {
          if (place.role() == null) {
            return;
          }
          TargetProfileView profile = profiles.get(place.role().toLowerCase(java.util.Locale.ROOT));
          if (profile == null) {
            return;
          }
          GapView gap =
              gaps.gap(
                  id,
                  name(users, id),
                  profile,
                  assessed.getOrDefault(id, List.of()),
                  byCourses.getOrDefault(id, Map.of()));
          for (var row : gap.rows()) {
            columns.put(row.competencyId(), row.competency());
            int[] cell =
                cells
                    .computeIfAbsent(place.departmentId(), k -> new HashMap<>())
                    .computeIfAbsent(row.competencyId(), k -> new int[2]);
            cell[0] += row.gap();
            cell[1]++;
          }
        });
    List<GapRow> rows =
        cells.entrySet().stream()
            .map(
                en -> {
                  Map<Long, BigDecimal> avg = new TreeMap<>();
                  en.getValue()
                      .forEach(
                          (c, cell) ->
                              avg.put(
                                  c,
                                  BigDecimal.valueOf(cell[0])
                                      .divide(
                                          BigDecimal.valueOf(cell[1]), 2, RoundingMode.HALF_UP)));
                  return new GapRow(en.getKey(), departmentName(departments, en.getKey()), avg);
                })
            .sorted(Comparator.comparing(GapRow::department))
            .toList();
    List<CompetencyColumn> cols =
        columns.entrySet().stream()
            .map(e -> new CompetencyColumn(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(CompetencyColumn::name))
            .toList();
    return new HeatMap(cols, rows);
  }

  private static BigDecimal share(int part, int whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  private static String name(Map<Long, UserSummary> users, long id) {
    UserSummary u = users.get(id);
    return u == null ? "#" + id : u.displayName();
  }

  private static String departmentName(Map<Long, DepartmentSummary> departments, Long id) {
    if (id == null) {
      return "No department";
    }
    DepartmentSummary d = departments.get(id);
    return d == null ? "#" + id : d.name();
  }

  private static void requirePmo(CurrentUser user) {
    if (!LearningAccess.seesAll(user)) {
      throw new AccessDeniedException("The culture dashboard is the PMO's");
    }
  }
}

package org.cairnpmo.resources.staffing.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.engine.staffing.CapacityGrid;
import org.cairnpmo.engine.staffing.Person;
import org.cairnpmo.engine.staffing.SkillRequirement;
import org.cairnpmo.engine.staffing.StaffingProblem;
import org.cairnpmo.engine.staffing.StaffingRequest;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.SkillLevel;
import org.cairnpmo.resources.capacity.CapacityService;

/**
 * The engine's staffing problem for some requests: the whole pool against the weeks the requests
 * cover, with the names the engine's ids stand for. Roles and departments go to the engine by name
 * (both are unique), skills by one spelling per skill whatever its case.
 */
final class StaffingModel {

  /** The longest span of weeks a run covers: the engine's horizon holds ten years. */
  static final int MAX_WEEKS = 520;

  private static final Pattern PERSON = Pattern.compile("person#(\\d+)");
  private static final Pattern REQUEST = Pattern.compile("request#(\\d+)");
  private static final Pattern WEIGHT = Pattern.compile("\\(priority (\\d+)\\)");

  final StaffingProblem problem;
  final Map<Long, StaffingData.Member> people = new HashMap<>();
  final Map<Long, StaffingData.Request> requests = new HashMap<>();
  private final Map<Long, ProjectView> projects;
  private final Map<Long, String> roleNames;
  private final Map<String, String> spelling = new HashMap<>();

  /**
   * The names the model gives the engine and its words.
   *
   * @param projects the requests' projects by id
   * @param roleNames the catalog's roles by id
   * @param departmentNames the organization's departments by id
   */
  record Names(
      Map<Long, ProjectView> projects,
      Map<Long, String> roleNames,
      Map<Long, String> departmentNames) {}

  private StaffingModel(
      CapacityGrid grid,
      List<StaffingData.Member> pool,
      List<StaffingData.Request> open,
      Names names) {
    this.projects = names.projects();
    this.roleNames = names.roleNames();
    Map<Long, String> departmentNames = names.departmentNames();
    List<StaffingRequest> engineRequests = new ArrayList<>(open.size());
    for (StaffingData.Request r : open) {
      requests.put(r.id(), r);
      ProjectView project = projects.get(r.projectId());
      List<SkillRequirement> skills = new ArrayList<>(r.skills().size());
      for (SkillLevel s : r.skills()) {
        skills.add(new SkillRequirement(skill(s.skill()), s.proficiency()));
      }
      StaffingRequest request =
          StaffingRequest.of(
              requestKey(r.id()),
              r.personId() != null || r.roleId() == null ? null : roleNames.get(r.roleId()),
              skills,
              r.firstDay(),
              r.lastDay(),
              r.hoursPerWeek(),
              weight(r.priority()));
      if (r.personId() != null) {
        request = request.withNamedPerson(personKey(r.personId()));
      }
      if (project != null && project.departmentId() != null) {
        request = request.withPreferredDepartment(departmentNames.get(project.departmentId()));
      }
      engineRequests.add(request);
    }
    List<Person> enginePeople = new ArrayList<>(pool.size());
    for (StaffingData.Member m : pool) {
      people.put(m.id(), m);
      Map<String, Integer> skills = new HashMap<>();
      m.skills().forEach((s, level) -> skills.merge(skill(s), level, Math::max));
      String role = m.roleId() == null ? null : roleNames.get(m.roleId());
      enginePeople.add(
          new Person(
              personKey(m.id()),
              role == null ? Set.of() : Set.of(role),
              skills,
              m.departmentId() == null ? null : departmentNames.get(m.departmentId()),
              m.rate()));
    }
    this.problem = new StaffingProblem(grid, enginePeople, engineRequests);
  }

  /**
   * The problem of {@code open} over the whole pool, the grid read from {@code capacity} for the
   * weeks they cover.
   *
   * @throws InvalidInputException when the requests span more than {@link #MAX_WEEKS} weeks
   */
  static StaffingModel of(
      CapacityService capacity,
      List<StaffingData.Member> pool,
      List<StaffingData.Request> open,
      Names names) {
    LocalDate first =
        open.stream().map(StaffingData.Request::firstDay).min(LocalDate::compareTo).orElseThrow();
    LocalDate last =
        open.stream().map(StaffingData.Request::lastDay).max(LocalDate::compareTo).orElseThrow();
    LocalDate monday = first.with(DayOfWeek.MONDAY);
    long weeks = ChronoUnit.DAYS.between(monday, last) / 7 + 1;
    if (weeks > MAX_WEEKS) {
      throw InvalidInputException.of(
          "to",
          "The requests run from "
              + first
              + " to "
              + last
              + ", more than ten years: choose a shorter period.");
    }
    // People who joined since the grid was read are left out rather than failing the run.
    CapacityGrid grid = capacity.commitments(monday, (int) weeks);
    List<StaffingData.Member> inGrid =
        pool.stream().filter(m -> grid.contains(personKey(m.id()))).toList();
    return new StaffingModel(grid, inGrid, open, names);
  }

  static String personKey(long id) {
    return CapacityService.STAFFING_KEY + id;
  }

  static String requestKey(long id) {
    return "request#" + id;
  }

  static long idOf(String key) {
    return Long.parseLong(key.substring(key.indexOf('#') + 1));
  }

  /** The weight of a priority in the objective: each step doubles it. */
  static double weight(Priority priority) {
    Priority p = priority == null ? Priority.MEDIUM : priority;
    return 1 << (Priority.values().length - p.rank());
  }

  /** The engine's words with people and requests by name. */
  String words(String text) {
    Matcher persons = PERSON.matcher(text);
    String named =
        persons.replaceAll(
            m -> {
              StaffingData.Member person = people.get(Long.parseLong(m.group(1)));
              return Matcher.quoteReplacement(person == null ? "someone" : person.name());
            });
    String requests =
        REQUEST.matcher(named).replaceAll(m -> Matcher.quoteReplacement(request(m.group(1))));
    // The engine names a request's weight; people know it by its priority.
    return WEIGHT.matcher(requests).replaceAll(m -> "(" + priority(m.group(1)) + ")");
  }

  private static String priority(String weight) {
    for (Priority p : Priority.values()) {
      if (Integer.toString((int) weight(p)).equals(weight)) {
        return p.label().toLowerCase(Locale.ROOT);
      }
    }
    return "priority " + weight;
  }

  List<String> words(List<String> texts) {
    return texts.stream().map(this::words).toList();
  }

  private String request(String id) {
    StaffingData.Request r = requests.get(Long.parseLong(id));
    ProjectView project = r == null ? null : projects.get(r.projectId());
    return project == null ? "request " + id : "request " + id + " of " + project.code();
  }

  /** What a request asks for, in words: the named person, else the role. */
  String asked(StaffingData.Request r) {
    StaffingData.Member named = r.personId() == null ? null : people.get(r.personId());
    if (named != null) {
      return named.name();
    }
    return r.roleId() == null ? "Anyone" : roleNames.getOrDefault(r.roleId(), "A role");
  }

  /** One spelling per skill, whatever its case: the first one met. */
  private String skill(String name) {
    String stripped = name.strip();
    return spelling.computeIfAbsent(stripped.toLowerCase(Locale.ROOT), k -> stripped);
  }
}

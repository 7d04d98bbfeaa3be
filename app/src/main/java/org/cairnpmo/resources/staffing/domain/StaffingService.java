package org.cairnpmo.resources.staffing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.engine.staffing.Assignment;
import org.cairnpmo.engine.staffing.Person;
import org.cairnpmo.engine.staffing.StaffingOptimizer;
import org.cairnpmo.engine.staffing.StaffingOptions;
import org.cairnpmo.engine.staffing.StaffingRequest;
import org.cairnpmo.engine.staffing.StaffingResult;
import org.cairnpmo.engine.staffing.StaffingStatus;
import org.cairnpmo.engine.staffing.Suggestion;
import org.cairnpmo.engine.staffing.Suggestions;
import org.cairnpmo.engine.staffing.Unstaffed;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.LearningAsk;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.capacity.CapacityService;
import org.cairnpmo.resources.domain.LearningStandings;
import org.cairnpmo.resources.domain.LearningStandings.Standings;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffing of the requests waiting for a person: the people suggested for one request, and a
 * proposal for many at once by the engine's optimizer, saved only when applied, as proposals of the
 * request workflow. Resource managers, the PMO and administrators staff; the requests of a project
 * the caller may not see answer "not found" and are never part of a run.
 */
@Service
public class StaffingService {

  /** The most suggestions one answer holds, and the most assignments one apply saves. */
  public static final int MAX_SUGGESTIONS = 100;

  public static final int MAX_APPLY = 1000;

  private final StaffingReader reader;
  private final CapacityService capacity;
  private final RequestService requests;
  private final ProjectsApi projects;
  private final OrganizationApi organization;
  private final LearningStandings learning;
  private final Clock clock;

  StaffingService(
      StaffingReader reader,
      CapacityService capacity,
      RequestService requests,
      ProjectsApi projects,
      OrganizationApi organization,
      LearningStandings learning,
      Clock clock) {
    this.reader = reader;
    this.capacity = capacity;
    this.requests = requests;
    this.projects = projects;
    this.organization = organization;
    this.learning = learning;
    this.clock = clock;
  }

  /** Whoever may staff: resource managers, the PMO and administrators. */
  public static boolean staffs(CurrentUser user) {
    return ResourcesAccess.editsPool(user);
  }

  /**
   * The people for one request waiting for a person, best fit first. When {@code ask} names a
   * competency or a certification, only the people who meet it are suggested, those of a higher
   * level in the competency first and, at one level, best fit first.
   *
   * @throws NotFoundException for a request that does not exist or whose project the caller may not
   *     see
   */
  @Transactional(readOnly = true)
  public Suggested suggestions(long requestId, int limit, LearningAsk ask, CurrentUser viewer) {
    requireStaffer(viewer);
    Standings standings = learning.of(ask, viewer);
    if (limit < 1 || limit > MAX_SUGGESTIONS) {
      throw InvalidInputException.of(
          "limit", "Ask for 1 to " + MAX_SUGGESTIONS + " suggestions at a time.");
    }
    StaffingData.Request request = reader.byIds(List.of(requestId)).get(requestId);
    ProjectView project =
        request == null ? null : projects.visibleProject(request.projectId(), viewer).orElse(null);
    if (project == null) {
      throw new NotFoundException("Request", requestId);
    }
    if (request.status() != RequestStatus.REQUESTED) {
      throw new BusinessRuleException(
          "request-status",
          "Suggestions are for requests waiting for a person; request "
              + requestId
              + " is "
              + request.status().label().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    StaffingModel model = model(List.of(request), Map.of(project.id(), project), standings);
    StaffingRequest engineRequest = model.problem.requests().get(0);
    List<Suggestion> all = new ArrayList<>(Suggestions.rank(model.problem, engineRequest, 0));
    // The engine ranks by fit; a stable sort puts the more competent first, keeping fit within.
    all.sort(Comparator.comparing((Suggestion s) -> userOf(model, s), standings.byLevel()));
    Map<String, Person> people = new HashMap<>();
    model.problem.people().forEach(p -> people.put(p.id(), p));
    List<Candidate> candidates = new ArrayList<>();
    for (Suggestion s : all.subList(0, Math.min(limit, all.size()))) {
      Person p = people.get(s.personId());
      StaffingData.Member m = model.people.get(StaffingModel.idOf(s.personId()));
      candidates.add(
          new Candidate(
              candidates.size() + 1,
              m.id(),
              m.name(),
              p.department(),
              p.roles().isEmpty() ? null : p.roles().iterator().next(),
              round(s.fit().total(), 3),
              round(s.fit().skill(), 3),
              round(s.fit().availability(), 3),
              round(s.fit().cost(), 3),
              round(s.fit().department(), 3),
              round(s.freeHours(), 1),
              round(s.askedHours(), 1),
              m.rate(),
              standings.words(m.userId()),
              model.words(s.reasons())));
    }
    return new Suggested(requestId, project.id(), request.version(), all.size(), candidates);
  }

  /** How many requests waiting for a person the filter takes, of those the caller may see. */
  @Transactional(readOnly = true)
  public int count(StaffingFilter filter, CurrentUser viewer) {
    requireStaffer(viewer);
    return selection(filter.checked(), viewer).requests().size();
  }

  /**
   * Runs the optimizer on the requests the filter takes, against the pool's capacity left by what
   * is proposed, accepted and approved already. Nothing is saved, and no transaction is held while
   * the optimizer searches: applying checks the pool again.
   */
  public StaffingProposal proposal(StaffingFilter filter, CurrentUser viewer) {
    requireStaffer(viewer);
    StaffingFilter checked = filter.checked();
    Standings standings = learning.of(checked.learning(), viewer);
    Selection selection = selection(checked, viewer);
    if (selection.requests().isEmpty()) {
      return new StaffingProposal(0, List.of(), List.of(), "OPTIMAL", "GREEDY", 0, 0, 0, 0, false);
    }
    StaffingModel model = model(selection.requests(), selection.projects(), standings);
    StaffingResult result =
        StaffingOptimizer.solve(
            model.problem,
            StaffingOptions.defaults().withTimeLimit(Duration.ofSeconds(checked.seconds())));
    List<StaffingProposal.Proposed> assigned = new ArrayList<>();
    for (Assignment a : result.assignments()) {
      StaffingData.Request r = model.requests.get(StaffingModel.idOf(a.requestId()));
      StaffingData.Member m = model.people.get(StaffingModel.idOf(a.personId()));
      List<String> why = new ArrayList<>(model.words(a.reasons()));
      if (standings.ask().asks()) {
        why.add(0, standings.words(m.userId()));
      }
      assigned.add(
          new StaffingProposal.Proposed(
              asked(r, model, selection.projects()),
              m.id(),
              m.name(),
              round(a.fit().total(), 3),
              round(a.value(), 3),
              why));
    }
    List<StaffingProposal.LeftOpen> open = new ArrayList<>();
    for (Unstaffed u : result.unstaffed()) {
      StaffingData.Request r = model.requests.get(StaffingModel.idOf(u.requestId()));
      open.add(
          new StaffingProposal.LeftOpen(
              asked(r, model, selection.projects()),
              u.reason().name(),
              model.words(u.explanation())));
    }
    return new StaffingProposal(
        selection.requests().size(),
        assigned,
        open,
        result.status().name(),
        result.method().name(),
        round(result.objectiveValue(), 3),
        round(result.bestBound(), 3),
        round(result.gapPercent(), 2),
        result.solveTime().toMillis(),
        result.status() != StaffingStatus.OPTIMAL);
  }

  /**
   * Saves the chosen assignments as proposals of their people, through the request workflow, all or
   * none: a request that changed since the proposal was made stops the whole apply ({@link
   * StaleRequestsException}), and so does a person who would be booked beyond their free hours or
   * who does not meet a request's role and skills.
   */
  @Transactional
  public List<RequestView> apply(List<Choice> choices, CurrentUser user) {
    requireStaffer(user);
    Map<Long, Choice> chosen = checkChoices(choices);
    Map<Long, StaffingData.Request> found = reader.byIds(chosen.keySet());
    Set<Long> projectIds = new HashSet<>();
    found.values().forEach(r -> projectIds.add(r.projectId()));
    Map<Long, ProjectView> visible =
        projectIds.isEmpty() ? Map.of() : projects.visibleProjects(projectIds, user);
    List<StaleRequestsException.Stale> stale = new ArrayList<>();
    for (Choice c : chosen.values()) {
      StaffingData.Request r = found.get(c.requestId());
      if (r == null || !visible.containsKey(r.projectId())) {
        throw new NotFoundException("Request", c.requestId());
      }
      if (r.version() != c.version() || r.status() != RequestStatus.REQUESTED) {
        stale.add(
            new StaleRequestsException.Stale(
                r.id(),
                c.version(),
                r.version(),
                r.status().label().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    if (!stale.isEmpty()) {
      throw new StaleRequestsException(stale);
    }
    Set<Long> personIds = new LinkedHashSet<>();
    chosen.values().forEach(c -> personIds.add(c.personId()));
    reader.lockPeople(personIds);
    List<StaffingData.Request> taken = new ArrayList<>(found.values());
    StaffingModel model = model(taken, visible, learning.of(LearningAsk.NONE, user));
    new RoomCheck(model).require(chosen);
    List<RequestView> saved = new ArrayList<>();
    for (Choice c : chosen.values()) {
      StaffingData.Request r = found.get(c.requestId());
      saved.add(requests.propose(r.projectId(), r.id(), c.personId(), c.version(), user));
    }
    return saved;
  }

  /** The choices by request, each complete and each request once. */
  private static Map<Long, Choice> checkChoices(List<Choice> choices) {
    if (choices == null || choices.isEmpty()) {
      throw InvalidInputException.of("assignments", "Choose at least one assignment to save.");
    }
    if (choices.size() > MAX_APPLY) {
      throw InvalidInputException.of(
          "assignments", "Save at most " + MAX_APPLY + " assignments at a time.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Map<Long, Choice> byRequest = new LinkedHashMap<>();
    for (int i = 0; i < choices.size(); i++) {
      Choice c = choices.get(i);
      String at = "assignments[" + i + "]";
      if (c == null || c.requestId() == null || c.personId() == null || c.version() == null) {
        problems.add(
            new FieldProblem(at, "Give each assignment's requestId, personId and version."));
      } else if (byRequest.putIfAbsent(c.requestId(), c) != null) {
        problems.add(
            new FieldProblem(
                at + ".requestId",
                "Request " + c.requestId() + " is given more than once: choose one person."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return byRequest;
  }

  private static void requireStaffer(CurrentUser user) {
    if (!staffs(user)) {
      throw new AccessDeniedException(
          "Only resource managers, the PMO and administrators staff requests");
    }
  }

  /** The requests waiting for a person that the filter takes and the caller may see. */
  private Selection selection(StaffingFilter filter, CurrentUser viewer) {
    List<StaffingData.Request> waiting = reader.waiting();
    Set<Long> projectIds = new HashSet<>();
    waiting.forEach(r -> projectIds.add(r.projectId()));
    Map<Long, ProjectView> visible =
        projectIds.isEmpty() ? Map.of() : projects.visibleProjects(projectIds, viewer);
    List<StaffingData.Request> taken = new ArrayList<>();
    for (StaffingData.Request r : waiting) {
      ProjectView project = visible.get(r.projectId());
      if (project != null && filter.takes(r, project.departmentId())) {
        taken.add(r);
      }
    }
    return new Selection(taken, visible);
  }

  private record Selection(List<StaffingData.Request> requests, Map<Long, ProjectView> projects) {}

  /** The model of {@code open} over the people of the pool who meet what {@code standings} ask. */
  private StaffingModel model(
      List<StaffingData.Request> open, Map<Long, ProjectView> visible, Standings standings) {
    Map<Long, String> departments = new HashMap<>();
    for (DepartmentSummary d : organization.departments()) {
      departments.put(d.id(), d.name());
    }
    return StaffingModel.of(
        capacity,
        reader.pool(LocalDate.now(clock)).stream()
            .filter(m -> standings.meets(m.userId()))
            .toList(),
        open,
        new StaffingModel.Names(visible, reader.roleNames(), departments));
  }

  private static Long userOf(StaffingModel model, Suggestion s) {
    return model.people.get(StaffingModel.idOf(s.personId())).userId();
  }

  private static StaffingProposal.Asked asked(
      StaffingData.Request r, StaffingModel model, Map<Long, ProjectView> projects) {
    ProjectView project = projects.get(r.projectId());
    return new StaffingProposal.Asked(
        r.id(),
        r.version(),
        r.projectId(),
        project.code(),
        model.asked(r),
        r.hoursPerWeek(),
        r.firstDay(),
        r.lastDay(),
        r.priority());
  }

  private static double round(double x, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(x * scale) / scale;
  }
}

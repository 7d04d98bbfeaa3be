package org.cairnpmo.resources.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.RequestView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource requests of projects. The project's manager (or the PMO, or an administrator) requests
 * and accepts or declines a proposed person; resource managers (and the PMO and administrators)
 * propose, approve and reject. A request follows its project's visibility: a project the caller may
 * not see answers "not found", as do its requests.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RequestService {

  private final ResourceRequestRepository requests;
  private final PoolPersonRepository people;
  private final JobRoleRepository roles;
  private final ProjectsApi projects;
  private final RequestNotices notices;
  private final Clock clock;

  @Transactional(readOnly = true)
  public Page<RequestView> list(long projectId, int page, int size, CurrentUser viewer) {
    ProjectView project = project(projectId, viewer);
    Page<ResourceRequest> found =
        requests.findByProjectId(
            projectId, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt", "id")));
    Names names = names(found.getContent());
    return found.map(r -> view(r, project, names, viewer));
  }

  @Transactional(readOnly = true)
  public RequestView get(long projectId, long id, CurrentUser viewer) {
    ProjectView project = project(projectId, viewer);
    ResourceRequest request = find(project, id);
    return view(request, project, names(List.of(request)), viewer);
  }

  @Transactional
  public RequestView create(long projectId, RequestData data, CurrentUser editor) {
    ProjectView project = project(projectId, editor);
    requireProjectSide(project, editor);
    project.requirePlanningOpen();
    RequestData checked = RequestRules.check(data);
    List<FieldProblem> problems = new ArrayList<>();
    if (checked.roleId() != null && !roles.existsById(checked.roleId())) {
      problems.add(new FieldProblem("roleId", "Choose a role of the catalog."));
    }
    if (checked.personId() != null && !people.existsById(checked.personId())) {
      problems.add(new FieldProblem("personId", "Choose a person of the pool."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ResourceRequest request =
        requests.saveAndFlush(new ResourceRequest(projectId, checked, editor, clock.instant()));
    RequestView view = view(request, project, names(List.of(request)), editor);
    notices.stepTaken(request, view, project, editor);
    return view;
  }

  @Transactional
  public RequestView propose(
      long projectId, long id, Long personId, long expectedVersion, CurrentUser user) {
    return change(
        projectId,
        id,
        expectedVersion,
        user,
        true,
        r -> {
          if (personId == null || !people.existsById(personId)) {
            throw InvalidInputException.of("personId", "Choose a person of the pool to propose.");
          }
          r.propose(personId, user, clock.instant());
        });
  }

  @Transactional
  public RequestView accept(long projectId, long id, long expectedVersion, CurrentUser user) {
    return change(
        projectId, id, expectedVersion, user, false, r -> r.accept(user, clock.instant()));
  }

  @Transactional
  public RequestView decline(
      long projectId, long id, String reason, long expectedVersion, CurrentUser user) {
    return change(
        projectId,
        id,
        expectedVersion,
        user,
        false,
        r -> r.decline(RequestRules.reason(reason), user, clock.instant()));
  }

  @Transactional
  public RequestView approve(long projectId, long id, long expectedVersion, CurrentUser user) {
    return change(
        projectId, id, expectedVersion, user, true, r -> r.approve(user, clock.instant()));
  }

  @Transactional
  public RequestView reject(
      long projectId, long id, String reason, long expectedVersion, CurrentUser user) {
    return change(
        projectId,
        id,
        expectedVersion,
        user,
        true,
        r -> r.reject(RequestRules.reason(reason), user, clock.instant()));
  }

  /**
   * What waits for {@code viewer}: for resource managers (and the PMO and administrators), the
   * requests that wait for a person or an approval; for a project manager, the people proposed for
   * the projects they manage. Oldest first.
   */
  @Transactional(readOnly = true)
  public List<RequestView> waitingFor(CurrentUser viewer) {
    boolean staffs = ResourcesAccess.editsPool(viewer);
    Set<RequestStatus> statuses =
        staffs
            ? EnumSet.of(RequestStatus.REQUESTED, RequestStatus.PROPOSED, RequestStatus.ACCEPTED)
            : EnumSet.of(RequestStatus.PROPOSED);
    List<ResourceRequest> open = requests.findByStatusIn(statuses);
    Set<Long> projectIds =
        open.stream().map(ResourceRequest::getProjectId).collect(Collectors.toSet());
    Map<Long, ProjectView> visible =
        projectIds.isEmpty() ? Map.of() : projects.visibleProjects(projectIds, viewer);
    List<ResourceRequest> mine = new ArrayList<>();
    for (ResourceRequest r : open) {
      ProjectView project = visible.get(r.getProjectId());
      if (project == null) {
        continue;
      }
      if (staffs
          ? r.getStatus() != RequestStatus.PROPOSED
          : ProjectAccess.canEdit(viewer, project.managerId())) {
        mine.add(r);
      }
    }
    mine.sort(
        java.util.Comparator.comparing(ResourceRequest::getUpdatedAt)
            .thenComparing(ResourceRequest::getId));
    Names names = names(mine);
    return mine.stream().map(r -> view(r, visible.get(r.getProjectId()), names, viewer)).toList();
  }

  private RequestView change(
      long projectId,
      long id,
      long expectedVersion,
      CurrentUser user,
      boolean staffing,
      java.util.function.Consumer<ResourceRequest> step) {
    ProjectView project = project(projectId, user);
    ResourceRequest request = find(project, id);
    project.requireChangeable();
    if (staffing) {
      if (!ResourcesAccess.editsPool(user)) {
        throw new AccessDeniedException(
            "Only resource managers, the PMO and administrators staff requests");
      }
    } else {
      requireProjectSide(project, user);
    }
    if (request.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Request " + request.getId(), expectedVersion, request.getVersion());
    }
    step.accept(request);
    requests.saveAndFlush(request);
    RequestView view = view(request, project, names(List.of(request)), user);
    notices.stepTaken(request, view, project, user);
    return view;
  }

  private static void requireProjectSide(ProjectView project, CurrentUser user) {
    if (!ProjectAccess.canEdit(user, project.managerId())) {
      throw new AccessDeniedException(
          "Only the project's manager, the PMO and administrators request people for it");
    }
  }

  private ProjectView project(long projectId, CurrentUser viewer) {
    return projects
        .visibleProject(projectId, viewer)
        .orElseThrow(() -> new NotFoundException("Project", projectId));
  }

  private ResourceRequest find(ProjectView project, long id) {
    return requests
        .findById(id)
        .filter(r -> r.getProjectId() == project.id())
        .orElseThrow(() -> new NotFoundException("Request", id));
  }

  private record Names(Map<Long, String> people, Map<Long, String> roles) {}

  private Names names(Collection<ResourceRequest> list) {
    Set<Long> personIds = new HashSet<>();
    Set<Long> roleIds = new HashSet<>();
    for (ResourceRequest r : list) {
      personIds.add(r.getPersonId());
      personIds.add(r.getProposedPersonId());
      roleIds.add(r.getRoleId());
    }
    personIds.remove(null);
    roleIds.remove(null);
    return new Names(
        personIds.isEmpty()
            ? Map.of()
            : people.findAllById(personIds).stream()
                .collect(Collectors.toMap(PoolPerson::getId, PoolPerson::getName)),
        roleIds.isEmpty()
            ? Map.of()
            : roles.findAllById(roleIds).stream()
                .collect(Collectors.toMap(JobRole::getId, JobRole::getName)));
  }

  private static RequestView view(
      ResourceRequest r, ProjectView project, Names names, CurrentUser viewer) {
    boolean staffs = ResourcesAccess.editsPool(viewer);
    boolean projectSide = ProjectAccess.canEdit(viewer, project.managerId());
    RequestStatus s = r.getStatus();
    return new RequestView(
        r.getId(),
        project.id(),
        project.code(),
        project.name(),
        r.getRoleId(),
        r.getRoleId() == null ? null : names.roles().get(r.getRoleId()),
        r.getPersonId(),
        r.getPersonId() == null ? null : names.people().get(r.getPersonId()),
        r.getSkills().stream().map(SkillEntry::view).toList(),
        r.getHoursPerWeek(),
        r.getFirstDay(),
        r.getLastDay(),
        r.getPriority(),
        r.getNote(),
        s,
        r.getProposedPersonId(),
        r.getProposedPersonId() == null ? null : names.people().get(r.getProposedPersonId()),
        r.getReason(),
        r.getHistory().stream()
            .map(
                h ->
                    new RequestView.Step(
                        h.happenedAt(), h.byName(), h.fromStatus(), h.toStatus(), h.note()))
            .toList(),
        new RequestView.Actions(
            staffs && s == RequestStatus.REQUESTED,
            projectSide && s == RequestStatus.PROPOSED,
            projectSide && s == RequestStatus.PROPOSED,
            staffs && s == RequestStatus.ACCEPTED,
            staffs && !s.isFinal()),
        r.getVersion(),
        r.getCreatedAt());
  }
}

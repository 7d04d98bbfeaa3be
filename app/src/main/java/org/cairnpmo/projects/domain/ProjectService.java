package org.cairnpmo.projects.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.DisplayNames;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectFromProposal;
import org.cairnpmo.projects.ProjectRegistered;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProposalOrigin;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Register use cases: search, read, register, revise; each guarded by {@link ProjectAccess}. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectService {

  /** Sortable columns as callers name them, mapped to entity attributes. */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "code", "code",
          "name", "name",
          "status", "status",
          "priority", "priorityRank",
          "category", "category",
          "plannedStart", "plannedStart",
          "plannedFinish", "plannedFinish",
          "budget", "budgetAmount",
          "updatedAt", "audit.lastChange.updatedAt");

  private final ProjectRepository projects;
  private final ProjectChangeRepository changes;
  private final IdentityApi identity;
  private final OrganizationApi organization;
  private final ApplicationEventPublisher events;
  private final EntityManager entities;
  private final ProjectViews views;
  private final ProjectChecks checks;
  private final Clock clock;
  private final AuditLog audit;

  @Transactional(readOnly = true)
  public Page<ProjectView> search(ProjectFilter filter, Pageable pageable, CurrentUser viewer) {
    Page<Project> page =
        projects.findAll(ProjectSpecifications.matching(filter, viewer), sanitize(pageable));
    DisplayNames names = views.names(page.getContent());
    return page.map(p -> ProjectViews.view(p, viewer, names));
  }

  /**
   * The ids of the projects the search finds for the viewer, without loading the projects: for
   * figures over the whole register (one query, whatever its size).
   */
  @Transactional(readOnly = true)
  public Set<Long> searchIds(ProjectFilter filter, CurrentUser viewer) {
    CriteriaBuilder builder = entities.getCriteriaBuilder();
    CriteriaQuery<Long> query = builder.createQuery(Long.class);
    Root<Project> project = query.from(Project.class);
    Predicate matching =
        ProjectSpecifications.matching(filter, viewer).toPredicate(project, query, builder);
    query.select(project.get("id"));
    if (matching != null) {
      query.where(matching);
    }
    return new HashSet<>(entities.createQuery(query).getResultList());
  }

  /** How many projects the viewer may see, per status (every status present, zero included). */
  @Transactional(readOnly = true)
  public Map<ProjectStatus, Long> countByStatus(CurrentUser viewer) {
    Map<ProjectStatus, Long> counts = new java.util.EnumMap<>(ProjectStatus.class);
    for (ProjectStatus status : ProjectStatus.values()) {
      ProjectFilter filter = new ProjectFilter(null, Set.of(status), null, null, null, null);
      counts.put(status, projects.count(ProjectSpecifications.matching(filter, viewer)));
    }
    return counts;
  }

  /**
   * The projects the viewer manages, sponsors or belongs to, in the given statuses (all when
   * empty), soonest planned finish first.
   */
  @Transactional(readOnly = true)
  public Page<ProjectView> involving(
      CurrentUser viewer, Set<ProjectStatus> statuses, int page, int size) {
    Pageable pageable =
        PageRequest.of(
            page,
            Math.min(Math.max(size, 1), Paging.MAX_SIZE),
            Sort.by(Sort.Order.asc("plannedFinish"), Sort.Order.asc("code")));
    Page<Project> found =
        projects.findAll(ProjectSpecifications.involving(viewer.id(), statuses), pageable);
    DisplayNames names = views.names(found.getContent());
    return found.map(p -> ProjectViews.view(p, viewer, names));
  }

  @Transactional(readOnly = true)
  public ProjectView get(long id, CurrentUser viewer) {
    Project project = visible(id, viewer);
    return ProjectViews.view(project, viewer, views.names(List.of(project)));
  }

  /**
   * The project if {@code viewer} may see it, else empty. Never throws for a hidden project, so
   * that a caller's surrounding transaction is not marked for rollback.
   */
  @Transactional(readOnly = true)
  public Optional<ProjectView> find(long id, CurrentUser viewer) {
    return projects
        .findById(id)
        .filter(p -> ProjectAccess.canView(viewer, p.isConfidential(), p.hasMember(viewer.id())))
        .map(p -> ProjectViews.view(p, viewer, views.names(List.of(p))));
  }

  /**
   * The ids of the confidential projects {@code viewer} may not see, as the register stands now:
   * read models that keep copies of projects subtract these, so a project made confidential after
   * its copy was written is hidden at once.
   */
  @Transactional(readOnly = true)
  public Set<Long> hiddenFrom(CurrentUser viewer) {
    if (viewer.seesAllProjects()) {
      return Set.of();
    }
    return new HashSet<>(projects.confidentialIdsWithout(viewer.id()));
  }

  /**
   * The projects among {@code ids} that {@code viewer} may see, in the order of {@code ids}: one
   * query per thousand ids and one look-up of names for all of them.
   */
  @Transactional(readOnly = true)
  public Map<Long, ProjectView> findVisible(Collection<Long> ids, CurrentUser viewer) {
    List<List<Long>> chunks = InLists.chunks(ids);
    Map<Long, Project> byId = new HashMap<>();
    for (List<Long> chunk : chunks) {
      for (Project p : projects.findAllById(chunk)) {
        if (ProjectAccess.canView(viewer, p.isConfidential(), p.hasMember(viewer.id()))) {
          byId.put(p.getId(), p);
        }
      }
    }
    DisplayNames names = views.names(List.copyOf(byId.values()));
    Map<Long, ProjectView> visible = new LinkedHashMap<>();
    for (Long id : chunks.stream().flatMap(List::stream).toList()) {
      Project p = byId.get(id);
      if (p != null) {
        visible.put(id, ProjectViews.view(p, viewer, names));
      }
    }
    return visible;
  }

  @Transactional(readOnly = true)
  public ProjectData dataForEdit(long id, CurrentUser editor) {
    Project project = visible(id, editor);
    requireEditable(project, editor);
    return project.toData();
  }

  @Transactional(readOnly = true)
  public List<ProjectChangeView> history(long id, CurrentUser viewer) {
    visible(id, viewer);
    return changes.findByProjectIdOrderByRevisionDescIdAsc(id).stream()
        .map(
            c ->
                new ProjectChangeView(
                    c.getRevision(),
                    c.getChangedAt(),
                    c.getChangedBy(),
                    c.getField(),
                    c.getOldValue(),
                    c.getNewValue()))
        .toList();
  }

  @Transactional
  public ProjectView register(ProjectData data, CurrentUser author) {
    if (!ProjectAccess.canRegister(author)) {
      throw new AccessDeniedException("Only the PMO and project managers register projects");
    }
    ProjectData effective = data;
    if (!author.governsAllProjects()) {
      if (data.managerId() == null) {
        effective = data.withManagerId(author.id());
      } else if (data.managerId() != author.id()) {
        throw InvalidInputException.of(
            "managerId", "You can register projects that you manage; ask the PMO for others.");
      }
    }
    checks.references(effective);
    checks.codeFree(effective.code(), null);
    Instant now = clock.instant();
    Project project = projects.saveAndFlush(Project.register(effective, author.username(), now));
    DisplayNames names = views.names(List.of(project));
    announceRegistered(project, now, author.username(), "");
    return ProjectViews.view(project, author, names);
  }

  /** The author recorded for registrations that no signed-in person made. */
  public static final String SYSTEM_AUTHOR = "system";

  /**
   * Registers an approved proposal as a project, on behalf of the system (it runs from an event,
   * without a signed-in person), carrying over what the proposal knows:
   *
   * <ul>
   *   <li>the manager the proposal named, when that person exists; the project is then Active, and
   *       otherwise Proposed until the PMO appoints one. A manager who is also the sponsor is named
   *       as manager only, since the two must be different people;
   *   <li>the problem statement as the description, and the proposal itself as the project's
   *       origin;
   *   <li>a code in the department's scheme, {@code <department code>-<start year>-<NN>} with the
   *       next free number, as the demo organization numbers its projects; the proposal's code
   *       (with a suffix if taken) when the proposal has no department.
   * </ul>
   *
   * Missing dates default to a year from today.
   */
  @Transactional
  public ProjectView registerFromProposal(ProposalApproved approved) {
    CurrentUser system = new CurrentUser(0, SYSTEM_AUTHOR, "System", Set.of());
    Optional<Project> registered = projects.findFirstByOriginProposalId(approved.proposalId());
    if (registered.isPresent()) {
      // A redelivered approval: the project exists, and the modules downstream had their event.
      return ProjectViews.view(registered.get(), system, views.names(List.of(registered.get())));
    }
    LocalDate start =
        approved.plannedStart() != null
            ? approved.plannedStart()
            : LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    LocalDate finish =
        approved.plannedFinish() != null && !approved.plannedFinish().isBefore(start)
            ? approved.plannedFinish()
            : start.plusYears(1).minusDays(1);
    Long manager = existingUser(approved.managerId());
    Long sponsor = existingUser(approved.sponsorId());
    if (manager != null && manager.equals(sponsor)) {
      sponsor = null;
    }
    Optional<DepartmentSummary> department =
        Optional.ofNullable(approved.departmentId()).flatMap(organization::department);
    String title = truncate(approved.title(), 200);
    String description =
        approved.problem() == null || approved.problem().isBlank()
            ? "Registered from the approved proposal " + approved.code() + "."
            : truncate(approved.problem().trim(), 4000);
    BigDecimal budget = approved.budget();
    ProjectData data =
        new ProjectData(
            department
                .map(d -> schemeCode(d.code(), start.getYear()))
                .orElseGet(() -> freeCode(approved.code())),
            title,
            description,
            department.map(DepartmentSummary::id).orElse(null),
            sponsor,
            manager,
            null,
            null,
            manager == null ? ProjectStatus.PROPOSED : ProjectStatus.ACTIVE,
            start,
            finish,
            budget,
            budget == null ? null : approved.currency(),
            false,
            List.of(),
            null);
    Instant now = clock.instant();
    Project project =
        projects.saveAndFlush(
            Project.registerFrom(
                new ProposalOrigin(approved.proposalId(), approved.code()),
                data,
                SYSTEM_AUTHOR,
                now));
    announceRegistered(project, now, SYSTEM_AUTHOR, " from proposal " + approved.code());
    events.publishEvent(new ProjectFromProposal(project.getId(), project.getCode(), approved));
    return ProjectViews.view(project, system, views.names(List.of(project)));
  }

  /** The first entry of a new project's history, and the event other modules start from. */
  private void announceRegistered(Project project, Instant now, String by, String origin) {
    changes.save(ProjectChange.registered(project, now, by, origin));
    events.publishEvent(
        new ProjectRegistered(project.getId(), project.getCode(), project.getStatus()));
  }

  private Long existingUser(Long id) {
    return id != null && identity.user(id).isPresent() ? id : null;
  }

  /** The department's next free code for projects starting in {@code year}, e.g. FIN-2027-03. */
  private String schemeCode(String departmentCode, int year) {
    String prefix = (departmentCode.trim() + "-" + year + "-").toUpperCase(Locale.ROOT);
    int last = 0;
    for (String code : projects.codesStartingWith(prefix)) {
      String number = code.substring(prefix.length());
      if (code.toUpperCase(Locale.ROOT).startsWith(prefix)
          && !number.isEmpty()
          && number.chars().allMatch(Character::isDigit)
          && number.length() < 9) {
        last = Math.max(last, Integer.parseInt(number));
      }
    }
    return prefix + String.format(Locale.ROOT, "%02d", last + 1);
  }

  /** {@code code}, or with the first free suffix when a project already uses it. */
  private String freeCode(String code) {
    String free = code;
    for (int n = 2; projects.findByCodeIgnoreCase(free).isPresent(); n++) {
      free = code + "-" + n;
    }
    return free;
  }

  private static String truncate(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }

  @Transactional
  public ProjectView revise(long id, ProjectData data, long expectedVersion, CurrentUser editor) {
    Project project = editable(id, expectedVersion, editor);
    checks.references(data);
    checks.codeFree(data.code(), project.getId());
    Map<String, String> old = ProjectViews.snapshot(project, views.names(List.of(project)));
    Instant now = clock.instant();
    project.revise(data, editor.username(), now);
    return saveChange(project, old, now, editor);
  }

  /**
   * Moves a project along its lifecycle and changes nothing else, as the status buttons of the
   * project page do: one transaction, checked against the version the person saw.
   */
  @Transactional
  public ProjectView changeStatus(
      long id, ProjectStatus status, long expectedVersion, CurrentUser editor) {
    Project project = editable(id, expectedVersion, editor);
    Map<String, String> old = ProjectViews.snapshot(project, views.names(List.of(project)));
    Instant now = clock.instant();
    project.changeStatus(status, editor.username(), now);
    return saveChange(project, old, now, editor);
  }

  private Project editable(long id, long expectedVersion, CurrentUser editor) {
    Project project = visible(id, editor);
    requireEditable(project, editor);
    if (project.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Project " + project.getCode(), expectedVersion, project.getVersion());
    }
    return project;
  }

  /** See {@code ProjectsApi.recordExport}: codes in the order of the register. */
  @Transactional
  public void recordExport(String what, Collection<Long> projectIds) {
    if (projectIds.isEmpty()) {
      return;
    }
    List<String> codes =
        projects.findAllById(Set.copyOf(projectIds)).stream()
            .filter(Project::isConfidential)
            .map(Project::getCode)
            .sorted()
            .toList();
    if (!codes.isEmpty()) {
      audit.record(
          AuditKind.CONFIDENTIAL_EXPORT,
          what,
          "Confidential projects: " + String.join(", ", codes));
    }
  }

  /** Saves an edit and records each field it changed, as one revision of the history. */
  private ProjectView saveChange(
      Project project, Map<String, String> old, Instant now, CurrentUser editor) {
    projects.saveAndFlush(project);
    DisplayNames after = views.names(List.of(project));
    Map<String, String> updated = ProjectViews.snapshot(project, after);
    for (String field : old.keySet()) {
      if (!Objects.equals(old.get(field), updated.get(field))) {
        changes.save(
            ProjectChange.of(
                project, now, editor.username(), field, old.get(field), updated.get(field)));
        if ("Members".equals(field) || "Manager".equals(field) || "Sponsor".equals(field)) {
          audit.record(
              AuditKind.MEMBERSHIP_CHANGED,
              "Project " + project.getCode(),
              field + ": " + old.get(field) + " → " + updated.get(field));
        }
      }
    }
    return ProjectViews.view(project, editor, after);
  }

  @Transactional(readOnly = true)
  public boolean codeTaken(String code) {
    return code != null && projects.findByCodeIgnoreCase(code.trim()).isPresent();
  }

  private Project visible(long id, CurrentUser viewer) {
    Project project = projects.findById(id).orElseThrow(() -> new NotFoundException("Project", id));
    if (!ProjectAccess.canView(viewer, project.isConfidential(), project.hasMember(viewer.id()))) {
      throw new NotFoundException("Project", id);
    }
    return project;
  }

  private static void requireEditable(Project project, CurrentUser editor) {
    if (!ProjectAccess.canEdit(editor, project.getManagerId())) {
      throw new AccessDeniedException("Only the project's manager or the PMO may change it");
    }
  }

  private static Pageable sanitize(Pageable pageable) {
    int size = Math.min(Math.max(pageable.getPageSize(), 1), Paging.MAX_SIZE);
    List<Sort.Order> orders = Paging.sortOrders(pageable.getSort(), SORTABLE);
    orders.add(Sort.Order.asc("code")); // a stable order across pages
    return PageRequest.of(pageable.getPageNumber(), size, Sort.by(orders));
  }
}

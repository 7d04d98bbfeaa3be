package org.cairnpmo.control.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.control.AssumptionData;
import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.DecisionData;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyData;
import org.cairnpmo.control.DependencyStatus;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.EscalatedItem;
import org.cairnpmo.control.Escalation;
import org.cairnpmo.control.EscalationData;
import org.cairnpmo.control.HeatMap;
import org.cairnpmo.control.IssueData;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.OccurrenceData;
import org.cairnpmo.control.ProjectControlChanged;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RaidSummary;
import org.cairnpmo.control.RiskData;
import org.cairnpmo.control.RiskLevel;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's RAID log: risks, issues, assumptions, decisions and inter-project dependencies; risks
 * turned into issues when they occur; escalation to the portfolio; risk heat maps per project and
 * for the portfolio. Every use case checks {@link ControlAccess} first.
 */
@Service
public class RaidService {

  public static final int MAX_PAGE_SIZE = 200;

  /** Projects whose RAID log is live: the portfolio heat map counts only these. */
  public static final Set<ProjectStatus> LIVE =
      EnumSet.of(ProjectStatus.PROPOSED, ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD);

  private static final ZoneId ZONE = ZoneId.systemDefault();

  private final RiskRepository risks;
  private final IssueRepository issues;
  private final AssumptionRepository assumptions;
  private final DecisionRepository decisions;
  private final DependencyRepository dependencies;
  private final ControlAccess access;
  private final IdentityApi identity;
  private final ApplicationEventPublisher events;

  RaidService(
      RiskRepository risks,
      IssueRepository issues,
      AssumptionRepository assumptions,
      DecisionRepository decisions,
      DependencyRepository dependencies,
      ControlAccess access,
      IdentityApi identity,
      ApplicationEventPublisher events) {
    this.risks = risks;
    this.issues = issues;
    this.assumptions = assumptions;
    this.decisions = decisions;
    this.dependencies = dependencies;
    this.access = access;
    this.identity = identity;
    this.events = events;
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  static Pageable page(int page, int size, Sort sort) {
    if (page < 0) {
      throw InvalidInputException.of("page", "Pages are numbered from 0.");
    }
    if (size < 1) {
      throw InvalidInputException.of(
          "size", "Ask for 1 to " + MAX_PAGE_SIZE + " entries per page.");
    }
    return PageRequest.of(page, Math.min(size, MAX_PAGE_SIZE), sort);
  }

  // ================================================================ risks

  @Transactional(readOnly = true)
  public Page<RiskView> risks(
      long projectId,
      RiskStatus status,
      Integer probability,
      Integer impact,
      int page,
      int size,
      CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    Specification<Risk> spec =
        RaidSpecifications.of(
            projectId, "status", status, "probability", probability, "impact", impact);
    Page<Risk> found =
        risks.findAll(
            spec, page(page, size, Sort.by(Sort.Order.desc("score"), Sort.Order.desc("id"))));
    Names names = names(found.getContent());
    return found.map(r -> riskView(project, r, viewer, names));
  }

  @Transactional(readOnly = true)
  public RiskView risk(long projectId, long id, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    Risk risk = findRisk(projectId, id);
    return riskView(project, risk, viewer, names(List.of(risk)));
  }

  @Transactional
  public RiskView logRisk(long projectId, RiskData data, CurrentUser author) {
    ProjectView project = writable(projectId, author, null, true);
    Long owner = owner(data.ownerId(), author.id(), "ownerId");
    checkActionOwners(data);
    Risk risk =
        risks.saveAndFlush(Risk.log(projectId, data, owner, author.username(), Instant.now()));
    raidChanged(projectId);
    return riskView(project, risk, author, names(List.of(risk)));
  }

  @Transactional
  public RiskView reviseRisk(
      long projectId, long id, RiskData data, long expectedVersion, CurrentUser editor) {
    Risk risk = findRisk(projectId, id);
    ProjectView project = writable(projectId, editor, risk, false);
    risk.requireVersion(expectedVersion);
    Long owner = owner(data.ownerId(), risk.getOwnerId(), "ownerId");
    checkActionOwners(data);
    risk.revise(data, owner, editor.username(), Instant.now());
    risks.saveAndFlush(risk);
    raidChanged(projectId);
    return riskView(project, risk, editor, names(List.of(risk)));
  }

  /** The risk happened: it becomes an issue that links back to it. Returns the new issue. */
  @Transactional
  public IssueView riskOccurred(
      long projectId, long riskId, OccurrenceData data, long expectedVersion, CurrentUser editor) {
    Risk risk = findRisk(projectId, riskId);
    ProjectView project = writable(projectId, editor, risk, false);
    risk.requireVersion(expectedVersion);
    Long owner = owner(data.ownerId(), risk.getOwnerId(), "ownerId");
    Issue issue = risk.occur(data, owner, editor.username(), Instant.now());
    issue = issues.save(issue); // the identity insert runs now; the risk is written once below
    risk.linkIssue(issue.getId());
    risks.saveAndFlush(risk);
    raidChanged(projectId);
    return issueView(project, issue, editor, names(List.of(issue)));
  }

  private Risk findRisk(long projectId, long id) {
    return risks
        .findByIdAndProjectId(id, projectId)
        .orElseThrow(() -> new NotFoundException("Risk", id));
  }

  private void checkActionOwners(RiskData data) {
    Set<Long> owners = new HashSet<>();
    data.actionsOrEmpty().stream()
        .map(RiskData.ActionData::ownerId)
        .filter(Objects::nonNull)
        .forEach(owners::add);
    if (!owners.isEmpty() && !identity.usersByIds(owners).keySet().containsAll(owners)) {
      throw InvalidInputException.of("actions", "The owner of an action does not exist.");
    }
  }

  private RiskView riskView(ProjectView project, Risk r, CurrentUser viewer, Names names) {
    LocalDate today = today();
    Integer residual = r.residualScore();
    return new RiskView(
        r.getId(),
        r.getProjectId(),
        r.getTitle(),
        r.getCause(),
        r.getEvent(),
        r.getEffect(),
        r.getProbability(),
        r.getImpact(),
        r.getScore(),
        r.level(),
        r.getProximityDate(),
        r.getProximity(),
        r.getOwnerId(),
        names.person(r.getOwnerId()),
        r.getStrategy(),
        r.getActions().stream()
            .map(
                a ->
                    new RiskView.ActionView(
                        a.getText(),
                        a.getOwnerId(),
                        names.person(a.getOwnerId()),
                        a.getDueDate(),
                        a.isDone(),
                        a.isOverdue(today)))
            .toList(),
        r.getResidualProbability(),
        r.getResidualImpact(),
        residual,
        residual == null ? null : RiskLevel.of(residual),
        r.getStatus(),
        r.getIssueId(),
        escalation(r, names),
        r.getVersion(),
        r.getCreatedAt(),
        r.getCreatedBy(),
        r.getUpdatedAt(),
        r.getUpdatedBy(),
        editable(project, r, viewer));
  }

  // ================================================================ issues

  @Transactional(readOnly = true)
  public Page<IssueView> issues(
      long projectId,
      IssueStatus status,
      IssueSeverity severity,
      int page,
      int size,
      CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    Page<Issue> found =
        issues.findAll(
            RaidSpecifications.of(projectId, "status", status, "severity", severity),
            page(
                page, size, Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.desc("id"))));
    Names names = names(found.getContent());
    return found.map(i -> issueView(project, i, viewer, names));
  }

  @Transactional(readOnly = true)
  public IssueView issue(long projectId, long id, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    Issue issue = findIssue(projectId, id);
    return issueView(project, issue, viewer, names(List.of(issue)));
  }

  @Transactional
  public IssueView logIssue(long projectId, IssueData data, CurrentUser author) {
    ProjectView project = writable(projectId, author, null, true);
    Long owner = owner(data.ownerId(), author.id(), "ownerId");
    Issue issue =
        issues.saveAndFlush(Issue.log(projectId, data, owner, author.username(), Instant.now()));
    raidChanged(projectId);
    return issueView(project, issue, author, names(List.of(issue)));
  }

  @Transactional
  public IssueView reviseIssue(
      long projectId, long id, IssueData data, long expectedVersion, CurrentUser editor) {
    Issue issue = findIssue(projectId, id);
    ProjectView project = writable(projectId, editor, issue, false);
    issue.requireVersion(expectedVersion);
    Long owner = owner(data.ownerId(), issue.getOwnerId(), "ownerId");
    issue.revise(data, owner, editor.username(), Instant.now());
    issues.saveAndFlush(issue);
    raidChanged(projectId);
    return issueView(project, issue, editor, names(List.of(issue)));
  }

  private Issue findIssue(long projectId, long id) {
    return issues
        .findByIdAndProjectId(id, projectId)
        .orElseThrow(() -> new NotFoundException("Issue", id));
  }

  private IssueView issueView(ProjectView project, Issue i, CurrentUser viewer, Names names) {
    return new IssueView(
        i.getId(),
        i.getProjectId(),
        i.getTitle(),
        i.getDescription(),
        i.getSeverity(),
        i.getOwnerId(),
        names.person(i.getOwnerId()),
        i.getDueDate(),
        i.isOverdue(today()),
        i.getResolution(),
        i.getStatus(),
        i.getRiskId(),
        escalation(i, names),
        i.getVersion(),
        i.getCreatedAt(),
        i.getCreatedBy(),
        i.getUpdatedAt(),
        i.getUpdatedBy(),
        editable(project, i, viewer));
  }

  // ================================================================ assumptions

  @Transactional(readOnly = true)
  public Page<AssumptionView> assumptions(
      long projectId, Boolean validated, int page, int size, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    Page<Assumption> found =
        assumptions.findAll(
            RaidSpecifications.of(projectId, "validated", validated),
            page(page, size, Sort.by(Sort.Order.desc("id"))));
    Names names = names(found.getContent());
    return found.map(a -> assumptionView(project, a, viewer, names));
  }

  @Transactional(readOnly = true)
  public AssumptionView assumption(long projectId, long id, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    Assumption a = findAssumption(projectId, id);
    return assumptionView(project, a, viewer, names(List.of(a)));
  }

  @Transactional
  public AssumptionView logAssumption(long projectId, AssumptionData data, CurrentUser author) {
    ProjectView project = writable(projectId, author, null, true);
    Long owner = owner(data.ownerId(), author.id(), "ownerId");
    Assumption a =
        assumptions.saveAndFlush(
            Assumption.log(
                projectId, data, owner, author.id(), author.username(), today(), Instant.now()));
    raidChanged(projectId);
    return assumptionView(project, a, author, names(List.of(a)));
  }

  @Transactional
  public AssumptionView reviseAssumption(
      long projectId, long id, AssumptionData data, long expectedVersion, CurrentUser editor) {
    Assumption a = findAssumption(projectId, id);
    ProjectView project = writable(projectId, editor, a, false);
    a.requireVersion(expectedVersion);
    Long owner = owner(data.ownerId(), a.getOwnerId(), "ownerId");
    a.revise(data, owner, editor.id(), editor.username(), today(), Instant.now());
    assumptions.saveAndFlush(a);
    raidChanged(projectId);
    return assumptionView(project, a, editor, names(List.of(a)));
  }

  private Assumption findAssumption(long projectId, long id) {
    return assumptions
        .findByIdAndProjectId(id, projectId)
        .orElseThrow(() -> new NotFoundException("Assumption", id));
  }

  private AssumptionView assumptionView(
      ProjectView project, Assumption a, CurrentUser viewer, Names names) {
    return new AssumptionView(
        a.getId(),
        a.getProjectId(),
        a.getText(),
        a.getOwnerId(),
        names.person(a.getOwnerId()),
        a.isValidated(),
        names.person(a.getValidatedBy()),
        a.getValidatedOn(),
        escalation(a, names),
        a.getVersion(),
        a.getCreatedAt(),
        a.getCreatedBy(),
        a.getUpdatedAt(),
        a.getUpdatedBy(),
        editable(project, a, viewer));
  }

  // ================================================================ decisions

  @Transactional(readOnly = true)
  public Page<DecisionView> decisions(long projectId, int page, int size, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    Page<Decision> found =
        decisions.findAll(
            RaidSpecifications.of(projectId),
            page(page, size, Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("id"))));
    Names names = names(found.getContent());
    return found.map(d -> decisionView(project, d, viewer, names));
  }

  @Transactional(readOnly = true)
  public DecisionView decision(long projectId, long id, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    Decision d = findDecision(projectId, id);
    return decisionView(project, d, viewer, names(List.of(d)));
  }

  @Transactional
  public DecisionView logDecision(long projectId, DecisionData data, CurrentUser author) {
    ProjectView project = writable(projectId, author, null, true);
    Long owner = owner(data.ownerId(), author.id(), "ownerId");
    Decision d =
        decisions.saveAndFlush(
            Decision.log(projectId, data, owner, author.username(), today(), Instant.now()));
    raidChanged(projectId);
    return decisionView(project, d, author, names(List.of(d)));
  }

  @Transactional
  public DecisionView reviseDecision(
      long projectId, long id, DecisionData data, long expectedVersion, CurrentUser editor) {
    Decision d = findDecision(projectId, id);
    ProjectView project = writable(projectId, editor, d, false);
    d.requireVersion(expectedVersion);
    Long owner = owner(data.ownerId(), d.getOwnerId(), "ownerId");
    d.revise(data, owner, editor.username(), today(), Instant.now());
    decisions.saveAndFlush(d);
    raidChanged(projectId);
    return decisionView(project, d, editor, names(List.of(d)));
  }

  private Decision findDecision(long projectId, long id) {
    return decisions
        .findByIdAndProjectId(id, projectId)
        .orElseThrow(() -> new NotFoundException("Decision", id));
  }

  private DecisionView decisionView(
      ProjectView project, Decision d, CurrentUser viewer, Names names) {
    return new DecisionView(
        d.getId(),
        d.getProjectId(),
        d.getWhat(),
        d.getWhy(),
        d.getDecidedBy(),
        d.getDecidedOn(),
        d.getAlternatives(),
        d.getOwnerId(),
        names.person(d.getOwnerId()),
        escalation(d, names),
        d.getVersion(),
        d.getCreatedAt(),
        d.getCreatedBy(),
        d.getUpdatedAt(),
        d.getUpdatedBy(),
        editable(project, d, viewer));
  }

  // ================================================================ dependencies

  @Transactional(readOnly = true)
  public Page<DependencyView> dependencies(
      long projectId, DependencyStatus status, int page, int size, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    Page<Dependency> found =
        dependencies.findAll(
            RaidSpecifications.of(projectId, "status", status),
            page(page, size, Sort.by(Sort.Order.asc("needBy").nullsLast(), Sort.Order.desc("id"))));
    Names names = names(found.getContent());
    Map<Long, Optional<ProjectView>> others = new HashMap<>();
    return found.map(d -> dependencyView(project, d, viewer, names, others));
  }

  /**
   * Dependencies that other projects logged on this one, as far as {@code viewer} may see the
   * projects that logged them (read-only here: they belong to the other project's log).
   */
  @Transactional(readOnly = true)
  public List<DependencyView> dependenciesLoggedElsewhere(long projectId, CurrentUser viewer) {
    access.project(projectId, viewer);
    List<Dependency> found = dependencies.findByOtherProjectId(projectId);
    Names names = names(found);
    Map<Long, Optional<ProjectView>> projects = new HashMap<>();
    List<DependencyView> views = new ArrayList<>();
    for (Dependency d : found) {
      Optional<ProjectView> logger =
          projects.computeIfAbsent(d.getProjectId(), id -> access.find(id, viewer));
      logger.ifPresent(p -> views.add(dependencyView(p, d, viewer, names, projects)));
    }
    return views;
  }

  @Transactional(readOnly = true)
  public DependencyView dependency(long projectId, long id, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    Dependency d = findDependency(projectId, id);
    return dependencyView(project, d, viewer, names(List.of(d)), new HashMap<>());
  }

  @Transactional
  public DependencyView logDependency(long projectId, DependencyData data, CurrentUser author) {
    ProjectView project = writable(projectId, author, null, true);
    Long owner = owner(data.ownerId(), author.id(), "ownerId");
    checkOtherProject(data, author);
    Dependency d =
        dependencies.saveAndFlush(
            Dependency.log(projectId, data, owner, author.username(), Instant.now()));
    raidChanged(projectId);
    return dependencyView(project, d, author, names(List.of(d)), new HashMap<>());
  }

  @Transactional
  public DependencyView reviseDependency(
      long projectId, long id, DependencyData data, long expectedVersion, CurrentUser editor) {
    Dependency d = findDependency(projectId, id);
    ProjectView project = writable(projectId, editor, d, false);
    d.requireVersion(expectedVersion);
    Long owner = owner(data.ownerId(), d.getOwnerId(), "ownerId");
    if (data.otherProjectId() == null || data.otherProjectId() != d.getOtherProjectId()) {
      checkOtherProject(data, editor);
    }
    d.revise(data, owner, editor.username(), Instant.now());
    dependencies.saveAndFlush(d);
    raidChanged(projectId);
    return dependencyView(project, d, editor, names(List.of(d)), new HashMap<>());
  }

  /** Only a project the author can see may be picked; any other is "not found" to them. */
  private void checkOtherProject(DependencyData data, CurrentUser author) {
    if (data.otherProjectId() != null && access.find(data.otherProjectId(), author).isEmpty()) {
      throw InvalidInputException.of(
          "otherProjectId", "There is no project with this id that you can see.");
    }
  }

  private Dependency findDependency(long projectId, long id) {
    return dependencies
        .findByIdAndProjectId(id, projectId)
        .orElseThrow(() -> new NotFoundException("Dependency", id));
  }

  private DependencyView dependencyView(
      ProjectView project,
      Dependency d,
      CurrentUser viewer,
      Names names,
      Map<Long, Optional<ProjectView>> cache) {
    Optional<ProjectView> other =
        cache.computeIfAbsent(d.getOtherProjectId(), id -> access.find(id, viewer));
    return new DependencyView(
        d.getId(),
        d.getProjectId(),
        d.getDirection(),
        other.map(ProjectView::id).orElse(null),
        other.map(ProjectView::code).orElse(null),
        other.map(ProjectView::name).orElse(null),
        other.isPresent(),
        d.getDescription(),
        d.getNeedBy(),
        d.isOverdue(today()),
        d.getStatus(),
        d.getOwnerId(),
        names.person(d.getOwnerId()),
        escalation(d, names),
        d.getVersion(),
        d.getCreatedAt(),
        d.getCreatedBy(),
        d.getUpdatedAt(),
        d.getUpdatedBy(),
        editable(project, d, viewer));
  }

  // ================================================================ escalation

  /** Escalates an entry to the portfolio; answers the entry as it is now (its kind's view). */
  @Transactional
  public Object escalate(
      RaidKind kind,
      long projectId,
      long id,
      EscalationData data,
      long expectedVersion,
      CurrentUser editor) {
    RaidItem item = find(kind, projectId, id);
    writable(projectId, editor, item, false);
    item.requireVersion(expectedVersion);
    item.escalate(editor.id(), data == null ? null : data.note(), editor.username(), Instant.now());
    save(item);
    raidChanged(projectId);
    return view(kind, projectId, id, editor);
  }

  @Transactional
  public Object withdrawEscalation(
      RaidKind kind, long projectId, long id, long expectedVersion, CurrentUser editor) {
    RaidItem item = find(kind, projectId, id);
    writable(projectId, editor, item, false);
    item.requireVersion(expectedVersion);
    item.withdrawEscalation(editor.username(), Instant.now());
    save(item);
    raidChanged(projectId);
    return view(kind, projectId, id, editor);
  }

  /** One entry of any kind, as its kind's view. */
  @Transactional(readOnly = true)
  public Object view(RaidKind kind, long projectId, long id, CurrentUser viewer) {
    return switch (kind) {
      case RISK -> risk(projectId, id, viewer);
      case ISSUE -> issue(projectId, id, viewer);
      case ASSUMPTION -> assumption(projectId, id, viewer);
      case DECISION -> decision(projectId, id, viewer);
      case DEPENDENCY -> dependency(projectId, id, viewer);
    };
  }

  private RaidItem find(RaidKind kind, long projectId, long id) {
    return switch (kind) {
      case RISK -> findRisk(projectId, id);
      case ISSUE -> findIssue(projectId, id);
      case ASSUMPTION -> findAssumption(projectId, id);
      case DECISION -> findDecision(projectId, id);
      case DEPENDENCY -> findDependency(projectId, id);
    };
  }

  /** Read models (the portfolio dashboard) refresh the project once the change commits. */
  private void raidChanged(long projectId) {
    events.publishEvent(new ProjectControlChanged(projectId, "raid"));
  }

  private void save(RaidItem item) {
    if (item instanceof Risk r) {
      risks.saveAndFlush(r);
    } else if (item instanceof Issue i) {
      issues.saveAndFlush(i);
    } else if (item instanceof Assumption a) {
      assumptions.saveAndFlush(a);
    } else if (item instanceof Decision d) {
      decisions.saveAndFlush(d);
    } else if (item instanceof Dependency d) {
      dependencies.saveAndFlush(d);
    }
  }

  /** Everything escalated across the projects the PMO, an executive or an admin sees. */
  @Transactional(readOnly = true)
  public List<EscalatedItem> escalated(CurrentUser viewer) {
    if (!ControlAccess.seesPortfolio(viewer)) {
      throw new AccessDeniedException("The portfolio's escalations are for the PMO and executives");
    }
    List<RaidItem> items = new ArrayList<>();
    items.addAll(risks.findByEscalatedTrue());
    items.addAll(issues.findByEscalatedTrue());
    items.addAll(assumptions.findByEscalatedTrue());
    items.addAll(decisions.findByEscalatedTrue());
    items.addAll(dependencies.findByEscalatedTrue());
    Names names = names(items);
    Map<Long, Optional<ProjectView>> projects = new HashMap<>();
    List<EscalatedItem> result = new ArrayList<>();
    for (RaidItem item : items) {
      Optional<ProjectView> project =
          projects.computeIfAbsent(item.getProjectId(), id -> access.find(id, viewer));
      if (project.isEmpty()) {
        continue;
      }
      result.add(
          new EscalatedItem(
              item.kind(),
              item.getId(),
              item.getProjectId(),
              project.get().code(),
              project.get().name(),
              item.headline(),
              rating(item),
              status(item),
              names.person(item.getOwnerId()),
              names.person(item.getEscalatedBy()),
              item.getEscalatedAt(),
              item.getEscalationNote()));
    }
    result.sort(Comparator.comparing(EscalatedItem::escalatedAt).reversed());
    return result;
  }

  private static String rating(RaidItem item) {
    if (item instanceof Risk r) {
      return r.level().label() + " · score " + r.getScore();
    }
    if (item instanceof Issue i) {
      return i.getSeverity().label();
    }
    if (item instanceof Dependency d) {
      return d.getNeedBy() == null
          ? null
          : "Needed by "
              + d.getNeedBy()
                  .format(
                      java.time.format.DateTimeFormatter.ofPattern(
                          "d MMM yyyy", java.util.Locale.ENGLISH));
    }
    return null;
  }

  private static String status(RaidItem item) {
    if (item instanceof Risk r) {
      return r.getStatus().label();
    }
    if (item instanceof Issue i) {
      return i.getStatus().label();
    }
    if (item instanceof Assumption a) {
      return a.isValidated() ? "Validated" : "Not validated";
    }
    if (item instanceof Dependency d) {
      return d.getStatus().label();
    }
    return "Decided";
  }

  // ================================================================ heat maps and summary

  /** The project's open risks on the 5×5 grid. */
  @Transactional(readOnly = true)
  public HeatMap heatMap(long projectId, CurrentUser viewer) {
    access.project(projectId, viewer);
    int[][] counts = new int[5][5];
    for (Risk r :
        risks.findAll(RaidSpecifications.<Risk>of(projectId, "status", RiskStatus.OPEN))) {
      counts[r.getProbability() - 1][r.getImpact() - 1]++;
    }
    return HeatMap.of(counts, 1);
  }

  /** Open risks of every live project {@code viewer} may see, on one 5×5 grid. */
  @Transactional(readOnly = true)
  public HeatMap portfolioHeatMap(CurrentUser viewer) {
    Set<Long> visible = access.visibleProjects(viewer, LIVE).keySet();
    int[][] counts = new int[5][5];
    for (Object[] row : risks.grid(RiskStatus.OPEN)) {
      long projectId = ((Number) row[0]).longValue();
      if (visible.contains(projectId)) {
        int p = ((Number) row[1]).intValue();
        int i = ((Number) row[2]).intValue();
        counts[p - 1][i - 1] += ((Number) row[3]).intValue();
      }
    }
    return HeatMap.of(counts, visible.size());
  }

  @Transactional(readOnly = true)
  public RaidSummary summary(long projectId, CurrentUser viewer) {
    access.project(projectId, viewer);
    LocalDate today = today();
    List<Risk> r = risks.findAll(RaidSpecifications.<Risk>of(projectId));
    List<Issue> i = issues.findAll(RaidSpecifications.<Issue>of(projectId));
    List<Assumption> a = assumptions.findAll(RaidSpecifications.<Assumption>of(projectId));
    List<Dependency> d = dependencies.findAll(RaidSpecifications.<Dependency>of(projectId));
    long decided = decisions.countByProjectId(projectId);
    long escalated =
        r.stream().filter(RaidItem::isEscalated).count()
            + i.stream().filter(RaidItem::isEscalated).count()
            + a.stream().filter(RaidItem::isEscalated).count()
            + d.stream().filter(RaidItem::isEscalated).count()
            + decisions.findByEscalatedTrue().stream()
                .filter(x -> x.getProjectId() == projectId)
                .count();
    return new RaidSummary(
        r.stream().filter(x -> x.getStatus() == RiskStatus.OPEN).count(),
        r.stream()
            .filter(x -> x.getStatus() == RiskStatus.OPEN && x.level() == RiskLevel.HIGH)
            .count(),
        i.stream().filter(x -> x.getStatus() == IssueStatus.OPEN).count(),
        i.stream().filter(x -> x.isOverdue(today)).count(),
        a.size(),
        a.stream().filter(x -> !x.isValidated()).count(),
        decided,
        d.stream().filter(x -> x.getStatus() == DependencyStatus.OPEN).count(),
        escalated);
  }

  /** Projects {@code viewer} may pick as the other side of a dependency (live ones, by code). */
  @Transactional(readOnly = true)
  public List<ProjectView> dependencyCandidates(long projectId, CurrentUser viewer) {
    return access.visibleProjects(viewer, LIVE).values().stream()
        .filter(p -> p.id() != projectId)
        .sorted(Comparator.comparing(ProjectView::code))
        .toList();
  }

  // ================================================================ shared

  /** The project, if {@code user} may log (new entry) or change ({@code item}) in its RAID log. */
  private ProjectView writable(long projectId, CurrentUser user, RaidItem item, boolean logging) {
    ProjectView project = access.project(projectId, user);
    if (logging) {
      ControlAccess.requireLogger(project, user);
    } else {
      ControlAccess.requireEditor(project, item.getOwnerId(), user);
    }
    ControlAccess.requireOpen(project);
    return project;
  }

  private static boolean editable(ProjectView project, RaidItem item, CurrentUser viewer) {
    return ControlAccess.mayEdit(project, item.getOwnerId(), viewer)
        && ControlAccess.isOpen(project);
  }

  /** The owner asked for (who must exist), or the fallback when none is named. */
  private Long owner(Long wanted, Long fallback, String field) {
    if (wanted == null) {
      return fallback;
    }
    Optional<UserSummary> user = identity.user(wanted);
    if (user.isEmpty() || !user.get().enabled()) {
      throw new InvalidInputException(
          List.of(new FieldProblem(field, "Choose a person who can sign in to Cairn.")));
    }
    return wanted;
  }

  private static Escalation escalation(RaidItem item, Names names) {
    return item.isEscalated()
        ? new Escalation(
            item.getEscalatedBy(),
            names.person(item.getEscalatedBy()),
            item.getEscalatedAt(),
            item.getEscalationNote())
        : null;
  }

  private Names names(Collection<? extends RaidItem> items) {
    Set<Long> ids = new HashSet<>();
    for (RaidItem item : items) {
      ids.add(item.getOwnerId());
      ids.add(item.getEscalatedBy());
      if (item instanceof Risk r) {
        r.getActions().forEach(a -> ids.add(a.getOwnerId()));
      }
      if (item instanceof Assumption a) {
        ids.add(a.getValidatedBy());
      }
    }
    ids.remove(null);
    return new Names(ids.isEmpty() ? Map.of() : identity.usersByIds(ids));
  }

  private record Names(Map<Long, UserSummary> people) {
    String person(Long id) {
      if (id == null) {
        return null;
      }
      UserSummary user = people.get(id);
      return user == null ? "#" + id : user.displayName();
    }
  }
}

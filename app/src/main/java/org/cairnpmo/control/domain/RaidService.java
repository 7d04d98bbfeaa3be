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
import java.util.function.Consumer;
import java.util.function.Function;
import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyStatus;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.EscalatedItem;
import org.cairnpmo.control.Escalation;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.ProjectControlChanged;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RiskLevel;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
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
  private final Entries<Risk, RiskData, RiskView, RiskRepository> riskEntries;
  private final Entries<Issue, IssueData, IssueView, IssueRepository> issueEntries;
  private final Entries<Assumption, AssumptionData, AssumptionView, AssumptionRepository>
      assumptionEntries;
  private final Entries<Decision, DecisionData, DecisionView, DecisionRepository> decisionEntries;
  private final Entries<Dependency, DependencyData, DependencyView, DependencyRepository>
      dependencyEntries;

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
    this.riskEntries =
        new Entries<>(
            RaidKind.RISK,
            risks,
            Sort.by(Sort.Order.desc("score"), Sort.Order.desc("id")),
            this::riskView,
            RiskData::ownerId,
            (projectId, data, owner, author) -> {
              checkActionOwners(data);
              return Risk.log(projectId, data, owner, author.username(), Instant.now());
            },
            (risk, data, owner, editor) -> {
              checkActionOwners(data);
              risk.revise(data, owner, editor.username(), Instant.now());
            });
    this.issueEntries =
        new Entries<>(
            RaidKind.ISSUE,
            issues,
            Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.desc("id")),
            this::issueView,
            IssueData::ownerId,
            (projectId, data, owner, author) ->
                Issue.log(projectId, data, owner, author.username(), Instant.now()),
            (issue, data, owner, editor) ->
                issue.revise(data, owner, editor.username(), Instant.now()));
    this.assumptionEntries =
        new Entries<>(
            RaidKind.ASSUMPTION,
            assumptions,
            Sort.by(Sort.Order.desc("id")),
            this::assumptionView,
            AssumptionData::ownerId,
            (projectId, data, owner, author) ->
                Assumption.log(
                    projectId, data, owner, author.id(), author.username(), today(), Instant.now()),
            (a, data, owner, editor) ->
                a.revise(data, owner, editor.id(), editor.username(), today(), Instant.now()));
    this.decisionEntries =
        new Entries<>(
            RaidKind.DECISION,
            decisions,
            Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("id")),
            this::decisionView,
            DecisionData::ownerId,
            (projectId, data, owner, author) ->
                Decision.log(projectId, data, owner, author.username(), today(), Instant.now()),
            (d, data, owner, editor) ->
                d.revise(data, owner, editor.username(), today(), Instant.now()));
    this.dependencyEntries =
        new Entries<>(
            RaidKind.DEPENDENCY,
            dependencies,
            Sort.by(Sort.Order.asc("needBy").nullsLast(), Sort.Order.desc("id")),
            this::dependencyView,
            DependencyData::ownerId,
            (projectId, data, owner, author) -> {
              checkOtherProject(data, author);
              return Dependency.log(projectId, data, owner, author.username(), Instant.now());
            },
            (d, data, owner, editor) -> {
              if (data.otherProjectId() == null || data.otherProjectId() != d.getOtherProjectId()) {
                checkOtherProject(data, editor);
              }
              d.revise(data, owner, editor.username(), Instant.now());
            });
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  static Pageable page(int page, int size, Sort sort) {
    return Paging.request(page, size, sort);
  }

  // ================================================================ any kind of entry
  // (logRisk and logIssue below are shortcuts that other tests use)

  @Transactional(readOnly = true)
  public <V extends Record> V get(
      RaidType<?, V> type, long projectId, long id, CurrentUser viewer) {
    return get(entries(type), projectId, id, viewer);
  }

  /** Logs a new entry; its owner is the one named, or the author. */
  @Transactional
  public <D extends Record, V extends Record> V log(
      RaidType<D, V> type, long projectId, D data, CurrentUser author) {
    return log(entries(type), projectId, data, author);
  }

  /** Changes an entry read at {@code expectedVersion}; its owner stays unless another is named. */
  @Transactional
  public <D extends Record, V extends Record> V revise(
      RaidType<D, V> type,
      long projectId,
      long id,
      D data,
      long expectedVersion,
      CurrentUser editor) {
    return revise(entries(type), projectId, id, data, expectedVersion, editor);
  }

  private interface Viewer<E, V> {
    V view(ProjectView project, E item, CurrentUser viewer, Names names);
  }

  private interface Creator<E, D> {
    E create(long projectId, D data, Long owner, CurrentUser author);
  }

  private interface Reviser<E, D> {
    void revise(E item, D data, Long owner, CurrentUser editor);
  }

  /**
   * What differs between the kinds of entry: where they are stored, their order in lists, how one
   * is viewed, and how one is made or changed from its data (after the generic checks of access,
   * version and owner, which run first for every kind).
   */
  private record Entries<
      E extends RaidItem, D, V, R extends JpaRepository<E, Long> & JpaSpecificationExecutor<E>>(
      RaidKind kind,
      R repository,
      Sort order,
      Viewer<E, V> viewer,
      Function<D, Long> owner,
      Creator<E, D> creator,
      Reviser<E, D> reviser) {}

  private Entries<?, ?, ?, ?> entries(RaidKind kind) {
    return switch (kind) {
      case RISK -> riskEntries;
      case ISSUE -> issueEntries;
      case ASSUMPTION -> assumptionEntries;
      case DECISION -> decisionEntries;
      case DEPENDENCY -> dependencyEntries;
    };
  }

  /** The entries of {@code type}'s kind: a {@link RaidType} pairs each kind with these types. */
  @SuppressWarnings("unchecked")
  private <D extends Record, V extends Record> Entries<?, D, V, ?> entries(RaidType<D, V> type) {
    return (Entries<?, D, V, ?>) entries(type.kind());
  }

  /**
   * A page of the project's entries; {@code filters} as {@link RaidSpecifications#of} takes them.
   */
  private <E extends RaidItem, V> Page<V> list(
      Entries<E, ?, V, ?> entries,
      long projectId,
      int page,
      int size,
      CurrentUser viewer,
      Object... filters) {
    ProjectView project = access.project(projectId, viewer);
    Specification<E> filter = RaidSpecifications.of(projectId, filters);
    Page<E> found = entries.repository().findAll(filter, page(page, size, entries.order()));
    Names names = names(found.getContent());
    return found.map(item -> entries.viewer().view(project, item, viewer, names));
  }

  private <E extends RaidItem, V> V get(
      Entries<E, ?, V, ?> entries, long projectId, long id, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    E item = find(entries, projectId, id);
    return entries.viewer().view(project, item, viewer, names(List.of(item)));
  }

  private <E extends RaidItem, D, V> V log(
      Entries<E, D, V, ?> entries, long projectId, D data, CurrentUser author) {
    ProjectView project = access.project(projectId, author);
    requireWritable(project, author, null, true);
    Long owner = owner(entries.owner().apply(data), author.id(), "ownerId");
    E item =
        entries.repository().saveAndFlush(entries.creator().create(projectId, data, owner, author));
    raidChanged(projectId);
    return entries.viewer().view(project, item, author, names(List.of(item)));
  }

  private <E extends RaidItem, D, V> V revise(
      Entries<E, D, V, ?> entries,
      long projectId,
      long id,
      D data,
      long expectedVersion,
      CurrentUser editor) {
    return change(
        entries,
        projectId,
        id,
        expectedVersion,
        editor,
        item -> {
          Long owner = owner(entries.owner().apply(data), item.getOwnerId(), "ownerId");
          entries.reviser().revise(item, data, owner, editor);
        });
  }

  /** Any change to a stored entry, by someone who may change it, based on its current version. */
  private <E extends RaidItem, V> V change(
      Entries<E, ?, V, ?> entries,
      long projectId,
      long id,
      long expectedVersion,
      CurrentUser editor,
      Consumer<E> change) {
    ProjectView project = access.project(projectId, editor);
    E item = find(entries, projectId, id);
    requireWritable(project, editor, item, false);
    item.requireVersion(expectedVersion);
    boolean wasSettled = item.isSettled();
    change.accept(item);
    if (!ControlAccess.isOpen(project) && (wasSettled || !item.isSettled())) {
      // A finished project's log is kept as it is, except that what was left open may be closed.
      ControlAccess.requireOpen(project);
    }
    entries.repository().saveAndFlush(item);
    raidChanged(projectId);
    return entries.viewer().view(project, item, editor, names(List.of(item)));
  }

  private <E extends RaidItem> E find(Entries<E, ?, ?, ?> entries, long projectId, long id) {
    return entries
        .repository()
        .findById(id)
        .filter(item -> item.getProjectId() == projectId)
        .orElseThrow(() -> new NotFoundException(entries.kind().label(), id));
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
    Object[] filters = {"status", status, "probability", probability, "impact", impact};
    return list(riskEntries, projectId, page, size, viewer, filters);
  }

  @Transactional
  public RiskView logRisk(long projectId, RiskData data, CurrentUser author) {
    return log(riskEntries, projectId, data, author);
  }

  /** The risk happened: it becomes an issue that links back to it. Returns the new issue. */
  @Transactional
  public IssueView riskOccurred(
      long projectId, long riskId, OccurrenceData data, long expectedVersion, CurrentUser editor) {
    ProjectView project = access.project(projectId, editor);
    Risk risk = find(riskEntries, projectId, riskId);
    requireWritable(project, editor, risk, false);
    ControlAccess.requireOpen(project); // a new issue: the log of a finished project is kept
    risk.requireVersion(expectedVersion);
    Long owner = owner(data.ownerId(), risk.getOwnerId(), "ownerId");
    Issue issue = risk.occur(data, owner, editor.username(), Instant.now());
    issue = issues.save(issue); // the identity insert runs now; the risk is written once below
    risk.linkIssue(issue.getId());
    risks.saveAndFlush(risk);
    raidChanged(projectId);
    return issueView(project, issue, editor, names(List.of(issue)));
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
    return list(
        issueEntries, projectId, page, size, viewer, "status", status, "severity", severity);
  }

  @Transactional
  public IssueView logIssue(long projectId, IssueData data, CurrentUser author) {
    return log(issueEntries, projectId, data, author);
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
    return list(assumptionEntries, projectId, page, size, viewer, "validated", validated);
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
    return list(decisionEntries, projectId, page, size, viewer);
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
    return list(dependencyEntries, projectId, page, size, viewer, "status", status);
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
    List<DependencyView> views = new ArrayList<>();
    for (Dependency d : found) {
      names
          .project(d.getProjectId(), access, viewer)
          .ifPresent(p -> views.add(dependencyView(p, d, viewer, names)));
    }
    return views;
  }

  /** Only a project the author can see may be picked; any other is "not found" to them. */
  private void checkOtherProject(DependencyData data, CurrentUser author) {
    if (data.otherProjectId() != null && access.find(data.otherProjectId(), author).isEmpty()) {
      throw InvalidInputException.of(
          "otherProjectId", "There is no project with this id that you can see.");
    }
  }

  private DependencyView dependencyView(
      ProjectView project, Dependency d, CurrentUser viewer, Names names) {
    Optional<ProjectView> other = names.project(d.getOtherProjectId(), access, viewer);
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
    String note = data == null ? null : data.note();
    return change(
        entries(kind),
        projectId,
        id,
        expectedVersion,
        editor,
        item -> item.escalate(editor.id(), note, editor.username(), Instant.now()));
  }

  @Transactional
  public Object withdrawEscalation(
      RaidKind kind, long projectId, long id, long expectedVersion, CurrentUser editor) {
    return change(
        entries(kind),
        projectId,
        id,
        expectedVersion,
        editor,
        item -> item.withdrawEscalation(editor.username(), Instant.now()));
  }

  /** Read models (the portfolio dashboard) refresh the project once the change commits. */
  private void raidChanged(long projectId) {
    events.publishEvent(new ProjectControlChanged(projectId, "raid"));
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
    List<EscalatedItem> result = new ArrayList<>();
    for (RaidItem item : items) {
      Optional<ProjectView> project = names.project(item.getProjectId(), access, viewer);
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
    Set<Long> visible = access.visibleProjectIds(viewer, LIVE);
    int[][] counts = new int[5][5];
    // The database sums the squares, a thousand projects at a time: 25 rows per query at most.
    for (List<Long> chunk : InLists.chunks(visible)) {
      for (Object[] row : risks.grid(RiskStatus.OPEN, chunk)) {
        int p = ((Number) row[0]).intValue();
        int i = ((Number) row[1]).intValue();
        counts[p - 1][i - 1] += ((Number) row[2]).intValue();
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
            + decisions.countByProjectIdAndEscalatedTrue(projectId);
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
    return access.visibleProjects(viewer, LIVE, null).values().stream()
        .filter(p -> p.id() != projectId)
        .sorted(Comparator.comparing(ProjectView::code))
        .toList();
  }

  // ================================================================ shared

  /**
   * Whether {@code user} may log (new entry) or change ({@code item}) in the project's RAID log.
   * The project is always read (and its visibility checked) before any entry is looked up, so that
   * an entry of a hidden project answers exactly as an entry of a missing one.
   */
  private static void requireWritable(
      ProjectView project, CurrentUser user, RaidItem item, boolean logging) {
    if (logging) {
      ControlAccess.requireLogger(project, user);
      ControlAccess.requireOpen(project);
    } else {
      // A change of a finished project's entry is checked once made: closing it is allowed.
      ControlAccess.requireEditor(project, item.getOwnerId(), user);
    }
  }

  private static boolean editable(ProjectView project, RaidItem item, CurrentUser viewer) {
    return ControlAccess.mayEdit(project, item.getOwnerId(), viewer)
        && (ControlAccess.isOpen(project) || !item.isSettled());
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
    return new Names(ids.isEmpty() ? Map.of() : identity.usersByIds(ids), new HashMap<>());
  }

  /** People's names and the projects entries refer to, each looked up once per batch. */
  private record Names(Map<Long, UserSummary> people, Map<Long, Optional<ProjectView>> projects) {

    Optional<ProjectView> project(long id, ControlAccess access, CurrentUser viewer) {
      return projects.computeIfAbsent(id, p -> access.find(p, viewer));
    }

    String person(Long id) {
      if (id == null) {
        return null;
      }
      UserSummary user = people.get(id);
      return user == null ? "#" + id : user.displayName();
    }
  }
}

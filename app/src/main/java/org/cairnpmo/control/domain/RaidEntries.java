package org.cairnpmo.control.domain;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.ProjectControlChanged;
import org.cairnpmo.control.RaidEntryView;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.RaidViews.Names;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Component;

/**
 * The steps every kind of RAID entry shares: reading, logging and changing one, with the checks of
 * access, version and owner that run first for every kind. What differs between the kinds is held
 * in one {@link Entries} per kind. Callers hold the transaction.
 */
@Component
class RaidEntries {

  private final ControlAccess access;
  private final IdentityApi identity;
  private final ApplicationEventPublisher events;
  private final RaidViews views;
  final Entries<Risk, RiskData, RiskView, RiskRepository> risks;
  final Entries<Issue, IssueData, IssueView, IssueRepository> issues;
  final Entries<Assumption, AssumptionData, AssumptionView, AssumptionRepository> assumptions;
  final Entries<Decision, DecisionData, DecisionView, DecisionRepository> decisions;
  final Entries<Dependency, DependencyData, DependencyView, DependencyRepository> dependencies;

  RaidEntries(
      RaidStore store,
      ControlAccess access,
      IdentityApi identity,
      ApplicationEventPublisher events,
      RaidViews views,
      Clock clock) {
    this.access = access;
    this.identity = identity;
    this.events = events;
    this.views = views;
    this.risks =
        new Entries<>(
            RaidKind.RISK,
            store.risks(),
            Sort.by(Sort.Order.desc("score"), Sort.Order.desc("id")),
            views::risk,
            RiskData::ownerId,
            (projectId, data, owner, author) -> {
              checkActionOwners(data);
              return Risk.log(projectId, data, owner, author.username(), clock.instant());
            },
            (risk, data, owner, editor) -> {
              checkActionOwners(data);
              risk.revise(data, owner, editor.username(), clock.instant());
            });
    this.issues =
        new Entries<>(
            RaidKind.ISSUE,
            store.issues(),
            Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.desc("id")),
            views::issue,
            IssueData::ownerId,
            (projectId, data, owner, author) ->
                Issue.log(projectId, data, owner, author.username(), clock.instant()),
            (issue, data, owner, editor) ->
                issue.revise(data, owner, editor.username(), clock.instant()));
    this.assumptions =
        new Entries<>(
            RaidKind.ASSUMPTION,
            store.assumptions(),
            Sort.by(Sort.Order.desc("id")),
            views::assumption,
            AssumptionData::ownerId,
            (projectId, data, owner, author) ->
                Assumption.log(
                    projectId,
                    data,
                    owner,
                    author.id(),
                    author.username(),
                    views.today(),
                    clock.instant()),
            (a, data, owner, editor) ->
                a.revise(
                    data, owner, editor.id(), editor.username(), views.today(), clock.instant()));
    this.decisions =
        new Entries<>(
            RaidKind.DECISION,
            store.decisions(),
            Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("id")),
            views::decision,
            DecisionData::ownerId,
            (projectId, data, owner, author) ->
                Decision.log(
                    projectId, data, owner, author.username(), views.today(), clock.instant()),
            (d, data, owner, editor) ->
                d.revise(data, owner, editor.username(), views.today(), clock.instant()));
    this.dependencies =
        new Entries<>(
            RaidKind.DEPENDENCY,
            store.dependencies(),
            Sort.by(Sort.Order.asc("needBy").nullsLast(), Sort.Order.desc("id")),
            views::dependency,
            DependencyData::ownerId,
            (projectId, data, owner, author) -> {
              checkOtherProject(data, author);
              return Dependency.log(projectId, data, owner, author.username(), clock.instant());
            },
            (d, data, owner, editor) -> {
              if (data.otherProjectId() == null || data.otherProjectId() != d.getOtherProjectId()) {
                checkOtherProject(data, editor);
              }
              d.revise(data, owner, editor.username(), clock.instant());
            });
  }

  interface Viewer<E, V> {
    V view(ProjectView project, E item, CurrentUser viewer, Names names);
  }

  interface Creator<E, D> {
    E create(long projectId, D data, Long owner, CurrentUser author);
  }

  interface Reviser<E, D> {
    void revise(E item, D data, Long owner, CurrentUser editor);
  }

  /**
   * What differs between the kinds of entry: where they are stored, their order in lists, how one
   * is viewed, and how one is made or changed from its data (after the generic checks of access,
   * version and owner, which run first for every kind).
   */
  record Entries<
      E extends RaidItem, D, V, R extends JpaRepository<E, Long> & JpaSpecificationExecutor<E>>(
      RaidKind kind,
      R repository,
      Sort order,
      Viewer<E, V> viewer,
      Function<D, Long> owner,
      Creator<E, D> creator,
      Reviser<E, D> reviser) {}

  /** Every kind's view is a {@link RaidEntryView}; the switch keeps that checked per kind. */
  Entries<?, ?, ? extends RaidEntryView, ?> of(RaidKind kind) {
    return switch (kind) {
      case RISK -> risks;
      case ISSUE -> issues;
      case ASSUMPTION -> assumptions;
      case DECISION -> decisions;
      case DEPENDENCY -> dependencies;
    };
  }

  /** The entries of {@code type}'s kind: a {@link RaidType} pairs each kind with these types. */
  @SuppressWarnings("unchecked")
  <D extends Record, V extends Record> Entries<?, D, V, ?> of(RaidType<D, V> type) {
    return (Entries<?, D, V, ?>) of(type.kind());
  }

  /**
   * A page of the project's entries; {@code filters} as {@link RaidSpecifications#of} takes them.
   */
  <E extends RaidItem, V> Page<V> list(
      Entries<E, ?, V, ?> entries,
      long projectId,
      int page,
      int size,
      CurrentUser viewer,
      Object... filters) {
    ProjectView project = access.project(projectId, viewer);
    Specification<E> filter = RaidSpecifications.of(projectId, filters);
    Page<E> found =
        entries.repository().findAll(filter, Paging.request(page, size, entries.order()));
    Names names = views.names(found.getContent());
    return found.map(item -> entries.viewer().view(project, item, viewer, names));
  }

  <E extends RaidItem, V> V get(
      Entries<E, ?, V, ?> entries, long projectId, long id, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    E item = find(entries, projectId, id);
    return entries.viewer().view(project, item, viewer, views.names(List.of(item)));
  }

  <E extends RaidItem, D, V> V log(
      Entries<E, D, V, ?> entries, long projectId, D data, CurrentUser author) {
    ProjectView project = access.project(projectId, author);
    requireWritable(project, author, null, true);
    Long owner = owner(entries.owner().apply(data), author.id());
    E item =
        entries.repository().saveAndFlush(entries.creator().create(projectId, data, owner, author));
    changed(projectId);
    return entries.viewer().view(project, item, author, views.names(List.of(item)));
  }

  <E extends RaidItem, D, V> V revise(
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
          Long owner = owner(entries.owner().apply(data), item.getOwnerId());
          entries.reviser().revise(item, data, owner, editor);
        });
  }

  /** Any change to a stored entry, by someone who may change it, based on its current version. */
  <E extends RaidItem, V> V change(
      Entries<E, ?, V, ?> entries,
      long projectId,
      long id,
      long expectedVersion,
      CurrentUser editor,
      Consumer<? super E> change) {
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
    changed(projectId);
    return entries.viewer().view(project, item, editor, views.names(List.of(item)));
  }

  <E extends RaidItem> E find(Entries<E, ?, ?, ?> entries, long projectId, long id) {
    return entries
        .repository()
        .findById(id)
        .filter(item -> item.getProjectId() == projectId)
        .orElseThrow(() -> new NotFoundException(entries.kind().label(), id));
  }

  /** Read models (the portfolio dashboard) refresh the project once the change commits. */
  void changed(long projectId) {
    events.publishEvent(new ProjectControlChanged(projectId, "raid"));
  }

  /**
   * Whether {@code user} may log (new entry) or change ({@code item}) in the project's RAID log.
   * The project is always read (and its visibility checked) before any entry is looked up, so that
   * an entry of a hidden project answers exactly as an entry of a missing one.
   */
  static void requireWritable(
      ProjectView project, CurrentUser user, RaidItem item, boolean logging) {
    if (logging) {
      ControlAccess.requireLogger(project, user);
      ControlAccess.requireOpen(project);
    } else {
      // A change of a cancelled project's entry is checked once made: closing it is allowed.
      // A closed project is frozen: not even that.
      ControlAccess.requireEditor(project, item.getOwnerId(), user);
      project.requireChangeable();
    }
  }

  /** The owner asked for (who must exist), or the fallback when none is named. */
  Long owner(Long wanted, Long fallback) {
    if (wanted == null) {
      return fallback;
    }
    Optional<UserSummary> user = identity.user(wanted);
    if (user.isEmpty() || !user.get().enabled()) {
      throw new InvalidInputException(
          List.of(new FieldProblem("ownerId", "Choose a person who can sign in to Cairn.")));
    }
    return wanted;
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

  /** Only a project the author can see may be picked; any other is "not found" to them. */
  private void checkOtherProject(DependencyData data, CurrentUser author) {
    if (data.otherProjectId() != null && access.find(data.otherProjectId(), author).isEmpty()) {
      throw InvalidInputException.of(
          "otherProjectId", "There is no project with this id that you can see.");
    }
  }
}
